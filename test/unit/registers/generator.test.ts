// The synthetic registry generator, checked by reading its CSV output back and comparing it
// with the reference data read independently (not through the generator's own loader).
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate, parseIsoDate, yearsBefore } from '../../../src/modules/registers/generator/calendar.js';
import { CsvParser, csvLine, readCsvFile, type CsvRecord } from '../../../src/modules/registers/generator/csv.js';
import { generateRegisters, REGISTER_FILES } from '../../../src/modules/registers/generator/generate.js';
import { referenceDataDir } from '../../../src/modules/registers/generator/reference-data.js';
import {
  classifyPgn, isValidIsoDate, normalisePostcode, validateGemeentecode, validateInstellingscode,
  validateOnderwijsaanbiedercode, validateOnderwijslocatiecode, validateVestigingscode,
} from '../../../src/modules/registers/validation.js';

const PUPILS = 2000;
const PEILDATUM = '2025-10-01';
type Rows = Record<string, string>[];

let tmp: string;
let out: string;
const files: Record<keyof typeof REGISTER_FILES, Rows> = {} as never;
const shared = (file: string) => readCsvFile(path.join(referenceDataDir(), file));

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'registers-'));
  out = path.join(tmp, 'a');
  await generateRegisters({ pupils: PUPILS, seed: 'test', outDir: out, peildatum: PEILDATUM });
  for (const [key, file] of Object.entries(REGISTER_FILES)) files[key as keyof typeof REGISTER_FILES] = await readCsvFile(path.join(out, file));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function ageOn(peildatum: string, geboortedatum: string): number {
  const [py, pm, pd] = peildatum.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = geboortedatum.split('-').map(Number) as [number, number, number];
  return py - by - (pm < bm || (pm === bm && pd < bd) ? 1 : 0);
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

describe('generator output: leerlingen (ROD)', () => {
  it('R-REG-1 every PGN is a valid BSN or onderwijsnummer, unique, with both kinds present', () => {
    const { leerlingen } = files;
    expect(leerlingen).toHaveLength(PUPILS);
    const soorten = leerlingen.map((l) => classifyPgn(l.pgn ?? ''));
    expect(soorten.filter((s) => !s.ok)).toEqual([]);
    expect(new Set(leerlingen.map((l) => l.pgn)).size).toBe(PUPILS);
    const onderwijsnummers = soorten.filter((s) => s.ok && s.value === 'onderwijsnummer').length;
    expect(onderwijsnummers).toBeGreaterThan(PUPILS * 0.01);
    expect(onderwijsnummers).toBeLessThan(PUPILS * 0.06);
  });

  it("R-REG-2 every postcode is valid, stored as 1234AB, and its PC4 lies in the pupil's woongemeente", async () => {
    const pc4s = new Set((await shared('pc4-gemeenten.csv')).map((r) => `${r.pc4}:${r.gemeentecode}`));
    for (const l of files.leerlingen) {
      if (l.woont_in_buitenland === 'j') continue;
      expect(normalisePostcode(l.postcode ?? ''), l.postcode).toEqual({ ok: true, value: l.postcode });
      expect(pc4s.has(`${l.postcode?.slice(0, 4)}:${l.woongemeente_code}`), `${l.pgn} ${l.postcode} ${l.woongemeente_code}`).toBe(true);
    }
  });

  it('R-REG-2 a pupil abroad has no Dutch address and a land; everyone else has a full address', () => {
    const abroad = files.leerlingen.filter((l) => l.woont_in_buitenland === 'j');
    for (const l of abroad) expect([l.straat, l.huisnummer, l.postcode, l.plaats, l.woongemeente_code, l.land === '']).toEqual(['', '', '', '', '', false]);
    for (const l of files.leerlingen.filter((x) => x.woont_in_buitenland === 'n')) {
      expect(l.land).toBe('');
      expect(validateGemeentecode(l.woongemeente_code ?? '').ok).toBe(true);
      expect([l.straat, l.huisnummer, l.plaats].every((v) => v !== '')).toBe(true);
    }
    expect(files.leerlingen.every((l) => l.woont_in_buitenland === 'j' || l.woont_in_buitenland === 'n')).toBe(true);
  });

  it('R-REG-3 every geboortedatum is an ISO date, ages 11–23 with most 12–18, and 18+ with and without startkwalificatie', () => {
    const ages = files.leerlingen.map((l) => {
      expect(isValidIsoDate(l.geboortedatum ?? '')).toBe(true);
      return ageOn(PEILDATUM, l.geboortedatum ?? '');
    });
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(11);
    expect(Math.max(...ages)).toBeLessThanOrEqual(23);
    expect(ages.filter((a) => a >= 12 && a <= 18).length).toBeGreaterThan(PUPILS * 0.75);
    const adults = files.leerlingen.filter((l) => ageOn(PEILDATUM, l.geboortedatum ?? '') >= 18);
    expect(new Set(adults.map((l) => l.startkwalificatie))).toEqual(new Set(['j', 'n']));
    expect(files.leerlingen.every((l) => ['M', 'V'].includes(l.geslacht ?? ''))).toBe(true);
  });
});

describe('generator output: inschrijvingen', () => {
  it('R-REG-2 every inschrijving points at a known instelling + vestiging and a known leerling', () => {
    const vestigingen = new Set(files.instellingen.map((i) => `${i.instellingscode}${i.vestigingscode}`));
    const pgns = new Set(files.leerlingen.map((l) => l.pgn));
    for (const i of files.inschrijvingen) {
      expect(vestigingen.has(`${i.instellingscode}${i.vestigingscode}`)).toBe(true);
      expect(pgns.has(i.pgn)).toBe(true);
    }
  });

  it('§3 ROD every leerling has exactly one current hoofdinschrijving; a doorlopende leerroute has two instellingen', () => {
    const perPupil = groupBy(files.inschrijvingen, (i) => i.pgn ?? '');
    expect(perPupil.size).toBe(PUPILS);
    let leerroutes = 0;
    for (const rows of perPupil.values()) {
      const current = rows.filter((r) => r.einddatum === '');
      expect(current.filter((r) => r.hoofdinschrijving === 'j')).toHaveLength(1);
      if (current.length > 1) {
        leerroutes++;
        expect(new Set(current.map((r) => r.instellingscode)).size).toBe(current.length);
      }
    }
    expect(leerroutes).toBeGreaterThan(PUPILS * 0.005);
    expect(leerroutes).toBeLessThan(PUPILS * 0.05);
  });

  it('R-REG-3 dates are ISO, an ended inschrijving ends before the next begins, nothing starts after the peildatum', () => {
    let ended = 0;
    for (const rows of groupBy(files.inschrijvingen, (i) => i.pgn ?? '').values()) {
      for (const r of rows) {
        expect(isValidIsoDate(r.begindatum ?? '')).toBe(true);
        expect((r.begindatum ?? '') <= PEILDATUM).toBe(true);
        if (r.einddatum === '') continue;
        ended++;
        expect(isValidIsoDate(r.einddatum ?? '')).toBe(true);
        expect((r.begindatum ?? '') <= (r.einddatum ?? '')).toBe(true);
        const later = rows.filter((x) => x.einddatum === '');
        expect(later.every((x) => (x.begindatum ?? '') > (r.einddatum ?? ''))).toBe(true);
      }
    }
    expect(ended).toBeGreaterThan(PUPILS * 0.05);
  });

  it('§3 demo data: most pupils go to school in their own gemeente or RMC-regio', () => {
    const gemeenteOf = new Map(files.instellingen.map((i) => [`${i.instellingscode}${i.vestigingscode}`, i.gemeentecode]));
    const regioOf = new Map(files.gemeenten.map((g) => [g.gemeentecode, g.rmc_regio_code]));
    const home = new Map(files.leerlingen.map((l) => [l.pgn, l.woongemeente_code]));
    const current = files.inschrijvingen.filter((i) => i.einddatum === '' && home.get(i.pgn) !== '');
    const near = current.filter((i) => {
      const school = gemeenteOf.get(`${i.instellingscode}${i.vestigingscode}`) ?? '';
      return regioOf.get(school) === regioOf.get(home.get(i.pgn) ?? '');
    });
    expect(near.length / current.length).toBeGreaterThan(0.85);
  });
});

describe('generator output: gemeenten, RMC-regio’s, instellingen, RIO', () => {
  it('R-REG-2 every gemeente has a CBS code, an .example mailbox and an RMC-regio with a contactgemeente', () => {
    const regios = new Map(files.rmcRegios.map((r) => [r.rmc_regio_code, r]));
    const gemeenten = new Map(files.gemeenten.map((g) => [g.gemeentecode, g]));
    expect(files.gemeenten).toHaveLength(342);
    expect(new Set(files.gemeenten.map((g) => g.email_meldingen)).size).toBe(342);
    for (const g of files.gemeenten) {
      expect(validateGemeentecode(g.gemeentecode ?? '').ok).toBe(true);
      expect(g.email_meldingen).toMatch(/^leerplicht@[a-z0-9-]+\.nl\.example$/);
      const regio = regios.get(g.rmc_regio_code);
      expect(regio, g.gemeentecode).toBeDefined();
      expect(gemeenten.get(regio?.contactgemeente_code)?.rmc_regio_code).toBe(g.rmc_regio_code);
    }
  });

  it("R-REG-2 the contactgemeente is the regio's gemeente with the most VO schools, ties to the lowest code", async () => {
    const counts = new Map<string, number>();
    for (const s of await shared('scholen-vo.csv')) counts.set(s.gemeentecode ?? '', (counts.get(s.gemeentecode ?? '') ?? 0) + 1);
    for (const r of files.rmcRegios) {
      const members = files.gemeenten.filter((g) => g.rmc_regio_code === r.rmc_regio_code).map((g) => g.gemeentecode ?? '');
      const best = Math.max(...members.map((c) => counts.get(c) ?? 0));
      const expected = members.filter((c) => (counts.get(c) ?? 0) === best).sort()[0];
      expect(r.contactgemeente_code, r.naam).toBe(expected);
    }
  });

  it('R-REG-2 instellingen and RIO codes have the documented formats, and RIO codes are unique', () => {
    for (const i of files.instellingen) {
      expect(validateInstellingscode(i.instellingscode ?? '').ok).toBe(true);
      expect(validateVestigingscode(i.vestigingscode ?? '').ok).toBe(true);
    }
    const instellingen = new Set(files.instellingen.map((i) => i.instellingscode));
    const aanbieders = groupBy(files.rioAanbieders, (a) => a.instellingscode ?? '');
    expect(new Set(aanbieders.keys())).toEqual(instellingen);
    for (const list of aanbieders.values()) expect(list.length === 1 || list.length === 2).toBe(true);
    expect(files.rioAanbieders.every((a) => validateOnderwijsaanbiedercode(a.onderwijsaanbiedercode ?? '').ok)).toBe(true);
    expect(new Set(files.rioAanbieders.map((a) => a.onderwijsaanbiedercode)).size).toBe(files.rioAanbieders.length);
    expect(files.rioLocaties.every((l) => validateOnderwijslocatiecode(l.onderwijslocatiecode ?? '').ok)).toBe(true);
    expect(files.rioLocaties.every((l) => normalisePostcode(l.postcode ?? '').ok)).toBe(true);
    expect(new Set(files.rioLocaties.map((l) => l.onderwijslocatiecode)).size).toBe(files.rioLocaties.length);
  });
});

describe('generator determinism', () => {
  it('R-REG-3 the same seed gives identical bytes in every file (so re-imports can be compared); another seed other leerlingen', async () => {
    const again = path.join(tmp, 'b');
    const other = path.join(tmp, 'c');
    await generateRegisters({ pupils: PUPILS, seed: 'test', outDir: again, peildatum: PEILDATUM });
    await generateRegisters({ pupils: PUPILS, seed: 'other', outDir: other, peildatum: PEILDATUM });
    const names = (await readdir(out)).sort();
    expect(names).toEqual(Object.values(REGISTER_FILES).sort());
    for (const name of names) expect((await readFile(path.join(again, name))).equals(await readFile(path.join(out, name))), name).toBe(true);
    const [a, c] = await Promise.all([readFile(path.join(out, 'leerlingen.csv')), readFile(path.join(other, 'leerlingen.csv'))]);
    expect(a.equals(c)).toBe(false);
  });
});

describe('CSV reader and writer', () => {
  const parseInChunks = (text: string, cuts: number[]): CsvRecord[] => {
    const parser = new CsvParser();
    const records: CsvRecord[] = [];
    let from = 0;
    for (const cut of [...cuts].sort((x, y) => x - y)) {
      parser.push(text.slice(from, Math.max(from, cut)), records);
      from = Math.max(from, cut);
    }
    parser.push(text.slice(from), records);
    parser.end(records);
    return records;
  };

  it('R-REG-3 any fields survive write then read, however the text is cut into chunks', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', ' ', '1'), maxLength: 6 });
    const rows = fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.array(fc.nat(200)), (data, cuts) => {
        fc.pre(data.every((r) => r.some((f) => f !== ''))); // an all-empty row is a blank line
        const text = data.map(csvLine).join('');
        expect(parseInChunks(text, cuts).map((r) => r.fields)).toEqual(data);
      }),
      { numRuns: 500 },
    );
  });

  it('R-REG-3 records carry the line they start on, also after a quoted line break', () => {
    const records = parseInChunks('a,b\n"x\ny",1\nz,2\n', []);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });
});

describe('generator calendar arithmetic', () => {
  it('R-REG-3 day numbers and ISO dates agree with the UTC calendar, both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const iso = isoDate(day);
        expect(iso).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        expect(parseIsoDate(iso)).toBe(day);
      }),
      { numRuns: 3000 },
    );
  });

  it('R-REG-3 yearsBefore keeps month and day, and turns 29 February into 28 February', () => {
    expect(isoDate(yearsBefore(parseIsoDate('2024-02-29'), 1))).toBe('2023-02-28');
    expect(isoDate(yearsBefore(parseIsoDate('2024-02-29'), 4))).toBe('2020-02-29');
    expect(isoDate(yearsBefore(parseIsoDate('2025-10-01'), 12))).toBe('2013-10-01');
    expect(() => parseIsoDate('2025-02-30')).toThrow();
  });
});
