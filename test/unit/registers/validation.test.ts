// Registry value checks (docs/functioneel.md §3): exhaustive tables for the cases people actually type,
// and properties for the claims a table cannot cover (every generated number, every typo).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registersMessages as m } from '../../../src/modules/registers/messages.js';
import {
  bsnFromPrefix,
  classifyPgn,
  formatPostcode,
  isBsn,
  isOnderwijsnummer,
  isValidIsoDate,
  normalisePostcode,
  onderwijsnummerFromPrefix,
  validateGemeentecode,
  validateInstellingscode,
  validateIsoDate,
  validateOnderwijsaanbiedercode,
  validateOnderwijslocatiecode,
  validateVestigingscode,
} from '../../../src/modules/registers/validation.js';

const digit = fc.integer({ min: 0, max: 9 });
const prefix8 = fc.array(digit, { minLength: 8, maxLength: 8 }).map((d) => d.join(''));
const onderwijsPrefix = fc.array(digit, { minLength: 6, maxLength: 6 }).map((d) => '10' + d.join(''));
const validBsn = prefix8.map(bsnFromPrefix).filter((s): s is string => s !== null);
const validOnderwijsnummer = onderwijsPrefix.map(onderwijsnummerFromPrefix).filter((s): s is string => s !== null);

/** Replaces the digit at `index` by `(old + delta) mod 10`; delta 1..9 so it always changes. */
function changeDigit(s: string, index: number, delta: number): string {
  const changed = (Number(s[index]) + delta) % 10;
  return s.slice(0, index) + String(changed) + s.slice(index + 1);
}

