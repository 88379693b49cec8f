// The meldingen module's services, built once by the composition root (src/services.ts).
// The Beheer choice lists come through the beheer module's own services.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { contactpersonenService, locatiesService } from '../beheer/face';
import { conceptService } from './concept.service';
import { feitenLader, type FeitenLader } from './feiten';
import { historieService } from './historie/historie.service';
import { intrekkenService } from './intrekken/intrekken.service';
import { kopieService } from './kopie.service';
import { meldingService } from './melding.service';
import { raadplegenService } from './raadplegen/raadplegen.service';
import { wijzigenService } from './wijzigen/wijzigen.service';
import { zonderOntvangerService } from './zonder-ontvanger/zonder-ontvanger.service';
import type { ConceptService } from './concept.service';

/** What every use case of the module may need. */
export interface MeldingModuleDeps {
  db: Kysely<Database>;
  now: () => Date;
  baseUrl: string;
  feiten: FeitenLader;
  concepten: ConceptService;
}

export function meldingenServices({ db, now, baseUrl }: { db: Kysely<Database>; now: () => Date; baseUrl: string }) {
  const keuzelijsten = { locaties: locatiesService({ db, now }), contactpersonen: contactpersonenService({ db, now }) };
  const feiten = feitenLader({ db, now, keuzelijsten });
  const concepten = conceptService({ db, now });
  const deps: MeldingModuleDeps = { db, now, baseUrl, feiten, concepten };
  return {
    feiten,
    concepten,
    opvoeren: meldingService({ db, now, baseUrl, feiten, concepten }),
    kopie: kopieService({ db, feiten, concepten }),
    raadplegen: raadplegenService(deps),
    wijzigen: wijzigenService(deps),
    intrekken: intrekkenService(deps),
    historie: historieService(deps),
    zonderOntvanger: zonderOntvangerService({ db }),
  };
}

export type MeldingenServices = ReturnType<typeof meldingenServices>;
