// Vrijstellingen (R-VRIJ-1 … R-VRIJ-4): a gemeente finds a pupil who lives there, registers,
// changes and ends their vrijstellingen, and each change takes effect on the pupil's open
// meldingen in the same transaction (R-VRIJ-2); a scheduled check does the same for meldingen
// filed over a vrijstelling later (R-VRIJ-3). Every use case is scoped to the actor's gemeente
// and audited; a vrijstelling of another gemeente is a 404 with an audit line.
//
// Decisions:
// - Overlap between two vrijstellingen of one pupil is refused by the rule (a message naming
//   the other period) AND by the database (exclusion constraint, for two saves at once), across
//   gemeenten: a pupil is exempt or not.
// - Registering requires that ROD has the pupil living in the gemeente now. Changing and ending
//   need only that the gemeente registered it (a pupil who moved away can still have theirs ended).
// - Shortening a vrijstelling does not give meldingen back their old t/m; the version history
//   and inhoud.vrijstelling.oorspronkelijkeTm keep what it was.
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { writeAudit } from '../../platform/audit/audit.service';
import { notFound } from '../../platform/http/errors';
import { withJobLock } from '../../platform/jobs/lock';
import type { JobLogger } from '../../platform/jobs/runner';
import { vrijstellingFouten as f } from './messages';
import type { FieldError } from '../../platform/ui/error-summary';
import { formatDutchDate } from '../../platform/datum';
import { pageInfo, type OverzichtState } from '../../platform/ui/overzicht-state';
import { isPgFout, type VersieActor } from '../meldingen/face';
import { classifyPgn } from '../registers/face';
import type { GemeenteActor } from '../gemeente/face';
import { geenGevolgen, pasVrijstellingToe, type Gevolgen } from './effect';
import type { VrijstellingInvoer } from './rules';
import * as repo from './vrijstellingen.repository';
import type { VrijstellingRij } from './vrijstellingen.tables';

const OBJECT = 'vrijstelling';
/** The advisory lock of R-VRIJ-3's check (platform/jobs/lock.ts). */
export const CONTROLE_JOB = 'vrijstellingen-controle';
/** The check runs hourly (and once at start, see server.ts). */
export const CONTROLE_INTERVAL_MS = 60 * 60 * 1000;
/** How long a found pupil's page stays valid. */
const KEUZE_GELDIG_MS = 24 * 60 * 60 * 1000;
/** As the check's versions name their author in Historie. */
export const CONTROLE_NAAM = 'Verzuimloket (vrijstellingscontrole)';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEUZE_ID = /^[A-Za-z0-9_-]{16,64}$/;

export type ZoekUitkomst = { ok: true; keuzeId: string } | { ok: false; errors: FieldError[] };

export type OpslaanUitkomst =
  | { soort: 'opgeslagen'; vrijstelling: VrijstellingRij; gevolgen: Gevolgen }
  | { soort: 'fouten'; errors: FieldError[] }
  /** Someone saved another version first; `huidig` is theirs (the form shows it). */
  | { soort: 'conflict'; huidig: VrijstellingRij };

export type ControleUitkomst = { ran: false } | { ran: true; gevolgen: Gevolgen };

/** A vrijstelling with its pupil, as the forms show it. */
export interface VrijstellingMetLeerling {
  vrijstelling: VrijstellingRij;
  leerling: repo.LeerlingRij;
}

