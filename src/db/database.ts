// Opens the database: PostgreSQL through a `pg` pool when a URL is given, otherwise PGlite
// (PostgreSQL 18 in WASM) in a data directory. Same schema, same queries, and the same JS
// types from both drivers: int8, numeric and date come back as strings ('2026-09-01'), so a
// calendar date is never shifted by a time zone; timestamptz comes back as a Date.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './lockfile';
import { PGliteDialect } from './pglite-dialect';
import { preparingClient, StatementNames } from './prepared-statements';
import type { Database } from './types';

export type DB = Kysely<Database>;

const OID = { int8: 20, numeric: 1700, date: 1082 } as const;
const asText = (value: string) => value;
/** Parsers shared by both drivers (PGlite takes them per instance, pg per pool). */
export const textParsers: Record<number, (value: string) => string> = {
  [OID.int8]: asText,
  [OID.numeric]: asText,
  [OID.date]: asText,
};

export interface DatabaseHandle {
  db: DB;
  kind: 'postgres' | 'pglite';
  /** The PGlite instance, for tests that clone a database; undefined on PostgreSQL. */
  pglite?: PGlite;
  close(): Promise<void>;
}

export const pgliteExtensions = { btree_gist, pg_trgm };

/** Opens PostgreSQL at `url` with a pool of `max` connections; frequent queries are prepared. */
export function openPostgres(url: string, max = 10): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    Client: preparingClient(new StatementNames()),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        textParsers[oid] ?? (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server ends (a restart, a dropped database: 57P01) is discarded by
  // the pool; without a listener pg re-emits it as an unhandled 'error' and the process dies.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/** Wraps an open PGlite instance (e.g. a clone made by the tests). */
export function wrapPGlite(instance: PGlite, onClose?: () => void): DatabaseHandle {
  const db = new Kysely<Database>({ dialect: new PGliteDialect(instance) });
  return {
    db,
    kind: 'pglite',
    pglite: instance,
    close: async () => {
      try {
        await db.destroy();
      } finally {
        onClose?.();
      }
    },
  };
}

/** Opens (creating if needed) the embedded database in `dataDir`, holding its lock. */
export async function openPGlite(dataDir: string): Promise<DatabaseHandle> {
  const unlock = lockDataDir(dataDir);
  try {
    const instance = await PGlite.create({
      dataDir: path.join(dataDir, 'pgdata'),
      extensions: pgliteExtensions,
      parsers: textParsers,
    });
    return wrapPGlite(instance, unlock);
  } catch (err) {
    unlock();
    throw err;
  }
}

/** Opens the database the configuration names. */
export async function openDatabase(opts: { databaseUrl?: string | undefined; dataDir: string }): Promise<DatabaseHandle> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPGlite(opts.dataDir);
}
