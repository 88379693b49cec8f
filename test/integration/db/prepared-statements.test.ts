import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database';
import { PREPARE_AFTER } from '../../../src/db/prepared-statements';
import { createTestDatabase, testDatabaseKind } from '../../helpers/database';

// The pool of openPostgres prepares a query text once it is used often (issue 5's speed goal):
// the statement then lives in its connection, and the results are those of the unprepared query.
describe.skipIf(testDatabaseKind === 'pglite')('prepared statements on PostgreSQL', () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
  });
  afterAll(async () => h?.close());

  it('a query with parameters used often is prepared in its connection and answers as before; one without parameters never is', async () => {
    await h.db.connection().execute(async (c) => {
      const answers: unknown[] = [];
      for (let i = 0; i < PREPARE_AFTER + 3; i++) {
        answers.push((await sql<{ x: string }>`select ${'een'}::text || ${i}::text as x, 'vast' as y`.execute(c)).rows[0]);
        await sql`select 'zonder parameters' as z`.execute(c);
      }
      expect(answers).toEqual(Array.from({ length: PREPARE_AFTER + 3 }, (_, i) => ({ x: `een${i}`, y: 'vast' })));
      const { rows } = await sql<{ statement: string; generic_plans: string; custom_plans: string }>`
        select statement, generic_plans::text, custom_plans::text from pg_prepared_statements where statement like '%vast%' or statement like '%zonder parameters%'`.execute(c);
      expect(rows.map((r) => r.statement)).toEqual([expect.stringContaining(`'vast' as y`)]);
      // Prepared on its PREPARE_AFTER-th use: that one and the three after it ran prepared.
      expect(Number(rows[0]!.generic_plans) + Number(rows[0]!.custom_plans)).toBe(4);
    });
  });

  it('a table that changes its columns under a prepared statement fails that one query; the pool replaces the connection and the next query sees the new columns', async () => {
    await sql`create table proef_kolommen (id int primary key, naam text)`.execute(h.db);
    await sql`insert into proef_kolommen values (1, 'een')`.execute(h.db);
    const lees = () => h.db.selectFrom('proef_kolommen' as never).selectAll().where('id' as never, '=', 1 as never).execute();
    for (let i = 0; i < PREPARE_AFTER + 1; i++) expect(await lees()).toEqual([{ id: 1, naam: 'een' }]);
    await sql`alter table proef_kolommen add column extra text default 'nieuw'`.execute(h.db);
    const daarna: unknown[] = [];
    for (let i = 0; i < 6; i++) daarna.push(await lees().then((r) => r, (e: { code?: string }) => e.code));
    // At most one failure per pooled connection that held the old statement, then the new columns.
    const fouten = daarna.filter((d) => d === '0A000');
    expect(fouten.length).toBeLessThanOrEqual(2);
    expect(daarna.at(-1)).toEqual([{ id: 1, naam: 'een', extra: 'nieuw' }]);
    expect(daarna.slice(fouten.length)).toEqual(Array.from({ length: 6 - fouten.length }, () => [{ id: 1, naam: 'een', extra: 'nieuw' }]));
  });
});
