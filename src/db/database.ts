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
import { guardedClient } from './guarded-client';
import { preparingClient, StatementNames } from './prepared-statements';
import { DEFAULT_DATABASE_TIMEOUTS, type DatabaseTimeouts } from './timeouts';
import { DatabaseUnavailableError } from './unavailable';
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

/** How much longer than statement_timeout an answer may take: PostgreSQL answers a cancelled statement at once. */
const ANSWER_GRACE_MS = 1_000;

/**
 * Opens PostgreSQL at `url` with a pool of `max` connections; frequent queries are prepared,
 * and every wait for the database is bounded by `timeouts` (timeouts.ts, guarded-client.ts).
 */
export function openPostgres(url: string, max = 10, timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    Client: guardedClient(preparingClient(new StatementNames()), { statementMs: timeouts.statementMs, graceMs: ANSWER_GRACE_MS }),
    // pg-pool uses this for both: opening a connection, and waiting for a free one.
    connectionTimeoutMillis: timeouts.connectMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: timeouts.keepAliveMs,
    // Sent in the startup packet; 0 leaves the server's own setting.
    ...(timeouts.statementMs > 0 ? { statement_timeout: timeouts.statementMs } : {}),
    ...(timeouts.idleInTransactionMs > 0 ? { idle_in_transaction_session_timeout: timeouts.idleInTransactionMs } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        textParsers[oid] ?? (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server ends (a restart, a dropped database: 57P01) is discarded by
  // the pool, which then emits 'error'; without a listener that would end the process.
  pool.on('error', () => {});
  // Not getting a connection at all (refused, not in time, no free one in time) is the
  // database being unavailable, whatever pg calls it.
  const guarded = {
    connect: () =>
      pool.connect().catch((error: unknown) => {
        throw new DatabaseUnavailableError('Geen verbinding met de database', { cause: error });
      }),
    end: () => pool.end(),
  };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: guarded }) });
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
export async function openDatabase(opts: { databaseUrl?: string | undefined; dataDir: string; databaseTimeouts?: DatabaseTimeouts }): Promise<DatabaseHandle> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, undefined, opts.databaseTimeouts) : openPGlite(opts.dataDir);
}
