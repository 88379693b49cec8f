// The fast paths of the register import on PostgreSQL: COPY FROM STDIN (copy.ts) and the
// first load straight into an empty table (direct.ts). A bad file must still be refused with
// the same report as the staging path gives, and leave nothing behind. On PGlite these paths
// are not taken; the COPY text format is checked on both.
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database';
import { copyIn, copyRow, copyValue, supportsCopy } from '../../../src/modules/registers/import/copy';
import { registerImportService, type RegisterImportService } from '../../../src/modules/registers/import/import.service';
import { registerImportMessages as m } from '../../../src/modules/registers/messages';
import { createTestDatabase, testDatabaseKind } from '../../helpers/database';
import { PGN, baseSet, writeSet, type RegisterSet } from './fixtures';

const door = { gebruikerId: null, gebruikersnaam: 'test' };
const handles: DatabaseHandle[] = [];
const cleanups: (() => Promise<void>)[] = [];
let h: DatabaseHandle;
let s: RegisterImportService;

beforeEach(async () => {
  h = await createTestDatabase();
  handles.push(h);
  s = registerImportService({ db: h.db, now: () => new Date('2026-10-01T10:00:00Z') });
});
afterAll(async () => {
  for (const c of cleanups) await c();
  for (const x of handles) await x.close();
});

