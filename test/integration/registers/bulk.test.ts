import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database';
import { registerImportService } from '../../../src/modules/registers/import/import.service';
import { createTestDatabase, testDatabaseKind } from '../../helpers/database';
import { baseSet, writeSet } from './fixtures';

/** Keys, indexes and foreign keys of the tables a bulk load rebuilds, and of those referring to them. */
async function schemaOf(h: DatabaseHandle) {
  const { rows: constraints } = await sql<{ d: string }>`
    select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as d from pg_constraint
    where conrelid in ('leerlingen'::regclass, 'inschrijvingen'::regclass) or confrelid in ('leerlingen'::regclass, 'inschrijvingen'::regclass)
    order by 1`.execute(h.db);
  const { rows: indexes } = await sql<{ d: string }>`
    select indexdef as d from pg_indexes where tablename in ('leerlingen', 'inschrijvingen') order by 1`.execute(h.db);
  return [...constraints, ...indexes].map((r) => r.d);
}

describe(`register import, first (bulk) load on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    h = await createTestDatabase();
  });
  afterAll(async () => {
    await cleanup?.();
    await h?.close();
  });

  it('R-REG-3 a first load rebuilds keys, indexes and foreign keys exactly as the schema had them', async () => {
    const before = await schemaOf(h);
    expect(before.join('\n')).toMatch(/inschrijvingen_vestiging/);
    expect(before.join('\n')).toMatch(/meldingen .* REFERENCES leerlingen\(pgn\)/);
    const files = await writeSet(baseSet());
    cleanup = files.cleanup;
    const reports = await registerImportService({ db: h.db }).importPath(files.dir, { door: { gebruikerId: null, gebruikersnaam: 'test' }, peildatum: '2026-10-01' });
    expect(reports.every((r) => r.resultaat === 'geladen')).toBe(true);
    expect(await schemaOf(h)).toEqual(before);
    // The rebuilt foreign key works: an enrolment of an unknown pupil is refused by the database too.
    await expect(
      h.db.insertInto('inschrijvingen').values({ pgn: '111222333', instellingscode: '00AA', vestigingscode: '01', begindatum: '2026-01-01', einddatum: null, hoofdinschrijving: true }).execute(),
    ).rejects.toThrow(/foreign key/);
  });
});
