// Inzien and Wijzigen verzuim (manual §4.2.1, §4.2.2; R-RAA-2 … R-RAA-5). A school's own
// melding only (eigenMelding: 404 + audit otherwise); every view is audited (R-PRIV-1).
//
// A change is an edit draft (concepten with melding_id and basis_versie, migration 0006): it is
// started from the melding's content on the first post of a step, filled in by the wizard's own
// steps in edit mode (wizard/handler.tsx stapRoutes, StapContext.wijzigen), and Opslaan turns
// it into a new version through nieuweVersie with the version it started from (optimistic
// locking, R-RAA-4). What may change is decided by the transition table (toegestaneActies)
// and by the steps' parsers, which put begindatum and soort back whatever is posted; Opslaan
// checks that once more before it writes. One edit per browser session and melding (migration
// 0014): re-opening finds it, and another session of the same user has its own, so the two
// never mix and the later Opslaan is refused like anyone else's (R-RAA-4).
import type { WijzigActor } from '../actor';
import type { Status } from '../codes';
import type { Concept } from '../concept.service';
import { deleteConcept } from '../concept.repository';
import { auditMelding, eigenMelding } from '../toegang';
import type { MeldingInhoud, VerzuimStap } from '../melding.types';
import type { MeldingModuleDeps } from '../meldingen.services';
import { toegestaneActies, type Actie } from '../status-overgangen';
import { isOverlapGeweigerd } from '../rules';
import { nieuweVersie } from '../versie';
import type { AnyStap, RodLeerling, StapData, WijzigContext, WizardFeiten } from '../wizard/stap';
import { ALLE_STAPPEN, doorloop, isCompleet, naarConceptInvoer, stapMetPad, type ConceptInvoer, type Doorloop } from '../wizard/steps';
import { herbaseer } from './herbasering';
import * as repo from './wijzigen.repository';

type Melding = Awaited<ReturnType<typeof eigenMelding>>;

/** The pupil as the melding keeps them (R-MEL-6): an edit never looks the pupil up again. */
export function leerlingVanMelding(i: MeldingInhoud): RodLeerling {
  return { ...i.leerling, woontInBuitenland: false, startkwalificatie: false };
}

/** The four steps' data of a melding. */
export const stapDataVan = (i: MeldingInhoud): StapData => ({ leerling: i.leerlingStap, verzuim: i.verzuim, lesuren: i.lesuren, acties: i.acties });

/**
 * The facts for an edit: what the melding itself chose stays a valid choice even when RIO or
 * Beheer no longer lists it (R-LOC-2: a deleted or renamed location stays as it was chosen),
 * so an untouched field never turns into an error or silently into another name.
 */
export function feitenVoorWijziging(f: WizardFeiten, v: VerzuimStap): WizardFeiten {
  const zonder = <T,>(lijst: readonly T[], weg: (x: T) => boolean) => lijst.filter((x) => !weg(x));
  return {
    ...f,
    locaties: v.locatie ? [v.locatie, ...zonder(f.locaties, (l) => l.id === v.locatie!.id)] : f.locaties,
    aanbieders: v.onderwijsaanbieder ? [v.onderwijsaanbieder, ...zonder(f.aanbieders, (a) => a.code === v.onderwijsaanbieder!.code)] : f.aanbieders,
    onderwijslocaties: v.onderwijslocatie ? [v.onderwijslocatie, ...zonder(f.onderwijslocaties, (o) => o.code === v.onderwijslocatie!.code)] : f.onderwijslocaties,
  };
}

/** Key-order-independent equality of JSON data (jsonb does not keep key order). */
function canoniek(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(canoniek);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canoniek(v)]));
  return x;
}
export const zelfdeData = (a: unknown, b: unknown): boolean => JSON.stringify(canoniek(a)) === JSON.stringify(canoniek(b));

/** The version saved since an edit began: who, when. */
export interface Conflict {
  versie: number;
  doorNaam: string;
  /** Saved by the same user, in another session: the page must not name them as someone else. */
  eigen: boolean;
  op: Date;
}

/** What the melding page shows (Afb. 36 / Afb. 38). */
export interface MeldingPagina {
  melding: Melding;
  leerling: RodLeerling;
  /** The school's allowed actions in this status (toegestaneActies): the page shows only these. */
  acties: Actie[];
  /** The data the sections show: the edit's where it is complete, else the melding's. */
  data: Partial<StapData>;
  /** The user's edit, when there is one. */
  wijziging: {
    /** Whether it differs from the melding as saved. */
    gewijzigd: boolean;
    onvolledig: { stap: AnyStap; errors: readonly { field: string; text: string }[] } | null;
    conflict: Conflict | null;
  } | null;
  /** The user had an edit, but the melding can no longer change (e.g. the gemeente closed it): it was removed. */
  vervallen: boolean;
}

