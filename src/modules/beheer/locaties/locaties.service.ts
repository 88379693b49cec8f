// Beheer locaties (R-LOC-1, manual §3.1): search, add, rename and delete the onderwijslocaties
// of the actor's instelling. Every change is audited with what it was and what it became, in
// the same transaction as the change.
//
// Contract with meldingen (R-LOC-2): a melding keeps what was chosen. When a school picks a
// location in the melding form, the melding COPIES the location's name into itself (see
// `keuze`); it holds no reference to this row. So renaming a location changes no melding, and
// deleting one breaks none. That is also why deletion is a real DELETE and not a soft delete:
// nothing needs the row afterwards (the audit log keeps what it was), a deleted name can be
// used again without partial unique indexes, and no query can forget a "not deleted" filter.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/types';
import { writeAudit } from '../../../platform/audit/audit.service';
import { beheerLocatiesMessages } from '../messages';
import { namePattern } from '../../../platform/search/name-pattern';
import { pageInfo, type OverzichtState } from '../../../platform/ui/overzicht-state';
import { isRecordId, isUniqueViolation, weigerToegang, type BeheerActor, type Uitkomst } from '../context';
import * as repo from './locaties.repository';
import type { LocatieRow } from './locaties.tables';
import type { LocatieInvoer } from './rules';

const t = beheerLocatiesMessages.locaties;
const OBJECT = 'locatie';
/** The unique index on (instellingscode, lower(naam)), see 0003_beheer.ts. */
const NAAM_UNIEK = 'locaties_naam_uniek';

/** What a melding copies of a chosen location (R-LOC-2): a value, not a reference. */
export interface LocatieKeuze {
  naam: string;
}

/** The audited fields: what a person sees and changes, not the timestamps. */
const gegevens = (r: LocatieRow) => ({ naam: r.naam });

export function locatiesService({ db, now }: { db: Kysely<Database>; now: () => Date }) {
  const audit = (trx: Parameters<typeof writeAudit>[0], actor: BeheerActor, actie: string, id: string, details: Record<string, unknown>) =>
    writeAudit(trx, { actie, gebruikerId: actor.gebruikerId, gebruikersnaam: actor.gebruikersnaam, ip: actor.ip, instellingscode: actor.instellingscode, objectType: OBJECT, objectId: id, details });

  /** The name is taken at this instelling: the unique index says so, also under a race. */
  const naamBestaat = <T>(err: unknown): Uitkomst<T> => {
    if (isUniqueViolation(err, NAAM_UNIEK)) return { ok: false, field: 'naam', message: t.naamBestaat };
    throw err;
  };

  /** 404 with an audit line, for any id that is not one of the actor's instelling's locations. */
  const weiger = async (actor: BeheerActor, id: string): Promise<never> => {
    if (!isRecordId(id)) return weigerToegang(db, actor, OBJECT, id, 'ongeldig_id');
    const eigenaar = await repo.instellingVan(db, id);
    return weigerToegang(db, actor, OBJECT, id, eigenaar ? 'andere_instelling' : 'onbekend');
  };

  return {
    /** One page of the overview: R-UI-1 search (empty term: all), R-UI-2 sort and paging over all matches. */
    async zoek(actor: BeheerActor, term: string, state: OverzichtState<repo.LocatieSort>): Promise<{ rows: LocatieRow[]; total: number }> {
      const patroon = namePattern(term);
      const total = await repo.telLocaties(db, actor.instellingscode, patroon);
      const { offset, perPage } = pageInfo(total, state);
      const rows = await repo.zoekLocaties(db, actor.instellingscode, patroon, state.dir, perPage, offset);
      return { rows, total };
    },

    /** The actor's instelling's location with this id; otherwise 404 (audited). */
    async vind(actor: BeheerActor, id: string): Promise<LocatieRow> {
      const row = isRecordId(id) ? await repo.vindLocatie(db, actor.instellingscode, id) : undefined;
      return row ?? weiger(actor, id);
    },

    async toevoegen(actor: BeheerActor, invoer: LocatieInvoer): Promise<Uitkomst<LocatieRow>> {
      try {
        const row = await db.transaction().execute(async (trx) => {
          const nieuw = await repo.insertLocatie(trx, { instellingscode: actor.instellingscode, naam: invoer.naam, op: now() });
          await audit(trx, actor, 'locatie_toegevoegd', nieuw.id, { na: gegevens(nieuw) });
          return nieuw;
        });
        return { ok: true, value: row };
      } catch (err) {
        return naamBestaat(err);
      }
    },

    /** Renames; meldingen that chose this location keep the old name (R-LOC-2). */
    async wijzigen(actor: BeheerActor, id: string, invoer: LocatieInvoer): Promise<Uitkomst<LocatieRow>> {
      if (!isRecordId(id)) return weiger(actor, id);
      let row: LocatieRow | undefined;
      try {
        row = await db.transaction().execute(async (trx) => {
          const voor = await repo.vindLocatie(trx, actor.instellingscode, id, true);
          if (!voor) return undefined;
          const na = await repo.updateLocatie(trx, actor.instellingscode, id, { naam: invoer.naam, op: now() });
          if (!na) return undefined;
          await audit(trx, actor, 'locatie_gewijzigd', id, { voor: gegevens(voor), na: gegevens(na) });
          return na;
        });
      } catch (err) {
        return naamBestaat(err);
      }
      // Deleted meanwhile (by a colleague), or never the actor's: the same refusal as a GET.
      return row ? { ok: true, value: row } : weiger(actor, id);
    },

    /** Deletes for real (see the header); meldingen that chose it keep its name (R-LOC-2). */
    async verwijderen(actor: BeheerActor, id: string): Promise<LocatieRow> {
      if (!isRecordId(id)) return weiger(actor, id);
      const row = await db.transaction().execute(async (trx) => {
        const weg = await repo.deleteLocatie(trx, actor.instellingscode, id);
        if (weg) await audit(trx, actor, 'locatie_verwijderd', id, { voor: gegevens(weg) });
        return weg;
      });
      return row ?? weiger(actor, id);
    },

    /** The instelling's locations by name, for the melding form's choice list. */
    async keuzelijst(instellingscode: string): Promise<{ id: string; naam: string }[]> {
      return (await repo.alleLocaties(db, instellingscode)).map((r) => ({ id: r.id, naam: r.naam }));
    },

    /**
     * What a melding stores when a school picks location `id` (R-LOC-2): a copy of its name,
     * or null when it is not (or no longer) one of the instelling's locations.
     */
    async keuze(instellingscode: string, id: string): Promise<LocatieKeuze | null> {
      const row = isRecordId(id) ? await repo.vindLocatie(db, instellingscode, id) : undefined;
      return row ? { naam: row.naam } : null;
    },
  };
}

export type LocatiesService = ReturnType<typeof locatiesService>;
