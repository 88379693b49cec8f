// THE date module: calendar days and moments as the service means them, and nothing of any
// domain. Every date decision and every date shown goes through here (issue 15 item 5).
//
// - Calendar days are ISO strings, JJJJ-MM-DD: they compare as dates, and pure string/UTC
//   arithmetic never shifts them (a JS Date at midnight shifts a day across time zones and
//   daylight saving, and a calendar date has no time).
// - "Today" is a Dutch day: taken in Europe/Amsterdam, whatever time zone the server runs in.
// - People type and read DD-MM-JJJJ (R-UI-5); a moment reads DD-MM-JJJJ HH:MM[:SS] in Dutch time.
// - A period is a run of calendar days, both ends inclusive, open-ended when `tm` is null: the
//   same as PostgreSQL's daterange(van, tm, '[]') that the exclusion constraints use.
// - The school year (1 August – 31 July) is here too. It is the Dutch school year of the
//   education laws (WVO, Leerplichtwet), a fact of the calendar this service lives in like its
//   time zone, not a rule of one module: Intrekken's limit (R-INT-2) and the register generator
//   both use it, and a second copy would be free to drift.

// ---------------------------------------------------------------------------------------------
// ISO calendar days.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Year, month, day of an ISO date; throws on anything else (a wrong value is a bug to see). */
export function isoDelen(iso: string): [number, number, number] {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`expected JJJJ-MM-DD, got ${JSON.stringify(iso)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** An ISO date from its parts (not checked: the callers build real days). */
export const isoDatum = (jaar: number, maand: number, dag: number): string => `${pad(jaar, 4)}-${pad(maand, 2)}-${pad(dag, 2)}`;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The day before an ISO date, as ISO.
 * @example dagErvoor('2030-03-01') === '2030-02-28'
 */
export function dagErvoor(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The same day and month one year earlier. From 29 February, whose day does not exist a year
 * earlier, it is 28 February: the last day of that month, as PostgreSQL's
 * `date '2028-02-29' - interval '1 year'` and java.time's minusYears say.
 * @example eenJaarTerug('2030-03-16') === '2029-03-16'
 * @example eenJaarTerug('2028-02-29') === '2027-02-28'
 */
export function eenJaarTerug(iso: string): string {
  const [j, m, d] = isoDelen(iso);
  return m === 2 && d === 29 ? isoDatum(j - 1, 2, 28) : isoDatum(j - 1, m, d);
}

/**
 * The first day (1 August) of the school year `datum` falls in (see the file header).
 * @example schooljaarBegin('2030-07-31') === '2029-08-01'
 * @example schooljaarBegin('2030-08-01') === '2030-08-01'
 */
export function schooljaarBegin(datum: string): string {
  const [j, m] = isoDelen(datum);
  return isoDatum(m >= 8 ? j : j - 1, 8, 1);
}

// ---------------------------------------------------------------------------------------------
// Periods.

/** A period of calendar days, both ends inclusive; `tm` null means still going on (open-ended). ISO dates. */
export interface Periode {
  van: string;
  tm: string | null;
}

/**
 * Whether two periods share at least one day; an open end runs on forever. The comparison of
 * daterange(van, tm, '[]') && daterange(…) in the exclusion constraints, and the only one in
 * the code (R-MEL-8 between meldingen, R-VRIJ-2/3 between a melding and a vrijstelling).
 * @example overlapt({ van: '2026-09-01', tm: '2026-09-10' }, { van: '2026-09-10', tm: null }) // true
 */
export function overlapt(a: Periode, b: Periode): boolean {
  return (a.tm === null || b.van <= a.tm) && (b.tm === null || a.van <= b.tm);
}

// ---------------------------------------------------------------------------------------------
// Today, in Dutch time.

const DAG = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The Dutch calendar date of a moment, as ISO: "today" (R-MEL-7: van not in the future,
 * R-MEL-1..4: enrolled today) and the year of a melding number are taken this way.
 * @example vandaagIn(new Date('2026-08-31T22:30:00Z')) === '2026-09-01' // already 00:30 in Amsterdam
 */
export function vandaagIn(moment: Date): string {
  return DAG.format(moment);
}

/** A moment plus whole days (drafts are kept 7 days from the last change, R-MEL-20). */
export function plusDagen(moment: Date, dagen: number): Date {
  return new Date(moment.getTime() + dagen * 24 * 60 * 60 * 1000);
}

// ---------------------------------------------------------------------------------------------
// Dates as people type and read them (R-UI-5).

const DUTCH = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
/** Eight digits without dashes: a phone's numeric keypad (inputmode=numeric) may have no "-". */
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;

/** The browser-side check for DateInput, in line with parseDutchDate's formats. */
export const DUTCH_DATE_PATTERN = '\\d{1,2}-\\d{1,2}-\\d{4}|\\d{8}';

/**
 * A typed Dutch date to ISO, or null when it is no real calendar date.
 * Accepts DD-MM-JJJJ, D-M-JJJJ and DDMMJJJJ; spaces around it are ignored.
 * @example parseDutchDate('29-02-2024') === '2024-02-29'; parseDutchDate('31-04-2026') === null
 */
export function parseDutchDate(input: string): string | null {
  const text = input.trim();
  const m = DUTCH.exec(text) ?? DIGITS_ONLY.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDatum(year, month, day);
}

/**
 * An ISO date (JJJJ-MM-DD) as shown to people, DD-MM-JJJJ.
 * Throws on anything else: a wrong value in a page is a bug to see, not to hide.
 * @example formatDutchDate('2026-08-31') === '31-08-2026'
 */
export function formatDutchDate(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`formatDutchDate expects JJJJ-MM-DD, got ${JSON.stringify(iso)}`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}

// ---------------------------------------------------------------------------------------------
// Moments as people read them: DD-MM-JJJJ HH:MM[:SS] in Dutch time.
//
// Intl's formatToParts costs several microseconds a call, and a list page formats a moment on
// every row (issue 5's speed goal). Dutch time is UTC plus one or two hours, and it changes
// only on a whole UTC hour, so Intl is asked once per UTC hour for that hour's offset; the
// digits are then plain arithmetic. The property test checks this against Intl itself.

const OFFSET = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  timeZoneName: 'longOffset',
});
const HOUR_MS = 3_600_000;
const offsets = new Map<number, number>();

/** Minutes Dutch time is ahead of UTC in the UTC hour holding `ms` ("GMT+01:00" → 60). */
function offsetMinutes(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let minutes = offsets.get(hour);
  if (minutes === undefined) {
    const name = OFFSET.formatToParts(new Date(hour * HOUR_MS)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    // Bounded: a long-running server formats moments from many hours.
    if (offsets.size >= 10_000) offsets.clear();
    offsets.set(hour, minutes);
  }
  return minutes;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * @example formatDutchDateTime(new Date('2026-11-28T14:02:10Z')) === '28-11-2026 15:02:10'
 * @example formatDutchDateTime(new Date('2026-11-28T14:02:10Z'), { seconds: false }) === '28-11-2026 15:02'
 */
export function formatDutchDateTime(d: Date | null, opts: { seconds?: boolean } = {}): string {
  if (!d) return '';
  const ms = d.getTime();
  const local = new Date(ms + offsetMinutes(ms) * 60_000);
  const date = `${two(local.getUTCDate())}-${two(local.getUTCMonth() + 1)}-${String(local.getUTCFullYear()).padStart(4, '0')}`;
  const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
  return (opts.seconds ?? true) ? `${date} ${time}:${two(local.getUTCSeconds())}` : `${date} ${time}`;
}
