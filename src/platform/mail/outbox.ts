// The outbox (docs/architecture.md): a mail is a row written in the SAME transaction as the change that
// causes it, so nothing is saved without its mail queued and no mail exists for a change that
// rolled back. A job delivers the rows (mail/delivery.ts) and retries until delivered.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types';

export interface OutgoingMail {
  aan: string;
  onderwerp: string;
  /** Plain text. Never personal data (no BSN, no pupil name, no free text): R-MEL-18. */
  tekst: string;
  /** What kind of mail, for the overview: e.g. 'melding_nieuw', 'melding_kopie'. */
  soort: string;
  meldingId?: string | null;
}

/** Queues mails inside the caller's transaction. */
export async function queueMails(trx: Transaction<Database> | Kysely<Database>, mails: readonly OutgoingMail[], now: Date): Promise<void> {
  if (mails.length === 0) return;
  await trx
    .insertInto('uitgaande_mails')
    .values(
      mails.map((m) => ({
        aan: m.aan,
        onderwerp: m.onderwerp,
        tekst: m.tekst,
        soort: m.soort,
        melding_id: m.meldingId ?? null,
        aangemaakt_op: now,
        volgende_poging_op: now,
        verzonden_op: null,
        afgeleverd_via: null,
        laatste_fout: null,
      })),
    )
    .execute();
}