describe('R-REG-1 PGN: BSN and onderwijsnummer', () => {
  it.each(['123456782', '111222333', '999999990', '100000009', '010000008'])(
    'R-REG-1 a BSN passes the 11-proef: %s',
    (pgn) => {
      expect(isBsn(pgn)).toBe(true);
      expect(classifyPgn(pgn)).toEqual({ ok: true, value: 'bsn' });
    },
  );

  it.each([
    ['123456789', m.bsnElfproef],
    ['111222334', m.bsnElfproef],
    ['200000002', m.bsnElfproef], // passes the onderwijsnummer sum but does not start with 10
    ['101234565', m.bsnOfOnderwijsnummerElfproef],
    ['000000000', m.pgnNullen],
    ['12345678', m.pgnFormaat],
    ['1234567820', m.pgnFormaat],
    ['12345678a', m.pgnFormaat],
    [' 123456782', m.pgnFormaat],
    ['123 456 782', m.pgnFormaat],
    ['１２３４５６７８２', m.pgnFormaat], // full-width digits are not ASCII digits
    ['', m.pgnLeeg],
    ['   ', m.pgnLeeg],
  ])('R-REG-1 %j is refused with a clear message', (pgn, message) => {
    expect(classifyPgn(pgn)).toEqual({ ok: false, message });
    expect(isBsn(pgn)).toBe(false);
  });

  it('R-REG-1 000000000 is refused although its weighted sum is 0', () => {
    expect(isBsn('000000000')).toBe(false);
    expect(classifyPgn('000000000')).toEqual({ ok: false, message: m.pgnNullen });
    expect(bsnFromPrefix('00000000')).toBeNull();
  });

  it.each(['101234564', '100000004', '100000016', '109999995'])(
    'R-REG-1 an onderwijsnummer starts with 10 and passes the variant (rest 5): %s',
    (pgn) => {
      expect(isOnderwijsnummer(pgn)).toBe(true);
      expect(isBsn(pgn)).toBe(false);
      expect(classifyPgn(pgn)).toEqual({ ok: true, value: 'onderwijsnummer' });
    },
  );

  it('R-REG-1 every generated BSN passes the 11-proef and is classified as BSN', () => {
    fc.assert(
      fc.property(validBsn, (pgn) => {
        expect(isBsn(pgn)).toBe(true);
        expect(classifyPgn(pgn)).toEqual({ ok: true, value: 'bsn' });
      }),
      { numRuns: 2000 },
    );
  });

  it('R-REG-1 bsnFromPrefix returns null exactly when no check digit makes a BSN', () => {
    fc.assert(
      fc.property(prefix8, (prefix) => {
        const candidates = [...'0123456789'].map((d) => prefix + d).filter(isBsn);
        expect(candidates.length).toBeLessThanOrEqual(1);
        expect(bsnFromPrefix(prefix)).toBe(candidates[0] ?? null);
      }),
      { numRuns: 2000 },
    );
  });

  it('R-REG-1 changing any one digit of a valid BSN makes it fail the 11-proef', () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (pgn, i, delta) => {
        const typo = changeDigit(pgn, i, delta);
        expect(isBsn(typo)).toBe(false);
        expect(classifyPgn(typo)).not.toEqual({ ok: true, value: 'bsn' });
      }),
      { numRuns: 5000 },
    );
  });

  it('R-REG-1 swapping two different digits of a valid BSN makes it fail the 11-proef', () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), (pgn, i, j) => {
        fc.pre(pgn[i] !== pgn[j]);
        const chars = [...pgn];
        [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
        expect(isBsn(chars.join(''))).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('R-REG-1 every generated onderwijsnummer passes the variant and is never a BSN', () => {
    fc.assert(
      fc.property(validOnderwijsnummer, (pgn) => {
        expect(pgn.startsWith('10')).toBe(true);
        expect(isOnderwijsnummer(pgn)).toBe(true);
        expect(classifyPgn(pgn)).toEqual({ ok: true, value: 'onderwijsnummer' });
      }),
      { numRuns: 2000 },
    );
  });

  it('R-REG-1 changing any one digit after the 10 of an onderwijsnummer makes it fail the variant', () => {
    fc.assert(
      fc.property(validOnderwijsnummer, fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 9 }), (pgn, i, delta) => {
        expect(isOnderwijsnummer(changeDigit(pgn, i, delta))).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('R-REG-1 onderwijsnummerFromPrefix refuses prefixes not starting with 10, and bad input', () => {
    expect(onderwijsnummerFromPrefix('12345678')).toBeNull();
    expect(onderwijsnummerFromPrefix('1012345')).toBeNull();
    expect(onderwijsnummerFromPrefix('10a23456')).toBeNull();
    expect(bsnFromPrefix('1234567')).toBeNull();
    expect(bsnFromPrefix('1234567x')).toBeNull();
  });

  it('R-REG-1 classifyPgn accepts only 9 ASCII digits, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        const result = classifyPgn(s);
        if (result.ok) expect(s).toMatch(/^\d{9}$/);
        else expect(Object.values(m)).toContain(result.message);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('R-REG-2 codes', () => {
  it.each([
    ['instellingscode', validateInstellingscode, ['00AA', '25CL', '99ZZ'], ['00aa', '0AAA', '000A', '00AAA', '00A', 'AA00', ' 00AA', '']],
    ['vestigingscode', validateVestigingscode, ['00', '01', '99'], ['1', '001', 'A1', '00AA00', ' 01', '']],
    ['onderwijsaanbiedercode', validateOnderwijsaanbiedercode, ['110A133', '000A000'], ['110a133', '110X133', '11A133', '110A13', '110A1334', '']],
    ['onderwijslocatiecode', validateOnderwijslocatiecode, ['110X912', '999X999'], ['110x912', '110A912', '110X91', 'X110912', '']],
    ['gemeentecode', validateGemeentecode, ['0363', '0014', '1992'], ['363', 'GM0363', '03630', '036A', '']],
  ] as const)('R-REG-2 %s accepts the documented format and refuses others', (_name, validate, good, bad) => {
    for (const s of good) expect(validate(s), s).toEqual({ ok: true, value: s });
    for (const s of bad) expect(validate(s).ok, JSON.stringify(s)).toBe(false);
  });

  it.each([
    [validateInstellingscode, 'x', m.instellingscode],
    [validateVestigingscode, 'x', m.vestigingscode],
    [validateOnderwijsaanbiedercode, 'x', m.onderwijsaanbiedercode],
    [validateOnderwijslocatiecode, 'x', m.onderwijslocatiecode],
    [validateGemeentecode, 'x', m.gemeentecode],
  ])('R-REG-2 a refused code gets its own Dutch message (%#)', (validate, input, message) => {
    expect(validate(input)).toEqual({ ok: false, message });
  });
});

describe('R-REG-2 postcode', () => {
  it.each([
    ['1234AB', '1234AB', '1234 AB'],
    ['1234 AB', '1234AB', '1234 AB'],
    ['1234ab', '1234AB', '1234 AB'],
    ['1234 ab', '1234AB', '1234 AB'],
    [' 9999 zz ', '9999ZZ', '9999 ZZ'],
    ['1000  Aa', '1000AA', '1000 AA'],
    ['1234SB', '1234SB', '1234 SB'],
  ])('R-REG-2 postcode %j is stored as %s and shown as %s', (input, stored, shown) => {
    expect(normalisePostcode(input)).toEqual({ ok: true, value: stored });
    expect(formatPostcode(input)).toBe(shown);
  });

  it.each([
    ['1234SA', m.postcodeLetters],
    ['1234 sd', m.postcodeLetters],
    ['1234ss', m.postcodeLetters],
    ['0123AB', m.postcodeVoorloopnul],
    ['0000 AA', m.postcodeVoorloopnul],
    ['123AB', m.postcodeFormaat],
    ['12345AB', m.postcodeFormaat],
    ['1234A', m.postcodeFormaat],
    ['1234-AB', m.postcodeFormaat],
    ['1234 A B', m.postcodeFormaat],
    ['AB1234', m.postcodeFormaat],
    ['1234ÄB', m.postcodeFormaat],
    ['', m.postcodeLeeg],
    ['  ', m.postcodeLeeg],
  ])('R-REG-2 postcode %j is refused', (input, message) => {
    expect(normalisePostcode(input)).toEqual({ ok: false, message });
  });

  it('R-REG-2 a postcode in stored form (the fast path) gets the same answer as with a space before it (the general path)', () => {
    const char = fc.constantFrom('0', '1', '5', '9', 'A', 'D', 'S', 'Z', 'a', 's', ' ', 'Ä', 'ß');
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '9'), minLength: 4, maxLength: 4 });
    const letters = fc.string({ unit: fc.constantFrom('A', 'D', 'S', 'Z', 'a', '@', '['), minLength: 2, maxLength: 2 });
    const storedForm = fc.tuple(digits, letters).map(([d, l]) => d + l);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: char, minLength: 4, maxLength: 7 }), storedForm), (s) => {
        expect(normalisePostcode(s)).toEqual(normalisePostcode(` ${s}`));
      }),
      { numRuns: 5000 },
    );
  });

  it('R-REG-2 formatPostcode shows an invalid stored value unchanged', () => {
    expect(formatPostcode('0123AB')).toBe('0123AB');
    expect(formatPostcode('onbekend')).toBe('onbekend');
  });

  const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const postcode = fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), letter, letter)
    .map(([n, a, b]) => `${n}${a}${b}`)
    .filter((p) => !/S[ADS]$/.test(p));

  it('R-REG-2 postcode normalisation round trip: any spelling → stored → shown → stored', () => {
    fc.assert(
      fc.property(postcode, fc.boolean(), fc.constantFrom('', ' ', '  '), (p, lower, space) => {
        const typed = (lower ? p.toLowerCase() : p).replace(/^(\d{4})/, `$1${space}`);
        const stored = normalisePostcode(typed);
        expect(stored).toEqual({ ok: true, value: p });
        const shown = formatPostcode(p);
        expect(shown).toMatch(/^[1-9]\d{3} [A-Z]{2}$/);
        expect(normalisePostcode(shown)).toEqual({ ok: true, value: p });
      }),
      { numRuns: 2000 },
    );
  });

  it('R-REG-2 postcodes ending in SA, SD or SS are refused for every number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('SA', 'SD', 'SS', 'sa', 'sd', 'ss'), (n, l) => {
        expect(normalisePostcode(`${n}${l}`)).toEqual({ ok: false, message: m.postcodeLetters });
      }),
    );
  });

  it('R-REG-2 postcodes with a leading 0 are refused for every letter pair', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), letter, letter, (n, a, b) => {
        const result = normalisePostcode(`${String(n).padStart(4, '0')}${a}${b}`);
        expect(result.ok).toBe(false);
      }),
    );
  });
});

describe('R-REG-3 ISO calendar dates (geboortedatum, begindatum, einddatum)', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2023-02-29', false],
    ['2024-04-30', true],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-1-01', false],
    ['20240101', false],
    ['2024-01-01T00:00:00Z', false],
    ['01-01-2024', false],
    ['0000-01-01', false],
    ['', false],
  ])('R-REG-3 isValidIsoDate(%j) is %s', (s, expected) => {
    expect(isValidIsoDate(s)).toBe(expected);
    expect(validateIsoDate(s)).toEqual(expected ? { ok: true, value: s } : { ok: false, message: m.datumFormaat });
  });

  it('R-REG-3 isValidIsoDate agrees with the proleptic Gregorian calendar for any y-m-d', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, mo, d) => {
        const s = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        // Date.UTC rolls an impossible day over into the next month; a real date survives the trip.
        const roundTrip = mo >= 1 && mo <= 12 && new Date(Date.UTC(y, mo - 1, d)).toISOString().slice(0, 10) === s;
        expect(isValidIsoDate(s)).toBe(roundTrip);
      }),
      { numRuns: 5000 },
    );
  });
});
