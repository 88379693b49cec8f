// Housekeeping ("opruimen") as a job (issue 15 item 7): rows that have outlived their use
// (expired sessions, drafts past R-MEL-20's keeping date, stored searches and pupil choices,
// old login attempts) are deleted here, every OPRUIM_INTERVAL_MS, and never inside a page
// request. Reads ignore expired rows by themselves, so a row that waits for this job is never
// shown or used; the job only keeps the tables (and the personal data in them) small.
//
// Each module owns its purge (a repository function deleting at most `max` rows); the
// composition root passes them in, so this file imports no module. Every batch is its own short
// transaction under the advisory lock (jobs/lock.ts): on PGlite the one connection is free for
// pages between batches, on PostgreSQL no transaction holds thousands of row locks, and with
// several processes one does the work while the others skip the round.
import type { Kysely, Transaction } from 'kysely';
import type { JobLogger } from './runner';
import { withJobLock } from './lock';

/** Every 10 minutes: expired rows are invisible anyway; this only bounds how many wait. */
export const OPRUIM_INTERVAL_MS = 10 * 60 * 1000;
/** Rows per DELETE statement: a short statement and a short lock, whatever the backlog. */
export const OPRUIM_BATCH = 1000;
const LOCK_NAAM = 'opruimen';

/** One kind of row to purge; `verwijder` deletes at most `max` rows expired at `nu` and says how many. */
export interface OpruimTaak<DB> {
  naam: string;
  verwijder(trx: Transaction<DB>, nu: Date, max: number): Promise<number>;
}

export type OpruimResultaat = { ran: true; verwijderd: Record<string, number> } | { ran: false };

/**
 * One housekeeping run: each task in batches of `batch` rows until a batch comes back short,
 * or until `signal` fires (shutdown; the rest waits for the next run). `ran: false` when
 * another process holds the lock.
 * @example await ruimOp(db, [{ naam: 'sessies', verwijder: verwijderVerlopenSessies }], { nu: new Date() })
 */
export async function ruimOp<DB>(
  db: Kysely<DB>,
  taken: readonly OpruimTaak<DB>[],
  o: { nu: Date; batch?: number; signal?: AbortSignal; log?: JobLogger },
): Promise<OpruimResultaat> {
  const batch = o.batch ?? OPRUIM_BATCH;
  const verwijderd: Record<string, number> = {};
  for (const taak of taken) {
    if (o.signal?.aborted) break;
    let n = 0;
    for (;;) {
      const r = await withJobLock(db, LOCK_NAAM, (trx) => taak.verwijder(trx, o.nu, batch));
      if (!r.ran) return { ran: false };
      n += r.value;
      if (r.value < batch || o.signal?.aborted) break;
    }
    verwijderd[taak.naam] = n;
  }
  const totaal = Object.values(verwijderd).reduce((a, b) => a + b, 0);
  if (totaal > 0) o.log?.info({ job: LOCK_NAAM, verwijderd }, 'verlopen gegevens opgeruimd');
  return { ran: true, verwijderd };
}
