// The limits of Melding intrekken (R-INT-2, manual §4.2.3), pure: they take the Dutch calendar
// day "today" (platform/datum.ts vandaagIn of the injected clock) and the melding's begindatum, and
// say whether the reason may be used and, if not, from which day it may.
//
// - "Geen inschrijving": only for meldingen whose begindatum is on or after 1 August of the
//   current school year (a school year runs 1 August – 31 July).
// - "Foutief opgevoerd" / "Onterecht opgevoerd": only when the begindatum is at most one year
//   before today, i.e. begindatum ≥ today minus one year.
//
// "One year back" is the same day and month one year earlier (platform/datum.ts eenJaarTerug,
// with the school year's schooljaarBegin). From 29 February, whose day does not exist a year
// earlier, it is 28 February, as PostgreSQL and java.time say. So on 29-02-2028 a
// melding beginning 28-02-2027 may still be withdrawn (the widest reading, in the school's
// favour), and on 28-02-2029 and 01-03-2029 the limit is 28-02-2028 and 01-03-2028.
import { eenJaarTerug, isoDelen, schooljaarBegin } from '../../../platform/datum';
import type { RedenIntrekken } from '../codes';

/** The reasons a school may choose; 'vrijstelling' is the system's own (R-VRIJ-3). */
export const REDENEN_INTREKKEN_SCHOOL = ['geen_inschrijving', 'foutief_opgevoerd', 'onterecht_opgevoerd'] as const satisfies readonly RedenIntrekken[];
export type RedenIntrekkenSchool = (typeof REDENEN_INTREKKEN_SCHOOL)[number];

export const isRedenIntrekkenSchool = (v: string): v is RedenIntrekkenSchool => (REDENEN_INTREKKEN_SCHOOL as readonly string[]).includes(v);

/** The earliest begindatum for which `reden` may be used today. */
export function intrekkenVanaf(reden: RedenIntrekkenSchool, vandaag: string): string {
  return reden === 'geen_inschrijving' ? schooljaarBegin(vandaag) : eenJaarTerug(vandaag);
}

export type IntrekkenToets = { ok: true } | { ok: false; reden: RedenIntrekkenSchool; vanaf: string };

/**
 * R-INT-2: may a melding with this begindatum be withdrawn with this reason today?
 * ISO dates compare as strings.
 * @example magIntrekken('geen_inschrijving', '2029-07-31', '2030-03-16') // { ok: false, reden: 'geen_inschrijving', vanaf: '2029-08-01' }
 */
export function magIntrekken(reden: RedenIntrekkenSchool, begindatum: string, vandaag: string): IntrekkenToets {
  isoDelen(begindatum);
  const vanaf = intrekkenVanaf(reden, vandaag);
  return begindatum >= vanaf ? { ok: true } : { ok: false, reden, vanaf };
}
