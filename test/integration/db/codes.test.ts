import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database';
import { CODE_COLUMNS as CODE_COLUMNS_0010 } from '../../../src/db/migrations/0010_codes_collate_c';
import { CODE_COLUMNS as CODE_COLUMNS_0017 } from '../../../src/db/migrations/0017_wijzigingen';
import { createTestDatabase, testDatabaseKind } from '../../helpers/database';

// Migrations 0010 (codes in the "C" collation) and 0011 (the pgn check in a cheaper form) must
// change nothing but speed: codes sort, join and are checked as before.
describe(`register codes on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
  });
  afterAll(async () => h?.close());

  it('every pgn, instellingscode and vestigingscode column is in the "C" collation, so joins between them compare in one collation', async () => {
    const { rows } = await sql<{ t: string; c: string; coll: string | null }>`
      select table_name as t, column_name as c, collation_name as coll from information_schema.columns
      where table_schema = 'public' and column_name in ('pgn', 'instellingscode', 'vestigingscode') order by 1, 2`.execute(h.db);
    expect(rows.filter((r) => r.coll !== 'C')).toEqual([]);
    const listed = [CODE_COLUMNS_0010, CODE_COLUMNS_0017].flatMap((l) => Object.entries(l)).flatMap(([c, tables]) => tables.map((t) => `${t}.${c}`)).sort();
    expect(rows.map((r) => `${r.t}.${r.c}`).sort()).toEqual(listed);
  });

  it('codes sort as before (digits before capitals, position by position) and join across tables', async () => {
    const codes = ['99ZZ', '00AA', '10AB', '10AA', '09ZZ', '01AZ'];
    for (const c of codes) await sql`insert into instellingen (instellingscode, naam) values (${c}, ${`School ${c}`})`.execute(h.db);
    await sql`insert into gemeenten (gemeentecode, naam, provincie, email_meldingen, rmc_regio_code) values ('0363', 'A', null, 'a@example.org', null)`.execute(h.db);
    for (const c of codes) {
      await sql`insert into vestigingen (instellingscode, vestigingscode, naam, plaats, gemeentecode) values (${c}, '01', 'V', 'P', '0363'), (${c}, '10', 'V', 'P', '0363')`.execute(h.db);
    }
    const { rows } = await sql<{ c: string }>`select instellingscode as c from instellingen order by instellingscode`.execute(h.db);
    expect(rows.map((r) => r.c)).toEqual([...codes].sort());
    const { rows: joined } = await sql<{ c: string; v: string }>`
      select i.instellingscode as c, v.vestigingscode as v from instellingen i join vestigingen v using (instellingscode)
      where i.instellingscode in ('00AA', '10AB') order by 1, 2`.execute(h.db);
    expect(joined).toEqual([
      { c: '00AA', v: '01' },
      { c: '00AA', v: '10' },
      { c: '10AB', v: '01' },
      { c: '10AB', v: '10' },
    ]);
    // A parameter (default collation) still finds the row through the key.
    const { rows: one } = await sql<{ n: string }>`select count(*)::text as n from vestigingen where instellingscode = ${'10AA'} and vestigingscode = ${'10'}`.execute(h.db);
    expect(one[0]?.n).toBe('1');
  });

  it('the pgn check accepts nine digits and refuses everything else, as [0-9]{9} did', async () => {
    const insert = (pgn: string) =>
      sql`insert into leerlingen (pgn, voornamen, achternaam, geboortedatum, geslacht, woont_in_buitenland, land, startkwalificatie)
          values (${pgn}, 'Sanne', 'Dijk', '2011-03-04', 'V', true, 'België', false)`.execute(h.db);
    await expect(insert('123456782')).resolves.toBeDefined();
    await expect(insert('000000001')).resolves.toBeDefined();
    for (const bad of ['', '12345678', '1234567890', '12345678a', 'a23456789', '1234 5678', '12345678\n', '１２３４５６７８９', '١٢٣٤٥٦٧٨٩', '1234567٨']) {
      await expect(insert(bad), JSON.stringify(bad)).rejects.toThrow(/leerlingen_pgn_check/);
    }
  });
});
