// The JSON API in tests: an authenticator that maps a bearer token to a koppeling (the real one,
// with the token endpoint, comes from modules/koppelingen), and a few koppelingen to use.
import { ApiAuthError, type ApiAuthenticator, type ApiClient, type ApiScope } from '../../src/platform/api/client';

/** Reads `Authorization: Bearer <token>` and looks the token up; unknown is 'ongeldig', none is 'ontbreekt'. */
export function testAuthenticator(tokens: Readonly<Record<string, ApiClient>>): ApiAuthenticator {
  return async (request) => {
    const header = request.headers.authorization;
    if (!header) throw new ApiAuthError('ontbreekt', 'geen token');
    const m = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
    const client = m ? tokens[m[1]!] : undefined;
    if (!client) throw new ApiAuthError('ongeldig', 'onbekend token');
    return client;
  };
}

let n = 0;
export function koppeling(soort: 'gemeente' | 'school', codes: readonly string[], scopes: readonly ApiScope[] = ['meldingen:lezen']): ApiClient {
  n++;
  return { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, naam: `Testkoppeling ${n}`, soort, codes, scopes };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
