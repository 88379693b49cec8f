import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database';
import { createTestDatabase, testDatabaseKind } from '../../helpers/database';

describe(`database layer on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
  });
  afterAll(async () => h?.close());

  it('a rolled-back transaction leaves nothing behind while another commits at the same time', async () => {
    const { db } = h;
    await db.insertInto('instellingen').values({ instellingscode: '99ZZ', naam: 'Basis' }).execute();
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('instellingen').values({ instellingscode: '98ZZ', naam: 'Teruggedraaid' }).execute();
      await new Promise((r) => setTimeout(r, 20));
      throw new Error('afgebroken');
    });
    const committing = db.transaction().execute(async (trx) => {
      await trx.insertInto('instellingen').values({ instellingscode: '97ZZ', naam: 'Vastgelegd' }).execute();
    });
    const plain = db.insertInto('instellingen').values({ instellingscode: '96ZZ', naam: 'Los' }).execute();
    const results = await Promise.allSettled([failing, committing, plain]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    const codes = await db.selectFrom('instellingen').select('instellingscode').orderBy('instellingscode').execute();
    expect(codes.map((r) => r.instellingscode)).toEqual(['96ZZ', '97ZZ', '99ZZ']);
  });

  it('update and delete report the rows they affected', async () => {
    const { db } = h;
    await db.insertInto('instellingen').values([
      { instellingscode: '10AA', naam: 'A' },
      { instellingscode: '10AB', naam: 'B' },
    ]).execute();
    const upd = await db.updateTable('instellingen').set({ naam: 'X' }).where('instellingscode', 'like', '10A%').executeTakeFirst();
    expect(upd.numUpdatedRows).toBe(2n);
    const none = await db.updateTable('instellingen').set({ naam: 'Y' }).where('instellingscode', '=', '00XX').executeTakeFirst();
    expect(none.numUpdatedRows).toBe(0n);
    const del = await db.deleteFrom('instellingen').where('instellingscode', '=', '10AB').executeTakeFirst();
    expect(del.numDeletedRows).toBe(1n);
  });

  it('both drivers return int8, numeric and date as strings and timestamptz as Date', async () => {
    const { rows } = await sql<{ n: unknown; d: unknown; x: unknown; t: unknown }>`
      select 9007199254740993::int8 as n, '2026-09-01'::date as d, 1.50::numeric as x, now() as t`.execute(h.db);
    expect(rows[0]).toMatchObject({ n: '9007199254740993', d: '2026-09-01', x: '1.50' });
    expect(rows[0]!.t).toBeInstanceOf(Date);
  });

  it('the extensions btree_gist and pg_trgm are available', async () => {
    const { rows } = await sql<{ extname: string }>`select extname from pg_extension order by extname`.execute(h.db);
    expect(rows.map((r) => r.extname)).toEqual(expect.arrayContaining(['btree_gist', 'pg_trgm']));
    const sim = await sql<{ s: number }>`select similarity('Jansen', 'Janssen') as s`.execute(h.db);
    expect(sim.rows[0]!.s).toBeGreaterThan(0.5);
  });

  it('R-PRIV-1 the audit log is append-only: update and delete are refused by the database', async () => {
    const { db } = h;
    await db.insertInto('audit_log').values({ actie: 'test', gebruikersnaam: null, gebruiker_id: null, object_type: null, object_id: null, instellingscode: null, gemeentecode: null, ip: null }).execute();
    await expect(db.updateTable('audit_log').set({ actie: 'anders' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const n = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(n.n).toBe('1');
  });
});
