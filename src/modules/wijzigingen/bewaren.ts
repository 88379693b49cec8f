// Retention of the change feed: a change is kept WIJZIGINGEN_BEWAARDAGEN days (default 90), then
// the housekeeping job purges it (platform/jobs/opruimen.ts, in batches). A client that has not
// read the feed for that long gets "verlopen" for its cursor and resyncs (lezer.ts).
import type { Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { verwijderOude } from './wijzigingen.repository';

const DAG_MS = 24 * 60 * 60 * 1000;

/** Deletes at most `max` changes older than `bewaardagen` days at `nu`, oldest first; how many. */
export function verwijderOudeWijzigingen(trx: Transaction<Database>, nu: Date, max: number, bewaardagen: number): Promise<number> {
  return verwijderOude(trx, new Date(nu.getTime() - bewaardagen * DAG_MS), max);
}