export function vrijstellingenService({ db, now, baseUrl }: { db: Kysely<Database>; now: () => Date; baseUrl: string }) {
  const audit = (trx: Kysely<Database> | Transaction<Database>, actor: GemeenteActor, actie: string, objectType: string, objectId: string, details: Record<string, unknown> = {}) =>
    writeAudit(trx, { actie, gebruikerId: actor.gebruikerId, gebruikersnaam: actor.gebruikersnaam, ip: actor.ip, gemeentecode: actor.gemeentecode, objectType, objectId, details });

  /** The versions a gemeente's change writes on meldingen: the service acting for that person (R-VRIJ-2). */
  const versieActor = (actor: GemeenteActor): VersieActor => ({ soort: 'systeem', gebruikerId: actor.gebruikerId, naam: `${actor.weergavenaam} (vrijstelling)` });

  /** 404 with an audit line for an id that is not one of the actor's gemeente's vrijstellingen. */
  const weiger = async (actor: GemeenteActor, id: string): Promise<never> => {
    const rij = UUID.test(id) ? await repo.vind(db, id) : undefined;
    const reden = !UUID.test(id) ? 'ongeldig_id' : rij ? 'andere_gemeente' : 'onbekend';
    await audit(db, actor, 'toegang_geweigerd', OBJECT, id.slice(0, 100), { reden });
    throw notFound();
  };

  /** The overlap message naming the other vrijstelling, or null when there is none. */
  const overlapFout = async (pgn: string, van: string, tm: string | null, behalve: string | null): Promise<FieldError | null> => {
    const ander = await repo.overlappende(db, pgn, van, tm, behalve);
    if (!ander) return null;
    return { field: 'begindatum', text: f.overlapMet(formatDutchDate(ander.begindatum), ander.einddatum ? formatDutchDate(ander.einddatum) : null) };
  };

  /** A 23P01 of vrijstellingen_geen_overlap (two saves at once) as the field message. */
  const alsOverlap = (err: unknown): OpslaanUitkomst => {
    if (isPgFout(err, '23P01')) return { soort: 'fouten', errors: [{ field: 'begindatum', text: f.overlap }] };
    throw err;
  };

  const gegevens = (v: Pick<VrijstellingRij, 'soort' | 'begindatum' | 'einddatum'>) => ({ soort: v.soort, begindatum: v.begindatum, einddatum: v.einddatum });

  /** Changes (or ends) the gemeente's vrijstelling `id` from version `versie`, and applies the effect. */
  async function werkBij(actor: GemeenteActor, id: string, versie: number, invoer: VrijstellingInvoer, actie: 'vrijstelling_gewijzigd' | 'vrijstelling_beeindigd'): Promise<OpslaanUitkomst> {
    const { vrijstelling: voor } = await vind(actor, id);
    if (voor.versie !== versie) return { soort: 'conflict', huidig: voor };
    const fout = await overlapFout(voor.pgn, invoer.begindatum, invoer.einddatum, voor.id);
    if (fout) return { soort: 'fouten', errors: [fout] };
    const op = now();
    try {
      return await db.transaction().execute(async (trx): Promise<OpslaanUitkomst> => {
        const na = await repo.werkBij(trx, id, versie, { ...invoer, op, door: actor.gebruikerId, doorNaam: actor.weergavenaam });
        if (!na) {
          const huidig = await repo.vind(trx, id);
          if (!huidig) throw notFound();
          return { soort: 'conflict', huidig };
        }
        const gevolgen = await pasVrijstellingToe(trx, na, { actor: versieActor(actor), op, baseUrl });
        await audit(trx, actor, actie, OBJECT, id, { pgn: na.pgn, voor: gegevens(voor), na: gegevens(na), gevolgen });
        return { soort: 'opgeslagen', vrijstelling: na, gevolgen };
      });
    } catch (err) {
      return alsOverlap(err);
    }
  }

  /** The actor's gemeente's vrijstelling with its pupil; otherwise 404 (audited). */
  async function vind(actor: GemeenteActor, id: string): Promise<VrijstellingMetLeerling> {
    const v = UUID.test(id) ? await repo.vind(db, id) : undefined;
    if (!v || v.gemeentecode !== actor.gemeentecode) return weiger(actor, id);
    const leerling = await repo.leerling(db, v.pgn);
    if (!leerling) throw new Error(`vrijstelling ${id}: leerling ontbreekt in ROD`);
    return { vrijstelling: v, leerling };
  }

  return {
    /** Removes at most `max` pupil choices expired at `nu`, in `trx` (the housekeeping job; `keuze` ignores them already). */
    verwijderVerlopenKeuzes: (trx: Kysely<Database>, nu: Date, max: number): Promise<number> => repo.verwijderVerlopenKeuzes(trx, nu, max),

    /**
     * Finds a pupil by PGN for the gemeente (R-VRIJ-1): only one who lives there per ROD. The
     * answer is a random id for the pupil's page (no PGN in the URL). Audited either way.
     */
    async zoekLeerling(actor: GemeenteActor, pgnInvoer: string): Promise<ZoekUitkomst> {
      const pgn = pgnInvoer.replace(/\s+/g, '');
      const check = classifyPgn(pgn);
      if (!check.ok) return { ok: false, errors: [{ field: 'pgn', text: check.message }] };
      const l = await repo.leerling(db, pgn);
      const hier = l !== undefined && !l.woont_in_buitenland && l.woongemeente_code === actor.gemeentecode;
      await audit(db, actor, 'vrijstelling_leerling_gezocht', 'leerling', pgn, { gevonden: l !== undefined, inGemeente: hier });
      if (!l) return { ok: false, errors: [{ field: 'pgn', text: f.geenLeerling }] };
      if (!hier) return { ok: false, errors: [{ field: 'pgn', text: f.nietInGemeente }] };
      const op = now();
      const keuzeId = randomBytes(18).toString('base64url');
      await repo.bewaarKeuze(db, { id: keuzeId, gebruikerId: actor.gebruikerId, gemeentecode: actor.gemeentecode, pgn, op, verlooptOp: new Date(op.getTime() + KEUZE_GELDIG_MS) });
      return { ok: true, keuzeId };
    },

    /** The PGN behind a pupil page's id, when it is this user's, for this gemeente, and not expired. */
    async keuze(actor: GemeenteActor, keuzeId: string): Promise<string | null> {
      if (!KEUZE_ID.test(keuzeId)) return null;
      return (await repo.keuze(db, keuzeId, actor.gebruikerId, actor.gemeentecode, now())) ?? null;
    },

    /** A pupil's page: the pupil and all their vrijstellingen (any gemeente: the overlap rule spans them). Audited. */
    async leerlingOverzicht(actor: GemeenteActor, pgn: string) {
      const leerling = await repo.leerling(db, pgn);
      if (!leerling) throw notFound();
      const vrijstellingen = await repo.vanLeerling(db, pgn);
      await audit(db, actor, 'vrijstellingen_leerling_ingezien', 'leerling', pgn, { gevonden: vrijstellingen.length });
      return { leerling, vrijstellingen, magRegistreren: !leerling.woont_in_buitenland && leerling.woongemeente_code === actor.gemeentecode };
    },

    /** One page of the gemeente's vrijstellingen (R-UI-2: sorted over all, then paged). Audited. */
    async gemeenteOverzicht(actor: GemeenteActor, state: OverzichtState<repo.GemeenteSort>) {
      const total = await repo.telVanGemeente(db, actor.gemeentecode);
      const { offset, perPage } = pageInfo(total, state);
      const rows = await repo.vanGemeente(db, actor.gemeentecode, state.sort, state.dir, perPage, offset);
      await audit(db, actor, 'vrijstellingen_ingezien', OBJECT, actor.gemeentecode, { pagina: state.page, gevonden: total });
      return { rows, total };
    },

    vind,

    /**
     * Registers a vrijstelling (R-VRIJ-1) and applies it to the pupil's open meldingen
     * (R-VRIJ-2), in one transaction with the mails and the audit line.
     */
    async registreren(actor: GemeenteActor, pgn: string, invoer: VrijstellingInvoer): Promise<OpslaanUitkomst> {
      const l = await repo.leerling(db, pgn);
      if (!l || l.woont_in_buitenland || l.woongemeente_code !== actor.gemeentecode) {
        await audit(db, actor, 'toegang_geweigerd', 'leerling', pgn, { reden: 'niet_in_gemeente' });
        throw notFound();
      }
      const fout = await overlapFout(pgn, invoer.begindatum, invoer.einddatum, null);
      if (fout) return { soort: 'fouten', errors: [fout] };
      const op = now();
      try {
        return await db.transaction().execute(async (trx): Promise<OpslaanUitkomst> => {
          const v = await repo.voegToe(trx, { pgn, gemeentecode: actor.gemeentecode, ...invoer, op, door: actor.gebruikerId, doorNaam: actor.weergavenaam });
          const gevolgen = await pasVrijstellingToe(trx, v, { actor: versieActor(actor), op, baseUrl });
          await audit(trx, actor, 'vrijstelling_geregistreerd', OBJECT, v.id, { pgn, na: gegevens(v), gevolgen });
          return { soort: 'opgeslagen', vrijstelling: v, gevolgen };
        });
      } catch (err) {
        return alsOverlap(err);
      }
    },

    /** Changes soort and period (R-VRIJ-1); the new period takes effect on meldingen (R-VRIJ-2). */
    wijzigen: (actor: GemeenteActor, id: string, versie: number, invoer: VrijstellingInvoer) => werkBij(actor, id, versie, invoer, 'vrijstelling_gewijzigd'),

    /** Ends the vrijstelling: its last day (R-VRIJ-1). */
    async beeindigen(actor: GemeenteActor, id: string, versie: number, einddatum: string): Promise<OpslaanUitkomst> {
      const { vrijstelling: v } = await vind(actor, id);
      if (einddatum < v.begindatum) return { soort: 'fouten', errors: [{ field: 'einddatum', text: f.eindVoorBegin }] };
      return werkBij(actor, id, versie, { soort: v.soort, begindatum: v.begindatum, einddatum }, 'vrijstelling_beeindigd');
    },

    /**
     * R-VRIJ-3: the scheduled check. Finds every vrijstelling an open melding overlaps and
     * applies it, through the same function as R-VRIJ-2. One process at a time (advisory lock;
     * another process that holds it makes this run skip), idempotent (a second run finds
     * nothing to change), in one transaction with its mails and one audit line.
     */
    async controle(log?: JobLogger, door = 'systeem'): Promise<ControleUitkomst> {
      const op = now();
      const r = await withJobLock(db, CONTROLE_JOB, async (trx) => {
        const totaal = geenGevolgen();
        for (const v of await repo.vrijstellingenMetOpenMeldingen(trx)) {
          const g = await pasVrijstellingToe(trx, v, { actor: { soort: 'systeem', gebruikerId: null, naam: CONTROLE_NAAM }, op, baseUrl });
          totaal.ingekort.push(...g.ingekort);
          totaal.ingetrokken.push(...g.ingetrokken);
          totaal.handmatig.push(...g.handmatig);
        }
        if (totaal.ingekort.length + totaal.ingetrokken.length > 0) {
          await writeAudit(trx, { actie: 'vrijstellingen_controle', gebruikersnaam: door, objectType: OBJECT, details: { ingekort: totaal.ingekort, ingetrokken: totaal.ingetrokken } });
        }
        return totaal;
      });
      if (!r.ran) return r;
      const { ingekort, ingetrokken, handmatig } = r.value;
      if (ingekort.length + ingetrokken.length + handmatig.length > 0) {
        log?.info({ job: CONTROLE_JOB, ingekort: ingekort.length, ingetrokken: ingetrokken.length, handmatig: handmatig.length }, 'vrijstellingen gecontroleerd');
      }
      return { ran: true, gevolgen: r.value };
    },
  };
}

export type VrijstellingenService = ReturnType<typeof vrijstellingenService>;
