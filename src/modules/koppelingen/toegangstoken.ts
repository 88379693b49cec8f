// The API's access tokens: short-lived JWTs signed by the service with a secret from
// API_TOKEN_SLEUTELS (HS256: the service is both issuer and only verifier, so a shared secret
// suffices and verification is a hash in memory — no session row, no database). The key id is
// a digest of the secret, so a token names the key that signed it and rotation needs no order:
// the first key signs, any configured key verifies.
import { createHash, randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { ApiAuthError, type ApiScope } from '../../platform/api/client';
import { koppelingenMessages } from './messages';
import { isApiScope } from './rules';

const m = koppelingenMessages.bearer;

/** How long an access token lives: short, so a deactivated koppeling's last token dies soon anyway. */
export const TOEGANGSTOKEN_SECONDEN = 300;
/** RFC 9068's media type of a JWT access token: a client assertion or an ID token is never one. */
const TYP = 'at+jwt';

export interface TokenAdressen {
  /** iss: the service (BASE_URL). */
  issuer: string;
  /** aud: the API. */
  audience: string;
}

export const tokenAdressen = (baseUrl: string): TokenAdressen & { tokenEndpoint: string } => ({
  issuer: baseUrl,
  audience: `${baseUrl}/api/v1`,
  tokenEndpoint: `${baseUrl}/oauth/token`,
});

const kidVan = (sleutel: Uint8Array) => createHash('sha256').update(sleutel).digest('base64url').slice(0, 16);

export interface GeverifieerdToken {
  koppelingId: string;
  scopes: ApiScope[];
}

export function toegangstokens(o: { sleutels: readonly Uint8Array[]; adressen: TokenAdressen; now: () => Date }) {
  const sleutels = new Map(o.sleutels.map((k) => [kidVan(k), k]));
  const ondertekenaar = o.sleutels[0]!;
  const ondertekenKid = kidVan(ondertekenaar);

  return {
    async geefUit(koppelingId: string, scopes: readonly ApiScope[]): Promise<{ token: string; verlooptIn: number }> {
      const nu = Math.floor(o.now().getTime() / 1000);
      const token = await new SignJWT({ scope: scopes.join(' ') })
        .setProtectedHeader({ alg: 'HS256', typ: TYP, kid: ondertekenKid })
        .setIssuer(o.adressen.issuer)
        .setAudience(o.adressen.audience)
        .setSubject(koppelingId)
        .setIssuedAt(nu)
        .setExpirationTime(nu + TOEGANGSTOKEN_SECONDEN)
        .setJti(randomUUID())
        .sign(ondertekenaar);
      return { token, verlooptIn: TOEGANGSTOKEN_SECONDEN };
    },

    /** The token's koppeling and scopes; ApiAuthError when it is not one of ours, for us, now. */
    async verifieer(token: string): Promise<GeverifieerdToken> {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(
          token,
          (header) => {
            const k = header.kid === undefined ? undefined : sleutels.get(header.kid);
            if (!k) throw new ApiAuthError('ongeldig', m.ongeldig);
            return k;
          },
          { algorithms: ['HS256'], typ: TYP, issuer: o.adressen.issuer, audience: o.adressen.audience, currentDate: o.now(), requiredClaims: ['sub', 'exp', 'iat', 'jti'] },
        ));
      } catch (err) {
        if (err instanceof errors.JWTExpired) throw new ApiAuthError('verlopen', m.verlopen);
        throw new ApiAuthError('ongeldig', m.ongeldig);
      }
      const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(isApiScope) : [];
      return { koppelingId: payload.sub!, scopes };
    },
  };
}
export type Toegangstokens = ReturnType<typeof toegangstokens>;
