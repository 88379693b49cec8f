// Shared by the koppelingen tests: key pairs as a koppeling holds them, client assertions signed
// the way a koppeling's software signs them, and the token endpoint called as a machine does.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';

export interface Sleutelpaar {
  privateKey: CryptoKey;
  jwk: Record<string, unknown>;
  kid: string;
  alg: 'RS256' | 'PS256' | 'ES256';
}

export async function sleutelpaar(alg: Sleutelpaar['alg'] = 'ES256', kid: string = randomUUID()): Promise<Sleutelpaar> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { privateKey, alg, kid, jwk: { ...(await exportJWK(publicKey)), kid, use: 'sig', alg } };
}

export const jwksTekst = (...paren: Sleutelpaar[]) => JSON.stringify({ keys: paren.map((p) => p.jwk) });

/** A client assertion (RFC 7523): iss = sub = the client id, aud the token endpoint, exp 2 minutes after `nu`. */
export function assertion(
  sleutel: Sleutelpaar,
  clientId: string,
  o: { aud: string; nu: Date; exp?: number; jti?: string; iss?: string; alg?: string; zonderJti?: boolean },
): Promise<string> {
  const nu = Math.floor(o.nu.getTime() / 1000);
  let jwt = new SignJWT({})
    .setProtectedHeader({ alg: o.alg ?? sleutel.alg, kid: sleutel.kid })
    .setIssuer(o.iss ?? clientId)
    .setSubject(clientId)
    .setAudience(o.aud)
    .setIssuedAt(nu)
    .setExpirationTime(o.exp ?? nu + 120);
  if (!o.zonderJti) jwt = jwt.setJti(o.jti ?? randomUUID());
  return jwt.sign(sleutel.privateKey);
}

export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** POST /oauth/token as a form, as a koppeling's software sends it. */
export function vraagToken(app: FastifyInstance, velden: Record<string, string>, o: { url?: string; headers?: Record<string, string>; payload?: string } = {}) {
  return app.inject({
    method: 'POST',
    url: o.url ?? '/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...o.headers },
    payload: o.payload ?? new URLSearchParams(velden).toString(),
  });
}

export const tokenVelden = (clientAssertion: string, extra: Record<string, string> = {}) => ({
  grant_type: 'client_credentials',
  client_assertion_type: JWT_BEARER,
  client_assertion: clientAssertion,
  ...extra,
});

/** A request as the API's routes hand it to the authenticator. */
export const metBearer = (token: string | undefined) => ({ headers: token === undefined ? {} : { authorization: `Bearer ${token}` } }) as unknown as FastifyRequest;
