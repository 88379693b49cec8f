import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database';
import { registerImportService, type RegisterImportService } from '../../../src/modules/registers/import/import.service';
import { kindOf } from '../../../src/modules/registers/import/kinds';
import { registerImportMessages as m, registersMessages } from '../../../src/modules/registers/messages';
import { createTestDatabase, testDatabaseKind } from '../../helpers/database';
import { PGN, baseSet, writeSet, type RegisterSet } from './fixtures';

const door = { gebruikerId: null, gebruikersnaam: 'test' };
const handles: DatabaseHandle[] = [];
let h: DatabaseHandle;
let s: RegisterImportService;
const cleanups: (() => Promise<void>)[] = [];

beforeEach(async () => {
  h = await createTestDatabase();
  handles.push(h);
  s = registerImportService({ db: h.db, now: () => new Date('2026-10-01T10:00:00Z') });
});
afterAll(async () => {
  for (const c of cleanups) await c();
  for (const x of handles) await x.close();
});

async function load(set: RegisterSet, opts: { peildatum?: string; only?: (keyof RegisterSet)[]; bevestigBeeindigen?: true } = {}) {
  const files = await writeSet(set, opts.only);
  cleanups.push(files.cleanup);
  return s.importPath(files.dir, { door, peildatum: opts.peildatum ?? '2026-10-01', bevestigBeeindigen: opts.bevestigBeeindigen });
}
const byFile = (reports: Awaited<ReturnType<typeof load>>, file: string) => reports.find((r) => r.file === file)!;
const leerlingen = () => h.db.selectFrom('leerlingen').selectAll().orderBy('pgn').execute();
const inschrijvingen = () => h.db.selectFrom('inschrijvingen').selectAll().orderBy('pgn').orderBy('begindatum').orderBy('instellingscode').execute();

/** Everything the import writes to, for "nothing changed" comparisons. */
async function snapshot() {
  const t = (table: 'rmc_regios' | 'gemeenten' | 'instellingen' | 'vestigingen' | 'onderwijsaanbieders' | 'onderwijslocaties') =>
    h.db.selectFrom(table).selectAll().execute().then((rows) => rows.map((r) => JSON.stringify(r)).sort());
  return {
    rmc: await t('rmc_regios'), gemeenten: await t('gemeenten'), instellingen: await t('instellingen'), vestigingen: await t('vestigingen'),
    aanbieders: await t('onderwijsaanbieders'), locaties: await t('onderwijslocaties'), leerlingen: await leerlingen(), inschrijvingen: await inschrijvingen(),
  };
}

