/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings via day numbers (days since 1970-01-01).
 * Integer maths only: no JS Date, so no time zone can move a birthday by a day, and it is
 * fast enough to run a few million times (Howard Hinnant's civil-from-days algorithms).
 */
import { isValidIsoDate } from '../validation.js';

/**
 * Day number of a civil date; months 1..12.
 * @example dayNumber(1970, 1, 1) // 0
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1..12) and day of a day number. */
export function civil(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * ISO string of a day number.
 * @example isoDate(0) // '1970-01-01'
 */
export function isoDate(days: number): string {
  const { year, month, day } = civil(days);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Day number of an ISO string; throws on an invalid date so a bad peildatum fails fast.
 * @example parseIsoDate('1970-01-02') // 1
 */
export function parseIsoDate(iso: string): number {
  if (!isValidIsoDate(iso)) throw new Error(`Not a valid ISO date (YYYY-MM-DD): ${iso}`);
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * The same month and day `years` earlier; 29 February becomes 28 February in a common year.
 * @example yearsBefore(parseIsoDate('2024-02-29'), 1) // day number of 2023-02-28
 */
export function yearsBefore(days: number, years: number): number {
  const { year, month, day } = civil(days);
  const target = year - years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  return dayNumber(target, month, month === 2 && day === 29 && !leap ? 28 : day);
}

/**
 * Today's date in the Netherlands as ISO, the default peildatum of the generator.
 * @example todayInNetherlands() // '2025-11-28'
 */
export function todayInNetherlands(): string {
  // sv-SE formats as YYYY-MM-DD; the time zone makes "today" Dutch, whatever the server's TZ.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}
