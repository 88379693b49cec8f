// The koppelingen module as the composition root builds it: the beheer service, the token
// endpoint's service and the API's authenticator, sharing one signing key set and one cache of
// koppeling records.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { apiAuthenticator, koppelingCache } from './authenticator';
import { clientAssertions } from './client-assertion';
import { findKoppeling } from './koppelingen.repository';
import { koppelingenService } from './koppelingen.service';
import { tokenAdressen, toegangstokens } from './toegangstoken';
import { tokenService } from './token.service';

export function koppelingenServices(o: { db: Kysely<Database>; now: () => Date; baseUrl: string; apiTokenSleutels: readonly Uint8Array[]; fetchJwks?: typeof fetch }) {
  const adressen = tokenAdressen(o.baseUrl);
  const tokens = toegangstokens({ sleutels: o.apiTokenSleutels, adressen, now: o.now });
  const cache = koppelingCache({ lees: (id) => findKoppeling(o.db, id), now: o.now });
  return {
    adressen,
    beheer: koppelingenService({ db: o.db, now: o.now, vergeet: (id) => cache.vergeet(id) }),
    token: tokenService({ db: o.db, assertions: clientAssertions({ tokenEndpoint: adressen.tokenEndpoint, now: o.now, fetchJwks: o.fetchJwks }), tokens }),
    /** The real ApiAuthenticator for the API's routes (platform/api/client.ts). */
    authenticator: apiAuthenticator({ tokens, koppelingen: cache }),
  };
}
export type KoppelingenServices = ReturnType<typeof koppelingenServices>;