describe(`register import on ${testDatabaseKind}`, () => {
  it('R-REG-3 a directory loads in dependency order, every file in full', async () => {
    const reports = await load(baseSet());
    expect(reports.map((r) => [r.file, r.resultaat, r.rows, r.inserted])).toEqual([
      ['rmc-regios.csv', 'geladen', 2, 2],
      ['gemeenten.csv', 'geladen', 3, 3],
      ['instellingen.csv', 'geladen', 3, 3],
      ['rio-aanbieders.csv', 'geladen', 2, 2],
      ['rio-locaties.csv', 'geladen', 2, 2],
      ['leerlingen.csv', 'geladen', 5, 5],
      ['inschrijvingen.csv', 'geladen', 7, 7],
    ]);
    const [jan] = await leerlingen();
    expect(jan).toMatchObject({ pgn: PGN[0], voornamen: 'Jan Pieter', voorvoegsel: 'van der', geboortedatum: '2011-03-04', huisnummer: 1, woont_in_buitenland: false, land: null });
    expect((await leerlingen()).find((l) => l.pgn === PGN[3])).toMatchObject({ woont_in_buitenland: true, land: 'België', straat: null, woongemeente_code: null });
    expect(await h.db.selectFrom('instellingen').select(['instellingscode', 'naam']).orderBy('instellingscode').execute()).toEqual([
      { instellingscode: '00AA', naam: 'Noorderlicht College' },
      { instellingscode: '00BB', naam: 'Domstad Lyceum' },
    ]);
    expect(await h.db.selectFrom('rmc_regios').select(['code', 'contactgemeente_code']).orderBy('code').execute()).toEqual([
      { code: '01', contactgemeente_code: '0014' },
      { code: '02', contactgemeente_code: '0344' },
    ]);
  });

  it('R-REG-3 one bad row in the middle: nothing of that file is loaded, the report names line, column and reason', async () => {
    const set = baseSet();
    set.leerlingen[2]![8] = '0123AB'; // line 4: a postcode cannot start with 0
    const reports = await load(set);
    const r = byFile(reports, 'leerlingen.csv');
    expect(r.resultaat).toBe('afgekeurd');
    expect(r.errors).toEqual([{ line: 4, column: 'postcode', reason: registersMessages.postcodeVoorloopnul }]);
    expect(r.inserted).toBe(0);
    expect(await leerlingen()).toEqual([]);
    // The files before it loaded; the enrolments, whose pupils are missing, are refused too.
    expect(byFile(reports, 'gemeenten.csv').resultaat).toBe('geladen');
    expect(byFile(reports, 'inschrijvingen.csv').errors[0]).toMatchObject({ line: 2, column: 'pgn', reason: m.onbekendeLeerling });
    expect(await inschrijvingen()).toEqual([]);
    const bookkeeping = await h.db.selectFrom('register_imports').selectAll().where('id', '=', r.importId).executeTakeFirstOrThrow();
    expect(bookkeeping).toMatchObject({ resultaat: 'afgekeurd', rijen: 5, toegevoegd: null, fouten_meer: 0 });
    expect(bookkeeping.fouten).toEqual(r.errors);
    expect(bookkeeping.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('R-REG-3 importing the same files twice changes nothing the second time', async () => {
    await load(baseSet());
    const before = await snapshot();
    const again = await load(baseSet());
    for (const r of again) expect([r.file, r.resultaat, r.inserted, r.updated, r.ended, r.unchanged]).toEqual([r.file, 'geladen', 0, 0, 0, r.rows]);
    expect(await snapshot()).toEqual(before);
  });

  it('R-REG-3 an enrolment missing from a newer file is ended on the peildatum, not deleted; a pupil is never deleted', async () => {
    await load(baseSet());
    const set = baseSet();
    set.inschrijvingen.splice(0, 1); // Jan's enrolment at 00AA 01
    set.leerlingen.splice(4, 1); // Sem
    // One of six current enrolments is more than a tenth: it needs the confirmation (rules.ts).
    expect(byFile(await load(set, { peildatum: '2026-11-15' }), 'inschrijvingen.csv')).toMatchObject({ resultaat: 'afgekeurd', massEnd: { ending: 1, current: 6 } });
    const reports = await load(set, { peildatum: '2026-11-15', bevestigBeeindigen: true });
    expect(byFile(reports, 'inschrijvingen.csv')).toMatchObject({ ended: 1, inserted: 0, updated: 0, unchanged: 6 });
    expect(byFile(reports, 'leerlingen.csv')).toMatchObject({ ended: 0, unchanged: 4 });
    expect((await inschrijvingen()).find((i) => i.pgn === PGN[0])).toMatchObject({ einddatum: '2026-11-15', begindatum: '2023-08-01' });
    expect(await inschrijvingen()).toHaveLength(7);
    expect((await leerlingen()).map((l) => l.pgn)).toContain(PGN[4]);
    // Once ended, the same file again changes nothing; back in a file, it is current again.
    expect(byFile(await load(set, { peildatum: '2026-11-16' }), 'inschrijvingen.csv')).toMatchObject({ ended: 0, updated: 0 });
    expect(byFile(await load(baseSet()), 'inschrijvingen.csv')).toMatchObject({ updated: 1 });
    expect((await inschrijvingen()).find((i) => i.pgn === PGN[0])?.einddatum).toBeNull();
  });

  it('R-REG-3 a changed address updates that pupil only', async () => {
    await load(baseSet());
    const set = baseSet();
    set.leerlingen[1]!.splice(6, 5, 'Nieuwe Gracht', '40', '3512 ab', 'Utrecht', '0344');
    const r = byFile(await load(set), 'leerlingen.csv');
    expect(r).toMatchObject({ inserted: 0, updated: 1, unchanged: 4, ended: 0 });
    expect((await leerlingen()).find((l) => l.pgn === PGN[1])).toMatchObject({ straat: 'Nieuwe Gracht', huisnummer: 40, postcode: '3512AB' });
  });

  it('R-REG-3 cross-references: an enrolment of an unknown pupil or at an unknown vestiging is a bad row', async () => {
    await load(baseSet());
    const set = baseSet();
    set.inschrijvingen.push(['111222333', '00AA', '01', '2024-08-01', '', 'j']); // line 9: pupil not in leerlingen
    set.inschrijvingen.push([PGN[4], '00BB', '07', '2025-08-01', '', 'n']); // line 10: no vestiging 07
    const r = byFile(await load(set, { only: ['inschrijvingen'] }), 'inschrijvingen.csv');
    expect(r.resultaat).toBe('afgekeurd');
    expect(r.errors).toEqual([
      { line: 9, column: 'pgn', reason: m.onbekendeLeerling },
      { line: 10, column: 'vestigingscode', reason: m.onbekendeVestiging },
    ]);
  });

  it('R-REG-3 a re-run after a refused file loads it correctly', async () => {
    const bad = baseSet();
    bad.leerlingen[3]![11] = 'x';
    const first = byFile(await load(bad), 'leerlingen.csv');
    expect(first.errors).toEqual([{ line: 5, column: 'woont_in_buitenland', reason: m.jaNee }]);
    const reports = await load(baseSet(), { only: ['leerlingen', 'inschrijvingen'] });
    expect(reports.map((r) => [r.file, r.resultaat, r.inserted])).toEqual([
      ['leerlingen.csv', 'geladen', 5],
      ['inschrijvingen.csv', 'geladen', 7],
    ]);
  });

  it('R-REG-3 gemeenten and rmc-regios load together: a bad gemeente refuses both, and says why', async () => {
    const set = baseSet();
    set.gemeenten[2]![4] = '99'; // line 4: unknown regio
    const reports = await load(set, { only: ['gemeenten', 'rmc-regios'] });
    expect(byFile(reports, 'gemeenten.csv').errors).toEqual([{ line: 4, column: 'rmc_regio_code', reason: m.onbekendeRmcRegio }]);
    expect(byFile(reports, 'rmc-regios.csv')).toMatchObject({ resultaat: 'afgekeurd', errors: [{ line: 0, column: '', reason: m.samenAfgekeurd('gemeenten.csv') }] });
    expect(await h.db.selectFrom('rmc_regios').selectAll().execute()).toEqual([]);
  });

  it('R-REG-3 a wrong header, duplicates and a broken row count are reported per line', async () => {
    await load(baseSet(), { only: ['gemeenten', 'rmc-regios', 'instellingen'] });
    const set = baseSet();
    set.instellingen.push(['00AA', '02', 'Dubbel', 'Groningen', '0014']); // line 5 repeats line 3
    set.instellingen.push(['00CC', '01', 'Te kort']); // line 6
    const r = byFile(await load(set, { only: ['instellingen'] }), 'instellingen.csv');
    expect(r.errors).toEqual([
      { line: 5, column: 'instellingscode', reason: m.dubbel(3) },
      { line: 6, column: '', reason: m.aantalVelden(3, 5) },
    ]);
    const files = await writeSet(baseSet(), ['leerlingen']);
    cleanups.push(files.cleanup);
    const wrong = await s.importFiles([{ kind: kindOf('inschrijvingen'), path: files.file('leerlingen'), name: 'verkeerd.csv' }], { door });
    expect(wrong[0]).toMatchObject({ file: 'verkeerd.csv', resultaat: 'afgekeurd', rows: 5 });
    expect(wrong[0]!.errors).toEqual([{ line: 1, column: 'instellingscode', reason: m.kopregel('instellingscode', 'voornamen') }]);
  });

  it('R-REG-3 a report keeps the first 100 bad rows and counts the rest', async () => {
    const set = baseSet();
    for (let i = 0; i < 150; i++) set.leerlingen.push(['12345', 'A', '', 'B', '2010-01-01', 'M', 'S', '1', '9711AB', 'G', '0014', 'n', '', 'n']);
    const r = byFile(await load(set, { only: ['gemeenten', 'rmc-regios', 'leerlingen'] }), 'leerlingen.csv');
    expect(r.errors).toHaveLength(100);
    expect(r.errors[0]).toEqual({ line: 7, column: 'pgn', reason: registersMessages.pgnFormaat });
    expect(r.moreErrors).toBe(50);
  });
});
