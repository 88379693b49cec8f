import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database';
import { auditInGroups } from '../../../src/platform/audit/audit-groups';
import { createTestDatabase, testDatabaseKind } from '../../helpers/database';

/** Counts the audit INSERTs a Kysely instance sends, and keeps their texts. */
function insertCounter() {
  const counter = { inserts: 0, texts: new Set<string>() };
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      const text = node.kind === 'RawNode' ? node.sqlFragments.join('$') : '';
      if (/insert into audit_log/.test(text)) {
        counter.inserts += 1;
        counter.texts.add(text);
      }
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
    // One statement text for any group size: the pool prepares one statement, not one per size.
    expect(counter.texts.size).toBe(1);
  });

  it('R-PRIV-1: a line in a group keeps every field, details with quotes and accents included', async () => {
    const write = auditInGroups(h.db);
    const details = { criteria: { achternaam: "d'Ónofrio \\ \"x\"" }, gevonden: 3 };
    const entry = { actie: 'groep_velden', gebruikerId: '00000000-0000-4000-8000-000000000001', gebruikersnaam: 'veld', objectType: 'meldingen', objectId: '7', instellingscode: '01OE', gemeentecode: '0363', ip: '10.0.0.1', details };
    await Promise.all([write(entry), write({ ...entry, gebruikersnaam: 'veld-2' })]);
    const rows = (await sql<Record<string, unknown>>`select gebruiker_id, gebruikersnaam, object_type, object_id, instellingscode, gemeentecode, ip, details from audit_log where actie = 'groep_velden' order by gebruikersnaam`.execute(h.db)).rows;
    expect(rows).toEqual(['veld', 'veld-2'].map((gebruikersnaam) => ({ gebruiker_id: entry.gebruikerId, gebruikersnaam, object_type: 'meldingen', object_id: '7', instellingscode: '01OE', gemeentecode: '0363', ip: '10.0.0.1', details })));
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
