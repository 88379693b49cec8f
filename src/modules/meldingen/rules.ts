// The manual's rules for filing a melding (docs/functioneel.md §5, R-MEL-1 … R-MEL-15) and its routing
// (R-GEM-1), as pure functions: facts in, a decision or a list of field errors out. No
// database, no request. Pages, the API and the save service all ask these.
import { overlapt, type Periode } from '../../platform/datum';
import { isPgFout } from './actor';
import { meldingRegels as t } from './messages';
import { ACTIES_SCHOOL, MAX_LESUUR, MAX_REDEN_LENGTE, VERBIJZONDERINGEN, type Soort, type Status } from './codes';
import type { FieldError } from '../../platform/ui/error-summary';

export type { Periode };

/**
 * Age in whole years on `datum`. Someone born on 29 February turns a year older on
 * 1 March in a non-leap year.
 * @example leeftijdOp('2008-09-01', '2026-08-31') // 17
 */
export function leeftijdOp(geboortedatum: string, datum: string): number {
  const [gy, gm, gd] = geboortedatum.split('-').map(Number) as [number, number, number];
  const [y, m, d] = datum.split('-').map(Number) as [number, number, number];
  const birthdayPassed = m > gm || (m === gm && d >= gd);
  return y - gy - (birthdayPassed ? 0 : 1);
}

/** R-MEL-9: from this age on the kinds for adults are offered. */
export const MEERDERJARIG = 18;

/** R-MEL-9: the kinds offered for a pupil of this age on the first day of the period. */
export function soortenVoorLeeftijd(leeftijd: number): Soort[] {
  return leeftijd < MEERDERJARIG ? ['V3', 'LRV', 'O', 'L'] : ['V4', 'RMC', 'O', 'L'];
}

export interface SoortFeiten {
  soort: Soort;
  leeftijd: number;
  startkwalificatie: boolean;
  /** Whether an earlier V3 melding of this pupil exists that is not Ingetrokken (R-MEL-10). */
  eerdereV3: boolean;
}

/** R-MEL-9, R-MEL-10: whether this kind may be chosen; the message when not. */
export function checkSoort(f: SoortFeiten): string | null {
  if (!soortenVoorLeeftijd(f.leeftijd).includes(f.soort)) return t.soortNietVoorLeeftijd(f.leeftijd);
  if (f.soort === 'RMC' && (f.leeftijd >= 23 || f.startkwalificatie)) return t.rmcNietVanToepassing;
  if (f.soort === 'LRV' && !f.eerdereV3) return t.lrvZonderV3;
  return null;
}

/** R-MEL-7: van required and not in the future; t/m, when given, on or after van. */
export function checkPeriode(p: { van: string | null; tm: string | null }, vandaag: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!p.van) errors.push({ field: 'van', text: t.vanLeeg });
  else if (p.van > vandaag) errors.push({ field: 'van', text: t.vanToekomst });
  if (p.van && p.tm && p.tm < p.van) errors.push({ field: 'tm', text: t.tmVoorVan });
  return errors;
}

/** R-MEL-8: one of the pupil's meldingen, any instelling; `nummer` null when it is another school's. */
export interface AndereMelding {
  nummer: string | null;
  status: Status;
  periode: Periode;
}

/**
 * R-MEL-8, the whole decision in one place: no two meldingen of one pupil share a day
 * (platform/datum.ts overlapt: both ends inclusive, an open end runs on forever), and an
 * Ingetrokken melding does not count, so its days are free again. The melding being changed
 * (`wijzigt`, its number) is no "other" melding. The message names the other melding when it
 * is this school's, and stands at `van` for a new melding, at `tm` for a filed one (its van
 * cannot change, R-RAA-3, so the t/m is what to change).
 * The database holds the same rule (meldingen_geen_overlap, migration 0004: the same daterange
 * '[]', `where status <> 'I'`) for saves that race past this check: see isOverlapGeweigerd.
 * @example overlapFout({ van: '2026-09-10', tm: null }, [{ nummer: '2026-0000001', status: 'R', periode: { van: '2026-09-01', tm: '2026-09-10' } }])
 *   // { field: 'van', text: t.overlap('2026-0000001') }
 */
export function overlapFout(periode: Periode, andere: readonly AndereMelding[], wijzigt?: string): FieldError | null {
  const ander = andere.find((m) => m.status !== 'I' && (wijzigt === undefined || m.nummer !== wijzigt) && overlapt(periode, m.periode));
  if (!ander) return null;
  return { field: wijzigt === undefined ? 'van' : 'tm', text: ander.nummer ? t.overlap(ander.nummer) : t.overlapOnbekend };
}

/**
 * R-MEL-8 raced past overlapFout: the exclusion constraint meldingen_geen_overlap refused the
 * write (SQLSTATE 23P01; pg and PGlite both put it on err.code). Only that constraint raises
 * 23P01 in a write of meldingen. The caller sends the user back to the Verzuim step, which,
 * parsed against the database again, shows overlapFout's message.
 */
export function isOverlapGeweigerd(err: unknown): boolean {
  return isPgFout(err, '23P01');
}

/** R-MEL-11: a verbijzondering only with Overig verzuim, and only a known one. */
export function checkVerbijzondering(soort: Soort | null, verbijzondering: string | null): string | null {
  if (!verbijzondering) return null;
  if (!(VERBIJZONDERINGEN as readonly string[]).includes(verbijzondering)) return t.verbijzonderingOnbekend;
  if (soort !== 'O') return t.verbijzonderingNietBijSoort;
  return null;
}

