// What the import must refuse or survive beyond bad rows (R-REG-3): bytes that are not UTF-8
// text, a file that would end a large share of a register, and bookkeeping that always ends.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database';
import { csvLine } from '../../../src/modules/registers/generator/csv';
import { registerImportService, type RegisterImportService } from '../../../src/modules/registers/import/import.service';
import { kindOf } from '../../../src/modules/registers/import/kinds';
import { registerImportMessages as m } from '../../../src/modules/registers/messages';
import { createTestDatabase, testDatabaseKind } from '../../helpers/database';
import { baseSet, writeSet } from './fixtures';
import { GEMEENTEN_COLUMNS } from '../../../src/modules/registers/generator/registries';

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

/** Writes `content` as a file in a fresh directory and imports it as `soort`. */
async function importBytes(soort: Parameters<typeof kindOf>[0], content: Buffer | string, name = `${soort}.csv`) {
  const files = await writeSet(baseSet(), []);
  cleanups.push(files.cleanup);
  const p = path.join(files.dir, name);
  await writeFile(p, content);
  return s.importFiles([{ kind: kindOf(soort), path: p, name }], { door, peildatum: '2026-10-01' });
}
const bookkeeping = (id: string) => h.db.selectFrom('register_imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** The gemeenten and RMC-regio's of the base set, loaded as the CLI does. */
async function loadBase() {
  const files = await writeSet(baseSet(), ['rmc-regios', 'gemeenten']);
  cleanups.push(files.cleanup);
  const reports = await s.importPath(files.dir, { door, peildatum: '2026-10-01' });
  expect(reports.map((r) => r.resultaat)).toEqual(['geladen', 'geladen']);
}
const gemeenten = () => h.db.selectFrom('gemeenten').selectAll().orderBy('gemeentecode').execute();

describe(`import safety on ${testDatabaseKind}`, () => {
  it('R-REG-3 security a binary file (an .xlsx) as gemeenten ends as Afgekeurd with its bookkeeping, never Bezig', async () => {
    await loadBase();
    // The start of an .xlsx (a zip archive): control characters and NUL bytes in the "header".
    const xlsx = Buffer.from([
      0x50, 0x4b, 3, 4, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0, 0x62, 0xee, 0x9d, 0x68, 0x5e, 1, 0, 0, 0x90, 4, 0, 0, 0x13, 0, 8, 2,
      ...Buffer.from('[Content_Types].xml'), 0x20, 0xa2, 4, 2, 0x28, 0xa0, 0, 2, ...new Array<number>(40).fill(0),
    ]);
    const before = await gemeenten();
    const [r] = await importBytes('gemeenten', xlsx, 'gemeenten.xlsx');
    expect(r!.resultaat).toBe('afgekeurd');
    // The first NUL: the 6th byte, in the first field of the header.
    expect(r!.errors).toEqual([{ line: 1, column: 'gemeentecode', reason: m.geenUtf8(0, 6) }]);
    const b = await bookkeeping(r!.importId);
    expect(b).toMatchObject({ resultaat: 'afgekeurd', fouten: r!.errors, rijen: 0 });
    expect(b.beeindigd_op).not.toBeNull();
    expect(b.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await gemeenten()).toEqual(before);
  });

  it('R-REG-3 invalid UTF-8 (a Latin-1 é) is refused with its line, column and character; nothing is loaded', async () => {
    await loadBase();
    const set = baseSet();
    set.gemeenten[1]![1] = 'Utr\u00e9cht';
    const bytes = Buffer.from([GEMEENTEN_COLUMNS, ...set.gemeenten].map(csvLine).join(''), 'latin1');
    const before = await gemeenten();
    const [r] = await importBytes('gemeenten', bytes);
    expect(r).toMatchObject({ resultaat: 'afgekeurd', errors: [{ line: 3, column: 'naam', reason: m.geenUtf8(0xe9, 9) }] });
    expect((await bookkeeping(r!.importId)).resultaat).toBe('afgekeurd');
    expect(await gemeenten()).toEqual(before);
    // The same name in UTF-8 loads.
    const good = Buffer.from([GEMEENTEN_COLUMNS, ...set.gemeenten].map(csvLine).join(''), 'utf8');
    const [ok] = await importBytes('gemeenten', good);
    expect(ok).toMatchObject({ resultaat: 'geladen', updated: 1 });
    expect((await gemeenten())[1]!.naam).toBe('Utr\u00e9cht');
  });

  it('R-REG-3 every import ends as Afgekeurd or Mislukt, also when the database refuses its report or its result', async () => {
    await loadBase();
    // A real database failure, not a stand-in: a trigger refuses the report of this bad row,
    // and any 'geladen' result (the bookkeeping of a good file, inside its transaction).
    await sql`create function weiger_verslag() returns trigger language plpgsql as $$
      begin
        if new.fouten::text like '%Vul M of V in%' or new.resultaat = 'geladen' then raise exception 'verslag geweigerd'; end if;
        return new;
      end $$`.execute(h.db);
    await sql`create trigger weiger_verslag before update on register_imports for each row execute function weiger_verslag()`.execute(h.db);
    const set = baseSet();
    set.leerlingen[1]![5] = 'X';
    const files = await writeSet(set, ['leerlingen']);
    cleanups.push(files.cleanup);
    const [refused] = await s.importPath(files.file('leerlingen'), { door });
    expect(refused!.resultaat).toBe('afgekeurd');
    expect(await bookkeeping(refused!.importId)).toMatchObject({ resultaat: 'afgekeurd', fouten: [{ line: 0, column: '', reason: m.verslagNietOpgeslagen }] });

    const good = await writeSet(baseSet(), ['leerlingen']);
    cleanups.push(good.cleanup);
    await expect(s.importPath(good.file('leerlingen'), { door })).rejects.toThrow(/verslag geweigerd/);
    const rows = await h.db.selectFrom('register_imports').select(['soort', 'resultaat', 'fouten']).where('soort', '=', 'leerlingen').orderBy('id').execute();
    expect(rows.map((r) => r.resultaat)).toEqual(['afgekeurd', 'mislukt']);
    expect(rows[1]!.fouten).toEqual([{ line: 0, column: '', reason: m.technischeFout }]);
    expect(await h.db.selectFrom('leerlingen').select('pgn').execute()).toEqual([]);
    expect(await h.db.selectFrom('register_imports').select('id').where('resultaat', '=', 'bezig').execute()).toEqual([]);
  });

  it('R-REG-3 security a file that ends more than 10 % of a register is refused before anything is written, unless that exact file and count are confirmed', async () => {
    // 23 gemeenten: ending 2 (8.7 %) loads, ending 3 (13 %) needs a confirmation.
    const set = baseSet();
    for (let i = 0; i < 20; i++) set.gemeenten.push([`01${String(i).padStart(2, '0')}`, `Gemeente ${i}`, 'Utrecht', `leerplicht@g${i}.nl.example`, '02']);
    const files = await writeSet(set, ['rmc-regios', 'gemeenten']);
    cleanups.push(files.cleanup);
    await s.importPath(files.dir, { door });
    const write = async (rows: string[][]) => {
      const dir = await writeSet({ ...set, gemeenten: rows }, ['gemeenten']);
      cleanups.push(dir.cleanup);
      return dir.file('gemeenten');
    };
    const load = async (file: string, bevestigBeeindigen?: true | { sha256: string; aantal: number }) =>
      (await s.importPath(file, { door, peildatum: '2026-10-01', bevestigBeeindigen }))[0]!;

    const twee = await load(await write(set.gemeenten.slice(0, 21)));
    expect(twee).toMatchObject({ resultaat: 'geladen', ended: 2 });
    expect(twee.massEnd).toBeUndefined();

    // Three more gone (of 21 current), and a changed name: nothing of it is written.
    const rows = set.gemeenten.slice(0, 18).map((r, i) => (i === 0 ? [r[0]!, 'Stad Groningen', ...r.slice(2)] : r));
    const file = await write(rows);
    const before = await gemeenten();
    const refused = await load(file);
    expect(refused).toMatchObject({ resultaat: 'afgekeurd', ended: 0, errors: [{ line: 0, column: '', reason: m.teVeelBeeindigd(3, 21, 15, 10) }] });
    expect(refused.massEnd).toMatchObject({ ending: 3, current: 21 });
    expect(refused.massEnd!.sha256).toBe((await bookkeeping(refused.importId)).sha256);
    expect(await gemeenten()).toEqual(before);
    expect((await bookkeeping(refused.importId)).resultaat).toBe('afgekeurd');

    // A confirmation names the file (its SHA-256) and the count: another file or count is not confirmed.
    const other = await write([...rows, ['0999', 'Anders', 'Utrecht', 'x@y.nl.example', '02']]);
    expect((await load(other, { sha256: refused.massEnd!.sha256, aantal: 3 })).resultaat).toBe('afgekeurd');
    expect((await load(file, { sha256: refused.massEnd!.sha256, aantal: 4 })).resultaat).toBe('afgekeurd');
    expect(await gemeenten()).toEqual(before);
    const loaded = await load(file, { sha256: refused.massEnd!.sha256, aantal: 3 });
    expect(loaded).toMatchObject({ resultaat: 'geladen', ended: 3, updated: 1 });
    expect((await gemeenten()).filter((g) => g.vervallen_op === null)).toHaveLength(18);
  });

  it('R-REG-3 security a gemeenten.csv with only its header row ends nothing without confirmation; with it, every gemeente ends', async () => {
    await loadBase();
    const before = await gemeenten();
    const [r] = await importBytes('gemeenten', `${GEMEENTEN_COLUMNS.join(',')}\n`);
    expect(r).toMatchObject({ resultaat: 'afgekeurd', rows: 0, massEnd: { ending: 3, current: 3 } });
    expect(await gemeenten()).toEqual(before);
    const files = await writeSet({ ...baseSet(), gemeenten: [] }, ['gemeenten']);
    cleanups.push(files.cleanup);
    const [ok] = await s.importPath(files.file('gemeenten'), { door, peildatum: '2026-10-01', bevestigBeeindigen: true });
    expect(ok).toMatchObject({ resultaat: 'geladen', ended: 3 });
    expect((await gemeenten()).every((g) => g.vervallen_op === '2026-10-01')).toBe(true);
  });
});
