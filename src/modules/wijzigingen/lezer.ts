// The reader of the change feed (issue 16, "Change feed"): every change to a melding or
// vrijstelling a client may see, in one fixed order, each exactly once, with a cursor for the
// next call.
//
// Why it never skips a change. A feed row's position is (xid, id): the id of the transaction
// that wrote it (pg_current_xact_id(), xid8) and then the row's own id. Neither is assigned in
// commit order: transaction 100 may commit after 101, and a row's id (a sequence) is taken when
// the row is written, not when it commits. A reader that pages by id alone would pass id 7 while
// the transaction holding id 6 is still running, and never go back. So the reader returns only
// rows whose xid is below the snapshot's xmin (pg_snapshot_xmin(pg_current_snapshot())), the
// oldest transaction still running:
//   - every transaction with an xid below xmin has ended, committed or rolled back; the
//     statement's own snapshot (the same one that gave xmin) therefore shows all the rows those
//     transactions committed, and they will never write another one;
//   - every transaction that writes later has an xid at or above xmin (xids are handed out in
//     increasing order; one that has not yet written has no xid and will get a bigger one);
// so once the cursor has passed (x, i) with x below some xmin, no row can ever appear at a
// position before the cursor. Rows within one transaction are ordered by id, and they all
// became visible at once (its commit). Savepoints write under the top-level xid; a rolled-back
// one leaves no rows.
//
// The cost: a transaction that stays open holds the horizon (xmin) back, and with it every
// reader; its changes and everyone's later ones appear when it ends. The service bounds that
// with PostgreSQL's statement_timeout (5 s) and idle_in_transaction_session_timeout (1 min,
// db/timeouts.ts); a long import (allowLongStatements) or a psql session left open on the same
// cluster holds the feed back for as long as it runs (xmin spans every database of the cluster),
// and VACUUM's xmin horizon is held the same way by such a session anyway. Nothing is lost; it
// only arrives later.
//
// The order is by xid, not by commit: two transactions that change the same melding one after
// the other (the second waited for the first's row lock) appear in the order of their xids, and
// the second may have got its xid first (by writing something else before). Every change still
// comes exactly once; a client that keeps per-object state compares `versie` (the melding's or
// vrijstelling's version after the change) and fetches the object itself, which is what the API's
// feed is for (keys only, no content).
//
// The reader must run on the root db, not inside a transaction that has written: its own
// running xid would not hold the horizon back for itself. On PGlite (one connection, every
// transaction runs alone under the dialect's mutex) no other transaction is running when the
// statement runs, so xmin is the next xid and every committed row is readable at once.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { BEGIN, codeerCursor, decodeerCursor, voor, type Positie } from './cursor';
import { cursorMessages } from './messages';
import { leesVenster, type FeedFilter } from './wijzigingen.repository';

export const MAX_LIMIET = 1000;
/**
 * How many feed rows one call looks at, per row it may return: a gemeente sees a small part of
 * the feed, and a call must not scan to the end of it to fill a page. A call that looked at a
 * full window without filling its page still moves the cursor over what it looked at.
 */
const SCAN_PER_RIJ = 20;
const MAX_SCAN = 20_000;

export interface Wijziging {
  /** The feed row's id: stable, unique (a notification's event id can be built on it). */
  id: string;
  soort: 'melding' | 'vrijstelling';
  /** Set when soort is 'melding'. */
  meldingnummer?: string;
  /** Set when soort is 'vrijstelling'. */
  vrijstellingId?: string;
  /** The action of the melding's version (`aangemaakt`, `in_behandeling_nemen`, `routeren`, …; see status-overgangen.ts) or, for a vrijstelling, `geregistreerd`/`gewijzigd`. `gewijzigd` for a melding changed outside the versioned write; `verwijderd` for a deleted row. */
  soortWijziging: string;
  /** The version of the melding or vrijstelling after the change. */
  versie: number;
  op: Date;
}

export interface LeesOpties {
  /** The cursor of the previous answer; without it the feed starts at the oldest kept row. */
  na: string | undefined;
  /**
   * What the client acts for. A melding's change is visible to its gemeente (on routing the
   * old and the new one) and its instelling; a vrijstelling's to its gemeente. With neither
   * given, every change (for the service itself, e.g. notifications); an empty list sees none.
   */
  gemeentecodes?: readonly string[];
  instellingscodes?: readonly string[];
  /** At most this many changes (1 … MAX_LIMIET). */
  limiet: number;
}

export type LeesUitkomst =
  | {
      soort: 'ok';
      wijzigingen: Wijziging[];
      /** For the next call. Unchanged when nothing new was found; never moves back. */
      cursor: string;
      /** True when more may be ready at once: call again without waiting. */
      meer: boolean;
    }
  /** Not a cursor this service gave out (a client error: 400). */
  | { soort: 'ongeldige_cursor'; melding: string }
  /** Changes after this cursor have been purged (retention): the client must resync (410). */
  | { soort: 'verlopen'; melding: string };

export async function leesWijzigingen(db: Kysely<Database>, o: LeesOpties): Promise<LeesUitkomst> {
  if (!Number.isInteger(o.limiet) || o.limiet < 1 || o.limiet > MAX_LIMIET) throw new RangeError(`limiet must be 1 … ${MAX_LIMIET}, is ${o.limiet}`);
  let na: Positie = BEGIN;
  if (o.na !== undefined) {
    const p = decodeerCursor(o.na);
    if (!p) return { soort: 'ongeldige_cursor', melding: cursorMessages.ongeldig };
    na = p;
  }
  const filter: FeedFilter =
    o.gemeentecodes === undefined && o.instellingscodes === undefined
      ? { alles: true }
      : { alles: false, gemeentecodes: o.gemeentecodes ?? [], instellingscodes: o.instellingscodes ?? [] };
  const scan = filter.alles ? o.limiet : Math.min(o.limiet * SCAN_PER_RIJ, MAX_SCAN);
  const v = await leesVenster(db, na, filter, o.limiet, scan);
  // A start without a cursor begins after the purge mark, so it is never stale.
  if (o.na !== undefined && voor(na, v.opgeruimdTot)) return { soort: 'verlopen', melding: cursorMessages.verlopen };

  const vol = v.treffers.length === o.limiet;
  const laatste = v.treffers.at(-1);
  // A full page ends at its last change (the rest of the window is read again next time); a
  // short page has seen the whole window, and the cursor passes all of it.
  const volgende: Positie = vol && laatste ? { xid: laatste.xid, id: laatste.id } : (v.laatstGezien ?? na);
  return {
    soort: 'ok',
    wijzigingen: v.treffers.map((r) => ({
      id: r.id,
      soort: r.soort_object,
      ...(r.melding_nummer !== null ? { meldingnummer: r.melding_nummer } : {}),
      ...(r.vrijstelling_id !== null ? { vrijstellingId: r.vrijstelling_id } : {}),
      soortWijziging: r.soort_wijziging,
      versie: r.versie,
      op: r.op,
    })),
    cursor: o.na !== undefined && volgende === na ? o.na : codeerCursor(volgende),
    meer: vol || v.gezien === scan,
  };
}
