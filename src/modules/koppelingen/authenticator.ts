// The API's authenticator (platform/api/client.ts): reads `Authorization: Bearer`, verifies the
// access token in memory (toegangstoken.ts), and builds the ApiClient from the koppeling's
// current record. That record is cached per process for at most KOPPELING_CACHE_MS, so an API
// read costs no database round trip in the common case, while deactivating a koppeling or
// withdrawing a scope takes effect within that time in every process (at once in the process
// that made the change: the service drops the entry).
import type { FastifyRequest } from 'fastify';
import { ApiAuthError, type ApiAuthenticator, type ApiClient } from '../../platform/api/client';
import type { KoppelingRow } from './koppelingen.tables';
import { koppelingenMessages } from './messages';
import type { Toegangstokens } from './toegangstoken';

const m = koppelingenMessages.bearer;

/** How long a koppeling's record is trusted without reading it again: the delay of a deactivation elsewhere. */
export const KOPPELING_CACHE_MS = 30_000;
/** Bounds the cache: ids come from verified tokens only, so this is a ceiling, not a defence. */
const MAX_IN_CACHE = 10_000;

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

export function koppelingCache(o: { lees: (id: string) => Promise<KoppelingRow | undefined>; now: () => Date }) {
  const cache = new Map<string, { row: KoppelingRow | undefined; tot: number }>();
  return {
    async get(id: string): Promise<KoppelingRow | undefined> {
      const nu = o.now().getTime();
      const hit = cache.get(id);
      if (hit && hit.tot > nu) return hit.row;
      const row = await o.lees(id);
      if (cache.size >= MAX_IN_CACHE) cache.clear();
      cache.set(id, { row, tot: nu + KOPPELING_CACHE_MS });
      return row;
    },
    vergeet(id: string): void {
      cache.delete(id);
    },
  };
}
export type KoppelingCache = ReturnType<typeof koppelingCache>;

export function apiAuthenticator(o: { tokens: Toegangstokens; koppelingen: KoppelingCache }): ApiAuthenticator {
  return async (request: FastifyRequest): Promise<ApiClient> => {
    const header = request.headers.authorization;
    if (header === undefined || header === '') throw new ApiAuthError('ontbreekt', m.ontbreekt);
    const match = BEARER.exec(header);
    if (!match) throw new ApiAuthError('ongeldig', m.ongeldig);
    const token = await o.tokens.verifieer(match[1]!);
    const k = await o.koppelingen.get(token.koppelingId);
    if (!k?.actief) throw new ApiAuthError('ongeldig', m.koppelingInactief);
    // A scope withdrawn since the token was issued no longer counts.
    const scopes = token.scopes.filter((s) => k.scopes.includes(s));
    return { id: k.id, naam: k.naam, soort: k.soort, codes: k.codes, scopes };
  };
}