async function load(set: RegisterSet, only?: (keyof RegisterSet)[]) {
  const files = await writeSet(set, only);
  cleanups.push(files.cleanup);
  return s.importPath(files.dir, { door, peildatum: '2026-10-01' });
}
const byFile = (reports: Awaited<ReturnType<typeof load>>, file: string) => reports.find((r) => r.file === file)!;
const count = async (table: 'leerlingen' | 'inschrijvingen') =>
  Number((await h.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

/** Text that needs every escape of COPY's text format, and some that needs none. */
const AWKWARD = ['tab\there', 'line\nbreak', 'back\\slash', 'cr\r\nlf', '\\N', 'N', '', 'é ñ 😀', '\\\\t'];

describe(`register import fast paths on ${testDatabaseKind}`, () => {
  it('R-REG-3 COPY text: null is \\N, backslash, tab, newline and carriage return are escaped', () => {
    expect(copyRow([7, 'Jan', null, true, false, 12])).toBe('7\tJan\t\\N\tt\tf\t12');
    expect(copyRow([7, 'Jan', 'x'], 1)).toBe('Jan\tx');
    expect(copyValue('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyValue('\\N')).toBe('\\\\N'); // the text "\N" is not a null
    expect(() => copyValue({})).toThrow(TypeError);
  });

  it.runIf(testDatabaseKind === 'postgres')('R-REG-3 COPY FROM STDIN brings any text back unchanged, and a row the table refuses leaves the transaction usable', async () => {
    await h.db.transaction().execute(async (trx) => {
      expect(await supportsCopy(trx)).toBe(true);
      await sql`create temp table t (i int not null check (i > 0), v text) on commit drop`.execute(trx);
      const rows = AWKWARD.map((v, i) => `${copyRow([i + 1, v])}\n`);
      rows.push(`${copyRow([AWKWARD.length + 1, null])}\n`);
      async function* source() {
        // One row split over two chunks: COPY data need not end on a row boundary.
        const all = Buffer.from(rows.join(''));
        yield all.subarray(0, 5);
        yield all.subarray(5);
      }
      expect(await copyIn(trx, 'copy t (i, v) from stdin', source())).toBe(AWKWARD.length + 1);
      const { rows: back } = await sql<{ v: string | null }>`select v from t order by i`.execute(trx);
      expect(back.map((r) => r.v)).toEqual([...AWKWARD, null]);

      await sql`savepoint s`.execute(trx);
      async function* bad() {
        yield Buffer.from('5\tgood\n');
        yield Buffer.from('-1\trefused\n');
      }
      await expect(copyIn(trx, 'copy t (i, v) from stdin', bad())).rejects.toMatchObject({ code: '23514' });
      await sql`rollback to savepoint s`.execute(trx);
      const { rows: n } = await sql<{ n: string }>`select count(*) as n from t`.execute(trx);
      expect(Number(n[0]!.n)).toBe(AWKWARD.length + 1);
    });
  });

  it.runIf(testDatabaseKind === 'pglite')('R-REG-3 PGlite has no COPY from the client: the import knows', async () => {
    await h.db.transaction().execute(async (trx) => expect(await supportsCopy(trx)).toBe(false));
  });

  it('R-REG-3 names with tabs, quotes, backslashes and line breaks arrive exactly as in the file', async () => {
    const set = baseSet();
    set.leerlingen[0]![1] = 'Jan\tPieter \\ "Jr"';
    set.leerlingen[1]![3] = 'El\nAmrani';
    const reports = await load(set, ['gemeenten', 'rmc-regios', 'leerlingen']);
    expect(byFile(reports, 'leerlingen.csv')).toMatchObject({ resultaat: 'geladen', inserted: 5 });
    const names = await h.db.selectFrom('leerlingen').select(['pgn', 'voornamen', 'achternaam']).where('pgn', 'in', [PGN[0], PGN[1]]).orderBy('pgn').execute();
    expect(names).toEqual([
      { pgn: PGN[0], voornamen: 'Jan\tPieter \\ "Jr"', achternaam: 'Linden' },
      { pgn: PGN[1], voornamen: 'Fatima', achternaam: 'El\nAmrani' },
    ]);
  });

  it('R-REG-3 a first load with a duplicate pupil is refused with its line, and the table stays empty', async () => {
    const set = baseSet();
    set.leerlingen.push([...set.leerlingen[1]!]); // line 7 repeats line 3
    const r = byFile(await load(set, ['gemeenten', 'rmc-regios', 'leerlingen']), 'leerlingen.csv');
    expect(r).toMatchObject({ resultaat: 'afgekeurd', inserted: 0, moreErrors: 0 });
    expect(r.errors).toEqual([{ line: 7, column: 'pgn', reason: m.dubbel(3) }]);
    expect(await count('leerlingen')).toBe(0);
  });

  it('R-REG-3 a first load with an unknown gemeente is refused with its line; the keys and indexes are all still there', async () => {
    const indexes = () => sql<{ d: string }>`select indexdef as d from pg_indexes where tablename = 'leerlingen' order by 1`.execute(h.db).then((x) => x.rows);
    const before = await indexes();
    const set = baseSet();
    set.leerlingen[4]![10] = '0999'; // line 6
    const r = byFile(await load(set, ['gemeenten', 'rmc-regios', 'leerlingen']), 'leerlingen.csv');
    expect(r.errors).toEqual([{ line: 6, column: 'woongemeente_code', reason: m.onbekendeGemeente }]);
    expect(await count('leerlingen')).toBe(0);
    expect(await indexes()).toEqual(before);
  });

  it('R-REG-3 a first load of enrolments with two current hoofdinschrijvingen for one pupil is refused, and so is an unknown pupil', async () => {
    await load(baseSet(), ['gemeenten', 'rmc-regios', 'instellingen', 'leerlingen']);
    const twice = baseSet();
    twice.inschrijvingen[4]![5] = 'j'; // line 6: Lotte's second current enrolment also hoofd
    const r = byFile(await load(twice, ['inschrijvingen']), 'inschrijvingen.csv');
    expect(r).toMatchObject({ resultaat: 'afgekeurd', errors: [{ line: 5, column: 'hoofdinschrijving', reason: m.hoofdinschrijving(2) }] });
    const unknown = baseSet();
    unknown.inschrijvingen.push(['111222333', '00AA', '01', '2024-08-01', '', 'j']); // line 9
    expect(byFile(await load(unknown, ['inschrijvingen']), 'inschrijvingen.csv').errors).toEqual([{ line: 9, column: 'pgn', reason: m.onbekendeLeerling }]);
    expect(await count('inschrijvingen')).toBe(0);
    // The good file then loads, and a second time changes nothing.
    expect(byFile(await load(baseSet(), ['inschrijvingen']), 'inschrijvingen.csv')).toMatchObject({ resultaat: 'geladen', inserted: 7 });
    expect(byFile(await load(baseSet(), ['inschrijvingen']), 'inschrijvingen.csv')).toMatchObject({ resultaat: 'geladen', inserted: 0, unchanged: 7 });
  });

  it('R-REG-3 a first load with a bad row in the middle reports every bad row and duplicate, as the staging path does', async () => {
    const set = baseSet();
    set.leerlingen[1]![4] = '2010-02-30'; // line 3
    set.leerlingen.push([...set.leerlingen[2]!]); // line 7 repeats line 4
    const r = byFile(await load(set, ['gemeenten', 'rmc-regios', 'leerlingen']), 'leerlingen.csv');
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([[3, 'geboortedatum'], [7, 'pgn']]);
    expect(await count('leerlingen')).toBe(0);
  });
});
