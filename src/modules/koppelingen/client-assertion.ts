// Client authentication with private_key_jwt (RFC 7523 §2.2, NL GOV Assurance profile for
// OAuth 2.0): the koppeling signs a short JWT with its private key; we check it against the
// public keys functioneel beheer registered — pasted (a local set) or at an https address
// (fetched, cached a few minutes, redirects not followed). Only asymmetric algorithms: with
// HMAC the "public" key would be the secret, and `none` is no signature at all.
import { createLocalJWKSet, createRemoteJWKSet, customFetch, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { koppelingenMessages } from './messages';
import type { KoppelingRow } from './koppelingen.tables';
import { ASSERTION_ALGORITMEN } from './rules';

const m = koppelingenMessages.token;

/** The NL GOV profile's ceiling on an assertion's lifetime. */
export const MAX_ASSERTION_SECONDEN = 300;
/** Clocks of two machines differ a little; more than this is a wrong clock or a replay. */
const KLOKSPELING_SECONDEN = 30;
/** A fetched JWKS is kept this long; a rotation at the koppeling's side shows within it (or at once for an unknown kid). */
const JWKS_CACHE_MS = 5 * 60_000;

export class AssertionFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionFout';
  }
}

/** What the token endpoint learns from an assertion before it checks the signature. */
export function assertionKoppelingId(assertion: string): string {
  let header, claims: JWTPayload;
  try {
    header = decodeProtectedHeader(assertion);
    claims = decodeJwt(assertion);
  } catch {
    throw new AssertionFout(m.assertionOnleesbaar);
  }
  if (typeof header.alg !== 'string' || !(ASSERTION_ALGORITMEN as readonly string[]).includes(header.alg)) throw new AssertionFout(m.algoritme);
  if (typeof claims.iss !== 'string' || claims.iss !== claims.sub) throw new AssertionFout(m.issSub);
  return claims.iss;
}

export function clientAssertions(o: { tokenEndpoint: string; now: () => Date; fetchJwks?: typeof fetch }) {
  const remote = new Map<string, JWTVerifyGetKey>();
  // Redirects are not followed: an address checked as https must not lead elsewhere.
  const fetchZonderRedirect: typeof fetch = (url, init) => (o.fetchJwks ?? fetch)(url, { ...init, redirect: 'manual' });

  function sleutels(k: KoppelingRow): JWTVerifyGetKey {
    if (k.jwks) return createLocalJWKSet(k.jwks);
    const url = k.jwks_url!;
    let set = remote.get(url);
    if (!set) {
      set = createRemoteJWKSet(new URL(url), { cacheMaxAge: JWKS_CACHE_MS, cooldownDuration: 30_000, timeoutDuration: 3_000, [customFetch]: fetchZonderRedirect });
      remote.set(url, set);
    }
    return set;
  }

  return {
    /**
     * Verifies a koppeling's assertion: signature with its keys, iss = sub = its id, aud the
     * token endpoint, exp at most 5 minutes ahead, a jti. Returns the jti and when it expires,
     * for the replay check the caller makes in the database.
     */
    async verifieer(assertion: string, k: KoppelingRow): Promise<{ jti: string; verlooptOp: Date }> {
      const nu = o.now();
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(assertion, sleutels(k), {
          algorithms: [...ASSERTION_ALGORITMEN],
          issuer: k.id,
          subject: k.id,
          audience: o.tokenEndpoint,
          currentDate: nu,
          clockTolerance: KLOKSPELING_SECONDEN,
          requiredClaims: ['exp', 'jti'],
        }));
      } catch (err) {
        // Not jose's: the fetch of a JWKS address failed (refused, DNS, a redirect not followed).
        if (!(err instanceof errors.JOSEError)) throw new AssertionFout(m.sleutelsNietOpgehaald);
        if (err instanceof errors.JWTExpired) throw new AssertionFout(m.verlopen);
        if (err instanceof errors.JWTClaimValidationFailed) throw new AssertionFout(err.claim === 'aud' ? m.audience : err.claim === 'iss' || err.claim === 'sub' ? m.issSub : m.claims);
        if (err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid || (err instanceof errors.JOSEError && err.code === 'ERR_JOSE_GENERIC')) throw new AssertionFout(m.sleutelsNietOpgehaald);
        throw new AssertionFout(m.handtekening);
      }
      const exp = payload.exp!;
      if (exp > nu.getTime() / 1000 + MAX_ASSERTION_SECONDEN + KLOKSPELING_SECONDEN) throw new AssertionFout(m.teLangGeldig);
      if (payload.iat !== undefined && payload.iat > nu.getTime() / 1000 + KLOKSPELING_SECONDEN) throw new AssertionFout(m.claims);
      const jti = payload.jti;
      if (typeof jti !== 'string' || jti.length === 0 || jti.length > 200) throw new AssertionFout(m.jti);
      return { jti, verlooptOp: new Date(exp * 1000) };
    },
  };
}
