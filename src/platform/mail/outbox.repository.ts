// The outbox's SQL: claiming due mails for delivery, marking the outcome, and reading it for
// the overview. Every write is ONE short statement (no transaction held open): on PGlite the
// one connection is free again before the SMTP conversation starts.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/types';
import type { UitgaandeMailsTable } from './mail.tables';
import type { MailStatus } from './rules';

type Db = Kysely<Database>;
export type MailRij = Selectable<UitgaandeMailsTable>;
export type GeclaimdeMail = Pick<MailRij, 'id' | 'aan' | 'onderwerp' | 'tekst' | 'soort' | 'pogingen'>;

/**
 * Claims up to `limit` due mails by moving their next attempt to `leaseUntil` (a lease): other
 * runs, in this process or another, no longer see them as due. FOR UPDATE SKIP LOCKED makes a
 * concurrent claim skip the rows this statement is locking instead of waiting for them and
 * then claiming them too. A claimer that dies loses nothing: the lease runs out and the mail
 * is due again.
 */
export async function claimDue(db: Db, now: Date, leaseUntil: Date, limit: number): Promise<GeclaimdeMail[]> {
  const claimed = await db
    .updateTable('uitgaande_mails')
    .set({ volgende_poging_op: leaseUntil })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('uitgaande_mails')
        .select('id')
        .where('verzonden_op', 'is', null)
        .where('volgende_poging_op', '<=', now)
        .orderBy('volgende_poging_op')
        .orderBy('id')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'aan', 'onderwerp', 'tekst', 'soort', 'pogingen'])
    .execute();
  // RETURNING has no order of its own; send in the order the mails were queued.
  return claimed.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
}

/** Marks a mail delivered. A mail another run already marked keeps its first delivery time. */
export async function markSent(db: Db, id: string, at: Date, via: 'smtp' | 'log'): Promise<void> {
  await db
    .updateTable('uitgaande_mails')
    .set((eb) => ({ verzonden_op: at, afgeleverd_via: via, pogingen: eb('pogingen', '+', 1) }))
    .where('id', '=', id)
    .where('verzonden_op', 'is', null)
    .execute();
}

/** Records a failed attempt and when to try next; never touches a mail that was delivered meanwhile. */
export async function markFailed(db: Db, id: string, fout: string, next: Date): Promise<void> {
  await db
    .updateTable('uitgaande_mails')
    .set((eb) => ({ pogingen: eb('pogingen', '+', 1), laatste_fout: fout, volgende_poging_op: next }))
    .where('id', '=', id)
    .where('verzonden_op', 'is', null)
    .execute();
}

/** Gives claimed mails that were not attempted back, due at `at`; their attempt count stays. */
export async function release(db: Db, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('uitgaande_mails').set({ volgende_poging_op: at }).where('id', 'in', ids).where('verzonden_op', 'is', null).execute();
}

export interface MailFilter {
  status: MailStatus | null;
}

function filtered(db: Db, filter: MailFilter) {
  let q = db.selectFrom('uitgaande_mails');
  switch (filter.status) {
    case 'wachtrij':
      q = q.where('verzonden_op', 'is', null).where('pogingen', '=', 0);
      break;
    case 'fout':
      q = q.where('verzonden_op', 'is', null).where('pogingen', '>', 0);
      break;
    case 'smtp':
    case 'log':
      q = q.where('verzonden_op', 'is not', null).where('afgeleverd_via', '=', filter.status);
      break;
    case null:
      break;
  }
  return q;
}

export async function countMails(db: Db, filter: MailFilter): Promise<number> {
  const row = await filtered(db, filter).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export type MailOverzichtRij = Omit<MailRij, 'tekst'>;

/** One page of the overview, newest first (by creation; id breaks ties). */
export async function listMails(db: Db, filter: MailFilter, dir: 'asc' | 'desc', limit: number, offset: number): Promise<MailOverzichtRij[]> {
  return filtered(db, filter)
    .select(['id', 'aan', 'onderwerp', 'soort', 'melding_id', 'aangemaakt_op', 'pogingen', 'volgende_poging_op', 'verzonden_op', 'afgeleverd_via', 'laatste_fout'])
    .orderBy('aangemaakt_op', dir)
    .orderBy('id', dir)
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function findMail(db: Db, id: string): Promise<MailRij | undefined> {
  return db.selectFrom('uitgaande_mails').selectAll().where('id', '=', id).executeTakeFirst();
}
