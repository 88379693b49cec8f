// Beheer contactpersonen (R-CON-1, manual §3.2): search, add, change and delete the
// contactpersonen of the actor's instelling. Every change is audited with what it was and what
// it became, in the same transaction as the change.
//
// Contract with meldingen: a melding keeps what was chosen. A stored contactpersoon appears in
// the melding form's "Selecteer contactpersoon" list (`keuzelijst`); the melding then COPIES
// the details (`keuze`) and holds no reference to this row. So changing or deleting a
// contactpersoon changes no melding. Deletion is therefore a real DELETE, not a soft delete:
// nothing needs the row afterwards, and personal data that is no longer used is not kept
// (the audit log keeps what was deleted, under its own retention).
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/types';
import { writeAudit } from '../../../platform/audit/audit.service';
import { namePattern } from '../../../platform/search/name-pattern';
import { pageInfo, type OverzichtState } from '../../../platform/ui/overzicht-state';
import { isRecordId, weigerToegang, type BeheerActor } from '../context';
import * as repo from './contactpersonen.repository';
import type { ContactpersoonRow } from './contactpersonen.tables';
import type { ContactpersoonInvoer } from './rules';

const OBJECT = 'contactpersoon';

/** What a melding copies of a chosen contactpersoon: values, not a reference. */
export type ContactpersoonKeuze = repo.ContactpersoonGegevens;

/** The audited and copied fields: what a person sees and changes, not the timestamps. */
const gegevens = (r: ContactpersoonRow): repo.ContactpersoonGegevens => ({ naam: r.naam, functie: r.functie, telefoonnummer: r.telefoonnummer, email: r.email });

export function contactpersonenService({ db, now }: { db: Kysely<Database>; now: () => Date }) {
  const audit = (trx: Parameters<typeof writeAudit>[0], actor: BeheerActor, actie: string, id: string, details: Record<string, unknown>) =>
    writeAudit(trx, { actie, gebruikerId: actor.gebruikerId, gebruikersnaam: actor.gebruikersnaam, ip: actor.ip, instellingscode: actor.instellingscode, objectType: OBJECT, objectId: id, details });

  /** 404 with an audit line, for any id that is not one of the actor's instelling's contactpersonen. */
  const weiger = async (actor: BeheerActor, id: string): Promise<never> => {
    if (!isRecordId(id)) return weigerToegang(db, actor, OBJECT, id, 'ongeldig_id');
    const eigenaar = await repo.instellingVan(db, id);
    return weigerToegang(db, actor, OBJECT, id, eigenaar ? 'andere_instelling' : 'onbekend');
  };

  return {
    /** One page of the overview: R-UI-1 search (empty term: all), R-UI-2 sort and paging over all matches. */
    async zoek(actor: BeheerActor, term: string, state: OverzichtState<repo.ContactpersoonSort>): Promise<{ rows: ContactpersoonRow[]; total: number }> {
      const patroon = namePattern(term);
      const total = await repo.telContactpersonen(db, actor.instellingscode, patroon);
      const { offset, perPage } = pageInfo(total, state);
      const rows = await repo.zoekContactpersonen(db, actor.instellingscode, patroon, state.dir, perPage, offset);
      return { rows, total };
    },

    /** The actor's instelling's contactpersoon with this id; otherwise 404 (audited). */
    async vind(actor: BeheerActor, id: string): Promise<ContactpersoonRow> {
      const row = isRecordId(id) ? await repo.vindContactpersoon(db, actor.instellingscode, id) : undefined;
      return row ?? weiger(actor, id);
    },

    async toevoegen(actor: BeheerActor, invoer: ContactpersoonInvoer): Promise<ContactpersoonRow> {
      return db.transaction().execute(async (trx) => {
        const nieuw = await repo.insertContactpersoon(trx, actor.instellingscode, invoer, now());
        await audit(trx, actor, 'contactpersoon_toegevoegd', nieuw.id, { na: gegevens(nieuw) });
        return nieuw;
      });
    },

    /** Changes the details; meldingen that chose this contactpersoon keep the old ones. */
    async wijzigen(actor: BeheerActor, id: string, invoer: ContactpersoonInvoer): Promise<ContactpersoonRow> {
      if (!isRecordId(id)) return weiger(actor, id);
      const row = await db.transaction().execute(async (trx) => {
        const voor = await repo.vindContactpersoon(trx, actor.instellingscode, id, true);
        if (!voor) return undefined;
        const na = await repo.updateContactpersoon(trx, actor.instellingscode, id, invoer, now());
        if (na) await audit(trx, actor, 'contactpersoon_gewijzigd', id, { voor: gegevens(voor), na: gegevens(na) });
        return na;
      });
      // Deleted meanwhile (by a colleague), or never the actor's: the same refusal as a GET.
      return row ?? weiger(actor, id);
    },

    /** Deletes for real (see the header); meldingen that chose it keep its details. */
    async verwijderen(actor: BeheerActor, id: string): Promise<ContactpersoonRow> {
      if (!isRecordId(id)) return weiger(actor, id);
      const row = await db.transaction().execute(async (trx) => {
        const weg = await repo.deleteContactpersoon(trx, actor.instellingscode, id);
        if (weg) await audit(trx, actor, 'contactpersoon_verwijderd', id, { voor: gegevens(weg) });
        return weg;
      });
      return row ?? weiger(actor, id);
    },

    /** The melding form's "Selecteer contactpersoon" list (R-CON-1): the instelling's contactpersonen by name. */
    async keuzelijst(instellingscode: string): Promise<({ id: string } & ContactpersoonKeuze)[]> {
      return (await repo.alleContactpersonen(db, instellingscode)).map((r) => ({ id: r.id, ...gegevens(r) }));
    },

    /** What a melding stores when a school picks contactpersoon `id`: a copy, or null when it is not the instelling's. */
    async keuze(instellingscode: string, id: string): Promise<ContactpersoonKeuze | null> {
      const row = isRecordId(id) ? await repo.vindContactpersoon(db, instellingscode, id) : undefined;
      return row ? gegevens(row) : null;
    },
  };
}

export type ContactpersonenService = ReturnType<typeof contactpersonenService>;