/** An edit sitting of the steps: the draft, or (before the first post) the melding's input. */
export interface WijzigSessie {
  melding: Melding;
  concept: Concept | undefined;
  feiten: WizardFeiten;
  wijzigen: WijzigContext;
  invoer: ConceptInvoer;
  voltooid: readonly string[];
  basisVersie: number;
}

export type OpslaanUitkomst =
  | { soort: 'opgeslagen'; versie: number }
  | { soort: 'geen_wijziging' }
  | { soort: 'conflict' }
  /** A step is not valid (or the database found an overlap): back to it, where its errors show. */
  | { soort: 'onvolledig'; stap: AnyStap }
  | { soort: 'niet_toegestaan' };

export function wijzigenService(deps: MeldingModuleDeps) {
  const { db, now } = deps;
  const magWijzigen = (status: Status) => toegestaneActies('school', status).includes('wijzigen');
  const wijzigContext = (m: Melding): WijzigContext => ({ nummer: m.nummer, van: m.begindatum, soort: m.soort });

  async function feitenVoor(actor: WijzigActor, m: Melding): Promise<WizardFeiten> {
    return feitenVoorWijziging(await deps.feiten.laad(actor, leerlingVanMelding(m.inhoud)), m.inhoud.verzuim);
  }

  async function conflictVan(actor: WijzigActor, m: Melding, concept: Concept | undefined): Promise<Conflict | null> {
    if (!concept?.wijziging || concept.wijziging.basisVersie === m.versie) return null;
    const v = await repo.versie(db, m.id, m.versie);
    return { versie: m.versie, doorNaam: v?.doorNaam ?? '', eigen: v?.doorGebruikerId === actor.gebruikerId, op: v?.op ?? new Date(0) };
  }

  /** The edit's steps parsed against today's facts. */
  function doorloopWijziging(m: Melding, concept: Concept, feiten: WizardFeiten): Doorloop {
    return doorloop(concept.invoer, concept.voltooid, feiten, wijzigContext(m));
  }

  /** The melding with the edit's data in place of the steps' content. */
  const metStappen = (inhoud: MeldingInhoud, d: StapData): MeldingInhoud => ({ ...inhoud, leerlingStap: d.leerling, verzuim: d.verzuim, lesuren: d.lesuren, acties: d.acties });

  return {
    /** The melding page (R-RAA-2, R-RAA-5), audited as a view. An edit of a melding that can no longer change is removed. */
    async pagina(actor: WijzigActor, nummer: string): Promise<MeldingPagina> {
      const m = await eigenMelding(db, actor, nummer);
      await auditMelding(db, actor, 'melding_ingezien', m.nummer);
      const acties = toegestaneActies('school', m.status);
      const leerling = leerlingVanMelding(m.inhoud);
      const concept = await deps.concepten.zoekWijziging(actor, m.id);
      const basis = { melding: m, leerling, acties, data: stapDataVan(m.inhoud), wijziging: null, vervallen: false };
      if (!concept) return basis;
      if (!magWijzigen(m.status)) {
        await deps.concepten.verwijderWijziging(actor, concept);
        return { ...basis, vervallen: true };
      }
      const d = doorloopWijziging(m, concept, await feitenVoor(actor, m));
      return {
        ...basis,
        data: d.data,
        wijziging: {
          gewijzigd: d.eersteOnvolledig !== null || !isCompleet(d.data) || !zelfdeData(d.data, stapDataVan(m.inhoud)),
          onvolledig: d.eersteOnvolledig,
          conflict: await conflictVan(actor, m, concept),
        },
      };
    },

    /** The edit sitting for the steps; `undefined` when the melding can no longer change. */
    async sessie(actor: WijzigActor, nummer: string): Promise<WijzigSessie | undefined> {
      const m = await eigenMelding(db, actor, nummer);
      if (!magWijzigen(m.status)) return undefined;
      const concept = await deps.concepten.zoekWijziging(actor, m.id);
      return {
        melding: m,
        concept,
        feiten: await feitenVoor(actor, m),
        wijzigen: wijzigContext(m),
        invoer: concept?.invoer ?? naarConceptInvoer(stapDataVan(m.inhoud)),
        voltooid: concept?.voltooid ?? ALLE_STAPPEN,
        basisVersie: concept?.wijziging?.basisVersie ?? m.versie,
      };
    },

    /**
     * Keeps a step's input in the edit, starting the edit on its first post from the version
     * the form was filled from (`basisVersie`, posted by the step page; the current one when absent or odd).
     */
    async bewaar(actor: WijzigActor, s: WijzigSessie, invoer: ConceptInvoer, voltooid: readonly string[], basisVersie: string): Promise<void> {
      let concept = s.concept;
      if (!concept) {
        const gepost = /^\d{1,9}$/.test(basisVersie) ? Number(basisVersie) : NaN;
        const basis = gepost >= 1 && gepost <= s.melding.versie ? gepost : s.melding.versie;
        concept = await deps.concepten.startWijziging(actor, { meldingId: s.melding.id, pgn: s.melding.pgn, basisVersie: basis, invoer: s.invoer, voltooid: [...ALLE_STAPPEN] });
      }
      await deps.concepten.bewaar(actor, concept, invoer, voltooid);
    },

    /**
     * Opslaan (R-RAA-4): the edit becomes a new version, with an audit line, in one
     * transaction; the edit is consumed. No change at all makes no version. A version saved
     * since the edit began refuses the save and keeps the edit; so does a status in which
     * the school may no longer change the melding.
     */
    async opslaan(actor: WijzigActor, nummer: string): Promise<OpslaanUitkomst> {
      const m = await eigenMelding(db, actor, nummer);
      if (!magWijzigen(m.status)) return { soort: 'niet_toegestaan' };
      const concept = await deps.concepten.zoekWijziging(actor, m.id);
      if (!concept?.wijziging) return { soort: 'geen_wijziging' };
      if (concept.wijziging.basisVersie !== m.versie) return { soort: 'conflict' };
      const { data, eersteOnvolledig } = doorloopWijziging(m, concept, await feitenVoor(actor, m));
      if (eersteOnvolledig) return { soort: 'onvolledig', stap: eersteOnvolledig.stap };
      if (!isCompleet(data)) throw new Error('doorloop compleet zonder alle stappen');
      // R-RAA-3, once more where it is written: the parsers never change these.
      if (data.verzuim.van !== m.begindatum || data.verzuim.soort !== m.soort) throw new Error('begindatum of soort gewijzigd in een wijziging');
      if (zelfdeData(data, stapDataVan(m.inhoud))) {
        await deps.concepten.verwijderWijziging(actor, concept);
        return { soort: 'geen_wijziging' };
      }
      const basisVersie = concept.wijziging.basisVersie;
      try {
        return await db.transaction().execute(async (trx): Promise<OpslaanUitkomst> => {
          const op = now();
          const r = await nieuweVersie(trx, {
            meldingId: m.id,
            verwachteVersie: basisVersie,
            actor: { soort: 'school', gebruikerId: actor.gebruikerId, naam: actor.weergavenaam },
            actie: 'wijzigen',
            op,
            wijzig: (h) => ({
              inhoud: metStappen(h.inhoud, data),
              einddatum: data.verzuim.tm,
              prioriteit: data.verzuim.prioriteit,
              onderwijslocatieNaam: data.verzuim.locatie?.naam ?? null,
            }),
          });
          if (r.soort === 'conflict') return { soort: 'conflict' };
          if (r.soort !== 'opgeslagen') return { soort: 'niet_toegestaan' };
          await auditMelding(trx, actor, 'melding_gewijzigd', m.nummer, { versie: r.melding.versie, vanVersie: basisVersie }, r.melding.gemeentecode);
          await deleteConcept(trx, concept.id, actor.gebruikerId);
          return { soort: 'opgeslagen', versie: r.melding.versie };
        });
      } catch (err) {
        // R-MEL-8 raced past the check: the database refused the overlap. The Verzuim step,
        // parsed against the database again, shows it at the t/m.
        if (isOverlapGeweigerd(err)) return { soort: 'onvolledig', stap: stapMetPad('verzuim')! };
        throw err;
      }
    },

    /**
     * "Opnieuw beginnen vanaf de nieuwe versie" (R-RAA-4): the refused edit moves to the
     * current version; what the user changed stays theirs, the rest is the current version's.
     */
    async opnieuwBeginnen(actor: WijzigActor, nummer: string): Promise<{ versie: number } | undefined> {
      const m = await eigenMelding(db, actor, nummer);
      const concept = await deps.concepten.zoekWijziging(actor, m.id);
      if (!concept?.wijziging || !magWijzigen(m.status)) return undefined;
      if (concept.wijziging.basisVersie === m.versie) return { versie: m.versie };
      const basis = (await repo.versie(db, m.id, concept.wijziging.basisVersie))?.inhoud ?? m.inhoud;
      const invoer = herbaseer(concept.invoer, naarConceptInvoer(stapDataVan(basis)), naarConceptInvoer(stapDataVan(m.inhoud)));
      await deps.concepten.herbaseer(actor, concept, invoer, m.versie);
      await auditMelding(db, actor, 'melding_wijziging_herstart', m.nummer, { vanVersie: concept.wijziging.basisVersie, naarVersie: m.versie });
      return { versie: m.versie };
    },

    /** "Wijzigingen ongedaan maken": the user's edit is thrown away; the melding is as saved. */
    async ongedaanMaken(actor: WijzigActor, nummer: string): Promise<void> {
      const m = await eigenMelding(db, actor, nummer);
      const concept = await deps.concepten.zoekWijziging(actor, m.id);
      if (concept) await deps.concepten.verwijderWijziging(actor, concept);
    },
  };
}

export type WijzigenService = ReturnType<typeof wijzigenService>;
