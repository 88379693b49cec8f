import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database';
import { auditInGroups } from '../../../src/platform/audit/audit-groups';
import { createTestDatabase, testDatabaseKind } from '../../helpers/database';

/** Counts the INSERT statements a Kysely instance sends. */
function insertCounter() {
  const counter = { inserts: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      if (node.kind === 'InsertQueryNode') counter.inserts += 1;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { counter, plugin };
}

const lines = async (h: DatabaseHandle, actie: string) =>
  (await sql<{ gebruikersnaam: string }>`select gebruikersnaam from audit_log where actie = ${actie} order by id`.execute(h.db)).rows.map((r) => r.gebruikersnaam);

describe(`audit lines of reading in groups on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
  });
  afterAll(async () => h?.close());

  it('R-PRIV-1: every line is committed when its promise settles; lines that arrive together share INSERTs', async () => {
    const { counter, plugin } = insertCounter();
    const write = auditInGroups(h.db.withPlugin(plugin));
    const names = Array.from({ length: 30 }, (_, i) => `lezer-${i}`);
    await Promise.all(names.map((n) => write({ actie: 'groep_test', gebruikersnaam: n, details: { n } })));
    expect((await lines(h, 'groep_test')).sort()).toEqual([...names].sort());
    // The first goes at once; the 29 that came while it was under way go in one more INSERT.
    expect(counter.inserts).toBe(2);
    // Alone, a line is written at once, by itself.
    await write({ actie: 'groep_test_alleen', gebruikersnaam: 'een' });
    expect(await lines(h, 'groep_test_alleen')).toEqual(['een']);
    expect(counter.inserts).toBe(3);
  });

  it('R-PRIV-1: a line the database refuses fails only its own request; the others in its group are kept', async () => {
    const write = auditInGroups(h.db);
    const first = write({ actie: 'groep_fout', gebruikersnaam: 'eerste' });
    const results = await Promise.allSettled([
      write({ actie: 'groep_fout', gebruikersnaam: 'goed-1' }),
      write({ actie: 'groep_fout', gebruikersnaam: 'fout', gebruikerId: 'geen-uuid' }),
      write({ actie: 'groep_fout', gebruikersnaam: 'goed-2' }),
    ]);
    await first;
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await lines(h, 'groep_fout')).sort()).toEqual(['eerste', 'goed-1', 'goed-2']);
  });
});
