// Who may do what to a melding in which status (R-RAA-2, R-RAA-5, R-INT-1, R-GEM-3, R-VRIJ-2/3):
// ONE table. The versioned write (versie.ts) refuses anything not in it, and pages read it to
// show only the actions that are allowed, so the rule cannot drift between screen and service.
import type { Status } from './codes';

/** The school (melder), the gemeente behandelaar, or the service itself (the vrijstelling check). */
export type ActorSoort = 'school' | 'gemeente' | 'systeem';

export const ACTIES = [
  'wijzigen',
  'intrekken',
  'in_behandeling_nemen',
  'terugkoppelen',
  'overdragen',
  'afsluiten',
  'ter_kennisgeving_aannemen',
  'routeren',
  'vrijstelling_inkorten',
  'vrijstelling_intrekken',
] as const;
export type Actie = (typeof ACTIES)[number];

/** What a version records as its kind of change: an action, or the melding's creation. */
export type SoortWijziging = Actie | 'aangemaakt';

interface Overgang {
  actor: ActorSoort;
  van: readonly Status[];
  /** The status after the action; 'zelfde' keeps it. */
  naar: Status | 'zelfde';
}

const OPEN = ['R', 'B'] as const satisfies readonly Status[];

/**
 * The transitions. Afgesloten (G), Ter kennisgeving aangenomen (K) and Ingetrokken (I) are
 * final: nothing leads out of them (R-RAA-5). Routeren hands the melding to another gemeente
 * as a new one there, so it is Geregistreerd again (R-GEM-5).
 */
export const OVERGANGEN: Readonly<Record<Actie, Overgang>> = {
  wijzigen: { actor: 'school', van: OPEN, naar: 'zelfde' },
  intrekken: { actor: 'school', van: OPEN, naar: 'I' },
  in_behandeling_nemen: { actor: 'gemeente', van: ['R'], naar: 'B' },
  terugkoppelen: { actor: 'gemeente', van: ['B'], naar: 'zelfde' },
  overdragen: { actor: 'gemeente', van: ['B'], naar: 'zelfde' },
  afsluiten: { actor: 'gemeente', van: OPEN, naar: 'G' },
  ter_kennisgeving_aannemen: { actor: 'gemeente', van: OPEN, naar: 'K' },
  routeren: { actor: 'gemeente', van: OPEN, naar: 'R' },
  vrijstelling_inkorten: { actor: 'systeem', van: OPEN, naar: 'zelfde' },
  vrijstelling_intrekken: { actor: 'systeem', van: OPEN, naar: 'I' },
};

/**
 * The status after `actie` by `actor` on a melding in `status`, or null when not allowed.
 * @example naStatus('gemeente', 'in_behandeling_nemen', 'R') === 'B'
 * @example naStatus('school', 'wijzigen', 'G') === null // R-RAA-5
 */
export function naStatus(actor: ActorSoort, actie: Actie, status: Status): Status | null {
  const o = OVERGANGEN[actie];
  if (o.actor !== actor || !o.van.includes(status)) return null;
  return o.naar === 'zelfde' ? status : o.naar;
}

/** The actions `actor` may take on a melding in `status`, in the table's order (for the pages). */
export function toegestaneActies(actor: ActorSoort, status: Status): Actie[] {
  return ACTIES.filter((a) => naStatus(actor, a, status) !== null);
}
