// "Meldingen zonder ontvanger" for functioneel beheer (issue 15 item 8): a melding is filed
// also when its gemeente has no address for meldingen; no mail goes out then, and this list is
// where that shows. Reading the list is audited, like the outbox it stands next to.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/types';
import { writeAudit } from '../../../platform/audit/audit.service';
import { pageInfo, type OverzichtState } from '../../../platform/ui/overzicht-state';
import * as repo from './zonder-ontvanger.repository';

export type ZonderOntvangerSort = 'aangemaakt';

export interface Lezer {
  gebruikerId: string;
  gebruikersnaam: string;
  ip: string | null;
}

export function zonderOntvangerService({ db }: { db: Kysely<Database> }) {
  return {
    /** For the start page: how many, and how many at a gemeente that still has no address. */
    tellingen: (): Promise<{ totaal: number; zonderAdres: number }> => repo.tellingen(db),

    /** One page, newest first, and an audit line for looking. */
    async overzicht(state: OverzichtState<ZonderOntvangerSort>, lezer: Lezer): Promise<{ rows: repo.ZonderOntvangerRij[]; total: number; zonderAdres: number }> {
      const { totaal, zonderAdres } = await repo.tellingen(db);
      const { offset, perPage } = pageInfo(totaal, state);
      const rows = await repo.pagina(db, perPage, offset);
      await writeAudit(db, { actie: 'meldingen_zonder_ontvanger_ingezien', ...lezer, details: { pagina: state.page, gevonden: totaal } });
      return { rows, total: totaal, zonderAdres };
    },
  };
}

export type ZonderOntvangerService = ReturnType<typeof zonderOntvangerService>;
