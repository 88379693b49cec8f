// Brings the schema up to date. Kysely's migrator takes a lock, so several app processes
// starting at once migrate once.
import { Migrator, type Kysely } from 'kysely';
import { openPostgres, type DatabaseHandle } from './database';
import { migrations } from './migrations/index';
import { LONG_STATEMENT_MS, type DatabaseTimeouts } from './timeouts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Migratie mislukt${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}

/**
 * Migrates the database the service opened. On PostgreSQL through a connection of its own
 * without the pages' statement timeout: a migration may rebuild an index or check a constraint
 * over a large table, and a second process waits for the migration lock meanwhile. With
 * `migrationDatabaseUrl` that connection is the schema owner's, so the role the service runs as
 * needs no right to change the schema (docs/operations.md, "PostgreSQL").
 */
export async function migrateOpened(
  handle: DatabaseHandle,
  opts: { databaseUrl?: string | undefined; migrationDatabaseUrl?: string | undefined; databaseTimeouts: DatabaseTimeouts },
): Promise<string[]> {
  if (handle.kind === 'pglite' || !opts.databaseUrl) return migrateToLatest(handle.db);
  const own = openPostgres(opts.migrationDatabaseUrl ?? opts.databaseUrl, 1, { ...opts.databaseTimeouts, statementMs: LONG_STATEMENT_MS, idleInTransactionMs: LONG_STATEMENT_MS });
  try {
    return await migrateToLatest(own.db);
  } finally {
    await own.close();
  }
}
