/**
 * Pure checks for registry values (docs/functioneel.md §3): R-REG-1 (PGN: BSN or onderwijsnummer) and
 * R-REG-2 (instelling, vestiging, RIO codes, gemeentecode, postcode), plus ISO dates.
 * No I/O: forms, the import and the generator all call these, so one rule has one home.
 * Messages come from the messages module so the Dutch wording is reviewed in one place.
 */
import { registersMessages as m, type RegistersMessage } from './messages.js';

/** Either the (possibly normalised) value, or a Dutch message for the user. */
export type Check<T> = { ok: true; value: T } | { ok: false; message: RegistersMessage };

export type PgnSoort = 'bsn' | 'onderwijsnummer';

const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const fail = <T>(message: RegistersMessage): Check<T> => ({ ok: false, message });

const NINE_DIGITS = /^\d{9}$/;
const EIGHT_DIGITS = /^\d{8}$/;

/** 9·d1 + 8·d2 + … + 2·d8 over the first 8 digits, mod 11 (charCodeAt: the generator calls this millions of times). */
function prefixSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  return sum % 11;
}

/** The full weighted sum with −1·d9, normalised to 0..10 (JS % keeps the sign). */
function elfproefRest(pgn: string): number {
  return (((prefixSum(pgn) - (pgn.charCodeAt(8) - 48)) % 11) + 11) % 11;
}

/**
 * True when `s` is a BSN: 9 digits, 11-proef rest 0, not 000000000 (R-REG-1).
 * @example isBsn('111222333') // true
 * @example isBsn('111222334') // false
 */
export function isBsn(s: string): boolean {
  return NINE_DIGITS.test(s) && s !== '000000000' && elfproefRest(s) === 0;
}

/**
 * True when `s` is an onderwijsnummer: 9 digits starting with `10`, 11-proef rest 5 (R-REG-1).
 * @example isOnderwijsnummer('101234564') // true
 */
export function isOnderwijsnummer(s: string): boolean {
  return NINE_DIGITS.test(s) && s.startsWith('10') && elfproefRest(s) === 5;
}

/**
 * Classifies a PGN as BSN or onderwijsnummer, or says in Dutch why it is neither (R-REG-1).
 * The two cannot overlap: their weighted sums differ mod 11.
 * @example classifyPgn('111222333') // { ok: true, value: 'bsn' }
 * @example classifyPgn('12345')     // { ok: false, message: 'Het persoonsgebonden nummer moet uit 9 cijfers bestaan.' }
 */
export function classifyPgn(s: string): Check<PgnSoort> {
  if (s.trim() === '') return fail(m.pgnLeeg);
  if (!NINE_DIGITS.test(s)) return fail(m.pgnFormaat);
  if (s === '000000000') return fail(m.pgnNullen);
  const rest = elfproefRest(s);
  if (rest === 0) return ok('bsn');
  if (s.startsWith('10')) return rest === 5 ? ok('onderwijsnummer') : fail(m.bsnOfOnderwijsnummerElfproef);
  return fail(m.bsnElfproef);
}

/**
 * Completes 8 leading digits to a valid BSN, or null when no check digit works (rest 10)
 * or the result would be 000000000. For the synthetic data generator.
 * @example bsnFromPrefix('11122233') // '111222333'
 * @example bsnFromPrefix('10000006') // null (the check digit would have to be 10)
 */
export function bsnFromPrefix(prefix: string): string | null {
  if (!EIGHT_DIGITS.test(prefix) || prefix === '00000000') return null;
  const check = prefixSum(prefix); // S − d9 ≡ 0  ⇒  d9 ≡ S
  return check === 10 ? null : prefix + String(check);
}

/**
 * Completes 8 leading digits (must start with `10`) to a valid onderwijsnummer, or null.
 * @example onderwijsnummerFromPrefix('10123456') // '101234564'
 * @example onderwijsnummerFromPrefix('12345678') // null (does not start with 10)
 */
export function onderwijsnummerFromPrefix(prefix: string): string | null {
  if (!EIGHT_DIGITS.test(prefix) || !prefix.startsWith('10')) return null;
  const check = (prefixSum(prefix) + 6) % 11; // S − d9 ≡ 5  ⇒  d9 ≡ S − 5 ≡ S + 6
  return check === 10 ? null : prefix + String(check);
}

function pattern(re: RegExp, message: RegistersMessage): (s: string) => Check<string> {
  return (s) => (re.test(s) ? ok(s) : fail(message));
}

