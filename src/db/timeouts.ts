// How long the service waits for PostgreSQL. Without limits a database that stops answering
// (packets dropped, a failover half done) holds every request, and readiness, for minutes:
// TCP gives up on an unanswered connection only after about a quarter of an hour.
import { sql, type Kysely } from 'kysely';

export interface DatabaseTimeouts {
  /** Opening a connection, and waiting for a free one of the pool (ms). */
  connectMs: number;
  /** PostgreSQL's statement_timeout for every statement (ms); 0: none. */
  statementMs: number;
  /** PostgreSQL's idle_in_transaction_session_timeout (ms); 0: none. */
  idleInTransactionMs: number;
  /** TCP keepalive: the first probe of an idle connection after this long (ms). */
  keepAliveMs: number;
}

// 5 s per statement: a page's statements take milliseconds (the search at national scale has
// its p95 at 20 ms), so one that runs 5 s is a fault or an overloaded database, and a person is
// better served by the 503 page than by a page that does not come. Long work says so itself
// (allowLongStatements). A transaction idle for a minute holds its locks for nothing; the
// service never waits for a person inside one.
export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  connectMs: 5_000,
  statementMs: 5_000,
  idleInTransactionMs: 60_000,
  keepAliveMs: 30_000,
};

/** For work that is long by nature: a register import (COPY, merge, index builds), migrations. */
export const LONG_STATEMENT_MS = 30 * 60_000;

/** The text the pool's client recognises (guarded-client.ts); keep the two in step. */
export const longStatementsText = (ms: number) => `set local statement_timeout = ${Math.max(0, Math.trunc(ms))}`;

/**
 * Raises statement_timeout for the rest of the transaction `trx` (PostgreSQL's SET LOCAL), and
 * the pool's wait for an answer with it. Call it first in the transaction, so that waiting for
 * a lock is covered too.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any schema
export async function allowLongStatements(trx: Kysely<any>, ms = LONG_STATEMENT_MS): Promise<void> {
  await sql.raw(longStatementsText(ms)).execute(trx);
}
