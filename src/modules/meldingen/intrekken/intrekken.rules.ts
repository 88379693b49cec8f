// The limits of Melding intrekken (R-INT-2, manual §4.2.3), pure: they take the Dutch calendar
// day "today" (kalender.ts vandaagIn of the injected clock) and the melding's begindatum, and
// say whether the reason may be used and, if not, from which day it may.
//
// - "Geen inschrijving": only for meldingen whose begindatum is on or after 1 August of the
//   current school year (a school year runs 1 August – 31 July).
// - "Foutief opgevoerd" / "Onterecht opgevoerd": only when the begindatum is at most one year
//   before today, i.e. begindatum ≥ today minus one year.
//
// "One year back" is the same day and month one year earlier. From 29 February, whose day does
// not exist a year earlier, it is 28 February: the last day of that month, as PostgreSQL's
// `date '2028-02-29' - interval '1 year'` and java.time's minusYears say. So on 29-02-2028 a
// melding beginning 28-02-2027 may still be withdrawn (the widest reading, in the school's
// favour), and on 28-02-2029 and 01-03-2029 the limit is 28-02-2028 and 01-03-2028.
import type { RedenIntrekken } from '../codes';

/** The reasons a school may choose; 'vrijstelling' is the system's own (R-VRIJ-3). */
export const REDENEN_INTREKKEN_SCHOOL = ['geen_inschrijving', 'foutief_opgevoerd', 'onterecht_opgevoerd'] as const satisfies readonly RedenIntrekken[];
export type RedenIntrekkenSchool = (typeof REDENEN_INTREKKEN_SCHOOL)[number];

export const isRedenIntrekkenSchool = (v: string): v is RedenIntrekkenSchool => (REDENEN_INTREKKEN_SCHOOL as readonly string[]).includes(v);

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function delen(iso: string): [number, number, number] {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`expected JJJJ-MM-DD, got ${JSON.stringify(iso)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const iso = (j: number, m: number, d: number) => `${String(j).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The first day (1 August) of the school year `vandaag` falls in.
 * @example schooljaarBegin('2030-07-31') === '2029-08-01'
 * @example schooljaarBegin('2030-08-01') === '2030-08-01'
 */
export function schooljaarBegin(vandaag: string): string {
  const [j, m] = delen(vandaag);
  return iso(m >= 8 ? j : j - 1, 8, 1);
}

/**
 * Today minus one year; 29 February goes to 28 February (see the file header).
 * @example eenJaarTerug('2030-03-16') === '2029-03-16'
 * @example eenJaarTerug('2028-02-29') === '2027-02-28'
 */
export function eenJaarTerug(vandaag: string): string {
  const [j, m, d] = delen(vandaag);
  return m === 2 && d === 29 ? iso(j - 1, 2, 28) : iso(j - 1, m, d);
}

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
  delen(begindatum);
  const vanaf = intrekkenVanaf(reden, vandaag);
  return begindatum >= vanaf ? { ok: true } : { ok: false, reden, vanaf };
}
