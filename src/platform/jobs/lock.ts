// "Only one process at a time" for a job, with several app processes on one PostgreSQL: a
// transaction-scoped advisory lock. pg_try_advisory_xact_lock never waits: a process that does
// not get it skips this round (another process is doing the work), and PostgreSQL releases it
// at commit or rollback, also when a process dies. On PGlite the lockfile already allows one
// process; the same SQL works there.
//
// The job's work runs inside the transaction that holds the lock. On PGlite that transaction
// holds the one connection, so use this only for short, database-only work; never around a
// network call (mail delivery does not need it: it claims rows with SKIP LOCKED instead).
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';

/** A stable 64-bit lock key per job name, so jobs do not need a registry of numbers. */
export function advisoryLockKey(name: string): string {
  return createHash('sha256').update(`verzuimloket:job:${name}`).digest().readBigInt64BE(0).toString();
}

/**
 * Runs `fn` in a transaction holding the job's advisory lock, or not at all when another
 * process holds it.
 * @example await withJobLock(db, 'retentie', (trx) => verwijderVerlopen(trx, now()))
 */
export async function withJobLock<DB, T>(
  db: Kysely<DB>,
  name: string,
  fn: (trx: Transaction<DB>) => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${advisoryLockKey(name)}::bigint) as ok`.execute(trx);
    if (!rows[0]?.ok) return { ran: false as const };
    return { ran: true as const, value: await fn(trx) };
  });
}