/**
 * Instellingscode (BRIN): 2 digits + 2 capital letters (R-REG-2).
 * @example validateInstellingscode('00AA') // { ok: true, value: '00AA' }
 */
export const validateInstellingscode = pattern(/^\d{2}[A-Z]{2}$/, m.instellingscode);

/**
 * Vestigingscode: 2 digits, the number of the vestiging within its instelling (R-REG-2).
 * @example validateVestigingscode('01') // { ok: true, value: '01' }
 */
export const validateVestigingscode = pattern(/^\d{2}$/, m.vestigingscode);

/**
 * Onderwijsaanbiedercode (RIO OAC): `999A999` (R-REG-2).
 * @example validateOnderwijsaanbiedercode('110A133') // { ok: true, value: '110A133' }
 */
export const validateOnderwijsaanbiedercode = pattern(/^\d{3}A\d{3}$/, m.onderwijsaanbiedercode);

/**
 * Onderwijslocatiecode (RIO OLC): `999X999` (R-REG-2).
 * @example validateOnderwijslocatiecode('110X912') // { ok: true, value: '110X912' }
 */
export const validateOnderwijslocatiecode = pattern(/^\d{3}X\d{3}$/, m.onderwijslocatiecode);

/**
 * Gemeentecode: the 4-digit CBS code with leading zeros, without `GM` (R-REG-2).
 * @example validateGemeentecode('0363') // { ok: true, value: '0363' }
 */
export const validateGemeentecode = pattern(/^\d{4}$/, m.gemeentecode);

const POSTCODE_INPUT = /^(\d{4}) *([A-Z]{2})$/;

/**
 * Checks a postcode and normalises it for storage as `1234AB` (R-REG-2). Accepts lower case
 * and spaces between digits and letters, because people type it that way.
 * @example normalisePostcode(' 1234 ab ') // { ok: true, value: '1234AB' }
 * @example normalisePostcode('1234SA')    // { ok: false, message: 'Een postcode eindigt niet op SA, SD of SS.' }
 */
export function normalisePostcode(input: string): Check<string> {
  // Already stored form (what a register file holds): the same checks without the copies.
  if (isStoredPostcodeForm(input)) {
    if (input.charCodeAt(0) === 48) return fail(m.postcodeVoorloopnul);
    const letters = input.slice(4);
    return letters === 'SA' || letters === 'SD' || letters === 'SS' ? fail(m.postcodeLetters) : ok(input);
  }
  const s = input.trim().toUpperCase();
  if (s === '') return fail(m.postcodeLeeg);
  const match = POSTCODE_INPUT.exec(s);
  if (!match) return fail(m.postcodeFormaat);
  const [, digits = '', letters = ''] = match;
  if (digits.startsWith('0')) return fail(m.postcodeVoorloopnul);
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return fail(m.postcodeLetters);
  return ok(digits + letters);
}

/** Four ASCII digits and two capitals A–Z, nothing else: `1234AB`. */
function isStoredPostcodeForm(s: string): boolean {
  if (s.length !== 6) return false;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const a = s.charCodeAt(4);
  const b = s.charCodeAt(5);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90;
}

/**
 * Formats a postcode for display as `1234 AB`. A value that is not a valid postcode is
 * returned unchanged, so a screen never hides what is actually stored.
 * @example formatPostcode('1234AB') // '1234 AB'
 */
export function formatPostcode(postcode: string): string {
  const n = normalisePostcode(postcode);
  return n.ok ? `${n.value.slice(0, 4)} ${n.value.slice(4)}` : postcode;
}

/**
 * True for a real calendar date written `YYYY-MM-DD`. Dates stay strings: a JS Date at
 * midnight shifts a day when a time zone gets involved.
 * @example isValidIsoDate('2024-02-29') // true
 * @example isValidIsoDate('2023-02-29') // false
 */
export function isValidIsoDate(s: string): boolean {
  // Digit by digit rather than a regular expression with groups: the import checks two or three
  // million dates per file, and this allocates nothing.
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by the ASCII digits s[from..to), or -1 when one of them is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The same as {@link isValidIsoDate}, with a Dutch message for forms and import reports.
 * @example validateIsoDate('2010-13-01') // { ok: false, message: 'Dit is geen geldige datum in de vorm JJJJ-MM-DD.' }
 */
export function validateIsoDate(s: string): Check<string> {
  return isValidIsoDate(s) ? ok(s) : fail(m.datumFormaat);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
