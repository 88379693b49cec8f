// The meldingen module's services, built once by the composition root (src/services.ts).
// The Beheer choice lists come through the beheer module's own services.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { contactpersonenService } from '../beheer/contactpersonen/contactpersonen.service';
import { locatiesService } from '../beheer/locaties/locaties.service';
import { conceptService } from './concept.service';
import { feitenLader } from './feiten';
import { kopieService } from './kopie.service';
import { meldingService } from './melding.service';

export function meldingenServices({ db, now, baseUrl }: { db: Kysely<Database>; now: () => Date; baseUrl: string }) {
  const keuzelijsten = { locaties: locatiesService({ db, now }), contactpersonen: contactpersonenService({ db, now }) };
  const feiten = feitenLader({ db, now, keuzelijsten });
  const concepten = conceptService({ db, now });
  return {
    feiten,
    concepten,
    opvoeren: meldingService({ db, now, baseUrl, feiten, concepten }),
    kopie: kopieService({ db, feiten, concepten }),
  };
}

export type MeldingenServices = ReturnType<typeof meldingenServices>;
