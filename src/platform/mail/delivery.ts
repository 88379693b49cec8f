// Delivering the outbox (docs/operations.md, E-mail; R-MEL-18 "retried until delivered").
//
// Claim, send, mark — three steps, and no database transaction is open while we talk SMTP:
//   1. claim: ONE short statement moves a batch of due rows' next attempt to now + LEASE_MS
//      (a lease; FOR UPDATE SKIP LOCKED so concurrent runs, in any process, claim different rows);
//   2. send each mail, outside any transaction: on PGlite there is one connection, and a
//      transaction held open during a slow SMTP conversation would stall every request;
//   3. mark each mail right after its own attempt, again one short statement: sent (verzonden_op,
//      afgeleverd_via), or failed (pogingen + 1, laatste_fout, next attempt after a backoff).
//
// The trade-off is AT-LEAST-ONCE delivery. A process that dies (or loses the database) between
// handing a mail to the SMTP server and marking it sent leaves the row claimed; when the lease
// runs out it is due again and is sent a second time. A mail is never lost (nothing is marked
// sent before the server took it) but can, rarely, arrive twice; both copies carry the same
// Message-ID (transport.ts), so receiving systems and people can tell. Exactly-once would need
// the SMTP server to take part in our transaction, which it cannot.
//
// The lease must outlast one batch, or a second run could claim a mail that is still being
// sent: SMTP time limits are bounded (transport.ts), and a run gives back the rest of its batch
// when half the lease has passed. At shutdown (`signal`) a run finishes the mail in hand and
// gives back the rest, so a restart does not wait for a whole batch.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import type { JobLogger } from '../jobs/runner';
import { claimDue, markFailed, markSent, release, type GeclaimdeMail } from './outbox.repository';
import { alleenDezeMail, backoffMs, foutTekst, WAARSCHUW_VANAF_POGINGEN } from './rules';
import type { MailTransport } from './transport';

/** How often the server's job delivers the outbox: a mail leaves within seconds of its save. */
export const BEZORG_INTERVAL_MS = 5_000;
export const LEASE_MS = 5 * 60_000;
export const BATCH_SIZE = 10;
/** A run stops after this many batches, so a large backlog does not make one endless run. */
export const MAX_BATCHES_PER_RUN = 20;

export interface DeliveryDeps {
  db: Kysely<Database>;
  transport: MailTransport;
  /** The app clock (injectable: tests move it past a backoff). */
  now: () => Date;
  log: JobLogger;
  /** For the backoff's jitter; injectable for tests. */
  random?: () => number;
  batchSize?: number;
  /** Aborted at shutdown: stop after the mail in hand. */
  signal?: AbortSignal;
}

export interface DeliveryResult {
  verzonden: number;
  mislukt: number;
}

const later = (now: Date, ms: number) => new Date(now.getTime() + ms);

/** One delivery run: claims and sends due mails until none are due (or the run's limits). */
export async function deliverOutbox(deps: DeliveryDeps): Promise<DeliveryResult> {
  const batchSize = deps.batchSize ?? BATCH_SIZE;
  const result: DeliveryResult = { verzonden: 0, mislukt: 0 };
  // Real elapsed time, not the app clock: the lease protects against real slowness.
  const started = performance.now();
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN && !deps.signal?.aborted; batch++) {
    const now = deps.now();
    const claimed = await claimDue(deps.db, now, later(now, LEASE_MS), batchSize);
    if (claimed.length === 0) break;
    const goOn = await deliverBatch(deps, claimed, started, result);
    if (!goOn || claimed.length < batchSize) break;
  }
  return result;
}

/** Sends a claimed batch one by one; false when the run should stop (server down, lease half gone, shutdown). */
async function deliverBatch(deps: DeliveryDeps, claimed: readonly GeclaimdeMail[], started: number, result: DeliveryResult): Promise<boolean> {
  const { db, transport, log } = deps;
  for (const [i, mail] of claimed.entries()) {
    const rest = () => claimed.slice(i + 1).map((m) => m.id);
    if (deps.signal?.aborted || performance.now() - started > LEASE_MS / 2) {
      await release(db, [mail.id, ...rest()], deps.now());
      return false;
    }
    try {
      await transport.send(mail, log);
    } catch (err) {
      const poging = mail.pogingen + 1;
      const fout = foutTekst(err);
      const next = later(deps.now(), backoffMs(poging, deps.random));
      await markFailed(db, mail.id, fout, next);
      result.mislukt++;
      const details = { mailId: mail.id, soort: mail.soort, poging, fout, volgendePoging: next.toISOString() };
      if (poging >= WAARSCHUW_VANAF_POGINGEN) log.warn(details, `e-mail na ${poging} pogingen nog niet afgeleverd`);
      else log.info(details, 'e-mail niet afgeleverd; later opnieuw');
      if (alleenDezeMail(err)) continue;
      // The server itself failed (unreachable, timeout, login): the rest of the batch would
      // fail the same way, so it waits as long as this mail, without counting an attempt.
      await release(db, rest(), next);
      return false;
    }
    await markSent(db, mail.id, deps.now(), transport.via);
    result.verzonden++;
  }
  return true;
}