/** R-MEL-7: the vermoedelijke reden is required, at most 200 characters. */
export function checkReden(reden: string): string | null {
  if (reden.trim() === '') return t.redenLeeg;
  if (reden.length > MAX_REDEN_LENGTE) return t.redenTeLang(MAX_REDEN_LENGTE);
  return null;
}

/** R-MEL-12, R-MEL-13: toelichting required with "nee"; prioriteit only with "ja". */
export function checkActieGewenst(a: { actieGewenst: boolean | null; toelichting: string; prioriteit: boolean }): FieldError[] {
  if (a.actieGewenst === null) return [{ field: 'actieGewenst', text: t.actieGewenstLeeg }];
  const errors: FieldError[] = [];
  if (!a.actieGewenst && a.toelichting.trim() === '') errors.push({ field: 'toelichtingActieGewenst', text: t.toelichtingActieVerplicht });
  if (!a.actieGewenst && a.prioriteit) errors.push({ field: 'prioriteit', text: t.prioriteitAlleenBijActie });
  return errors;
}

export interface Verzuimdag {
  datum: string;
  heleDag: boolean;
  /** Lesson hours 1–12 when not the whole day. */
  lesuren: number[];
  toelichting: string;
}

/**
 * R-MEL-14: with "alle lessen gemist" no days may be entered; otherwise every day lies inside
 * the period, no date twice, and a day that is not whole names its lesson hours.
 */
export function checkVerzuimdagen(v: { allesGemist: boolean; dagen: readonly Verzuimdag[]; periode: Periode }): FieldError[] {
  if (v.allesGemist) return v.dagen.length > 0 ? [{ field: 'dagen', text: t.lesurenBijAllesGemist }] : [];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  v.dagen.forEach((dag, i) => {
    if (!dag.datum) errors.push({ field: `dag-${i}-datum`, text: t.verzuimdagLeeg });
    else if (dag.datum < v.periode.van || (v.periode.tm !== null && dag.datum > v.periode.tm))
      errors.push({ field: `dag-${i}-datum`, text: t.verzuimdagBuitenPeriode });
    else if (seen.has(dag.datum)) errors.push({ field: `dag-${i}-datum`, text: t.verzuimdagDubbel });
    if (dag.datum) seen.add(dag.datum);
    const badHour = dag.lesuren.some((u) => !Number.isInteger(u) || u < 1 || u > MAX_LESUUR);
    if (!dag.heleDag && (dag.lesuren.length === 0 || badHour)) errors.push({ field: `dag-${i}-lesuren`, text: t.lesurenLeeg });
  });
  return errors;
}

/** R-MEL-15: at least one action, each from the reference list. */
export function checkActiesSchool(acties: readonly string[], bekend: readonly string[] = ACTIES_SCHOOL): string | null {
  if (acties.length === 0) return t.actieSchoolLeeg;
  if (acties.some((a) => !bekend.includes(a))) return t.actieSchoolOnbekend;
  return null;
}

export interface Inschrijving {
  instellingscode: string;
  begindatum: string;
  einddatum: string | null;
  hoofdinschrijving: boolean;
}

export type LeerlingWeigering =
  | { reden: 'geen_leerling' }
  | { reden: 'buitenland' }
  | { reden: 'niet_ingeschreven' }
  | { reden: 'hoofdinschrijving_elders'; instellingscode: string };

/**
 * R-MEL-1 … R-MEL-4: whether this institution may file a melding for this pupil today, in
 * the manual's order: unknown, abroad, not enrolled here, hoofdinschrijving elsewhere.
 */
export function magMelden(
  leerling: { woontInBuitenland: boolean } | null,
  inschrijvingen: readonly Inschrijving[],
  instellingscode: string,
  vandaag: string,
): LeerlingWeigering | null {
  if (!leerling) return { reden: 'geen_leerling' };
  if (leerling.woontInBuitenland) return { reden: 'buitenland' };
  const current = inschrijvingen.filter((i) => i.begindatum <= vandaag && (i.einddatum === null || i.einddatum >= vandaag));
  const hier = current.filter((i) => i.instellingscode === instellingscode);
  if (hier.length === 0) return { reden: 'niet_ingeschreven' };
  const elders = current.find((i) => i.instellingscode !== instellingscode && i.hoofdinschrijving);
  if (elders && !hier.some((i) => i.hoofdinschrijving)) return { reden: 'hoofdinschrijving_elders', instellingscode: elders.instellingscode };
  return null;
}

/** The message for a refusal of magMelden. */
export function weigeringTekst(w: LeerlingWeigering): string {
  switch (w.reden) {
    case 'geen_leerling':
      return t.geenLeerling;
    case 'buitenland':
      return t.buitenland;
    case 'niet_ingeschreven':
      return t.nietIngeschreven;
    case 'hoofdinschrijving_elders':
      return t.hoofdinschrijvingElders(w.instellingscode);
  }
}

/**
 * R-GEM-1: the gemeente that handles the melding: the pupil's woongemeente, or for RMC
 * verzuim 18+ the contactgemeente of the woongemeente's RMC-regio.
 */
export function behandelendeGemeente(soort: Soort, woongemeente: string, rmcContactgemeente: string | null): string {
  // Without a configured contactgemeente the woongemeente (a member of the regio) receives it.
  if (soort === 'RMC' && rmcContactgemeente) return rmcContactgemeente;
  return woongemeente;
}
