/**
 * Dates as people type and read them, DD-MM-JJJJ (R-UI-5), and as the system stores them,
 * ISO JJJJ-MM-DD. Pure string work on purpose: a JS Date at midnight shifts a day across time
 * zones and daylight saving, and a calendar date has no time.
 */

const DUTCH = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
/** Eight digits without dashes: a phone's numeric keypad (inputmode=numeric) may have no "-". */
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The browser-side check for DateInput, in line with parseDutchDate's formats. */
export const DUTCH_DATE_PATTERN = '\\d{1,2}-\\d{1,2}-\\d{4}|\\d{8}';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

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
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
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
