// SQL of the change feed (migration 0017): the reader's window and the purge. Both are one
// statement each, so that what they compare (the horizon, the purge mark, the rows) comes from
// one snapshot.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/types';
import type { Positie } from './cursor';

type Db = Kysely<Database> | Transaction<Database>;

export interface FeedRij {
  id: string;
  xid: string;
  soort_object: 'melding' | 'vrijstelling';
  melding_nummer: string | null;
  vrijstelling_id: string | null;
  soort_wijziging: string;
  versie: number;
  op: Date;
}

export interface Venster {
  /** The rows after the position that the filter lets through, at most `limiet`, in feed order. */
  treffers: FeedRij[];
  /** The last row the window looked at (visible or not), when it looked at any. */
  laatstGezien: Positie | undefined;
  /** How many rows the window looked at. */
  gezien: number;
  /** The last purged row's position (retention). */
  opgeruimdTot: Positie;
}

/** Which rows a reader may see: everything (service use), or those of its gemeenten and instellingen. */
export type FeedFilter = { alles: true } | { alles: false; gemeentecodes: readonly string[]; instellingscodes: readonly string[] };

/**
 * One row always comes back (from `een`), also when the window is empty, to carry the purge
 * mark. The mark is read by scalar subqueries rather than joined: the one-row table has no
 * statistics, and a join made the planner expect ~10^6 rows and spend 200 ms compiling the
 * statement with JIT for a 2 ms read.
 *
 * The finished part of the feed after `na`: at most `scan` rows in (xid, id) order whose writing
 * transaction is older than every transaction still running (lezer.ts says why that is enough),
 * and of those the ones `filter` lets through, at most `limiet`. One index range scan on
 * wijzigingen_positie; the window bounds the work for a reader that may see few rows.
 */
export async function leesVenster(db: Db, na: Positie, filter: FeedFilter, limiet: number, scan: number): Promise<Venster> {
  const zichtbaar = filter.alles
    ? sql<boolean>`true`
    : sql<boolean>`(w.gemeentecodes && ${sql.val(filter.gemeentecodes)}::text[] or w.instellingscode = any(${sql.val(filter.instellingscodes)}::text[]))`;
  const r = await sql<{
    rol: 'treffer' | 'einde' | null;
    id: string | null;
    xid: string | null;
    soort_object: 'melding' | 'vrijstelling' | null;
    melding_nummer: string | null;
    vrijstelling_id: string | null;
    soort_wijziging: string | null;
    versie: number | null;
    op: Date | null;
    gezien: number;
    opgeruimd_xid: string;
    opgeruimd_id: string;
  }>`
    with venster as (
      select w.id, w.xid, w.soort_object, w.melding_nummer, w.vrijstelling_id, w.soort_wijziging, w.versie, w.op, ${zichtbaar} as zichtbaar
      from wijzigingen w
      where (w.xid, w.id) > (${na.xid}::xid8, ${na.id}::bigint)
        and w.xid < pg_snapshot_xmin(pg_current_snapshot())
      order by w.xid, w.id
      limit ${scan}
    ),
    uit as (
      (select 'treffer' as rol, v.* from venster v where v.zichtbaar order by v.xid, v.id limit ${limiet})
      union all
      (select 'einde' as rol, v.* from venster v order by v.xid desc, v.id desc limit 1)
    )
    select u.rol, u.id::text as id, u.xid::text as xid, u.soort_object, u.melding_nummer, u.vrijstelling_id::text as vrijstelling_id,
           u.soort_wijziging, u.versie, u.op,
           (select count(*)::int from venster) as gezien,
           (select o.xid::text from wijzigingen_opgeruimd o limit 1) as opgeruimd_xid,
           (select o.id::text from wijzigingen_opgeruimd o limit 1) as opgeruimd_id
    from (values (1)) as een (x)
    left join uit u on true
    order by u.rol desc, u.xid, u.id
  `.execute(db);
  const eerste = r.rows[0]!;
  const treffers: FeedRij[] = [];
  let laatstGezien: Positie | undefined;
  for (const x of r.rows) {
    if (x.rol === 'einde') laatstGezien = { xid: x.xid!, id: x.id! };
    else if (x.rol === 'treffer')
      treffers.push({
        id: x.id!,
        xid: x.xid!,
        soort_object: x.soort_object!,
        melding_nummer: x.melding_nummer,
        vrijstelling_id: x.vrijstelling_id,
        soort_wijziging: x.soort_wijziging!,
        versie: x.versie!,
        op: x.op!,
      });
  }
  return { treffers, laatstGezien, gezien: eerste.gezien, opgeruimdTot: { xid: eerste.opgeruimd_xid, id: eerste.opgeruimd_id } };
}

/**
 * Retention: deletes at most `max` of the oldest feed rows, in feed order, as long as they are
 * older than `grens`, and moves the purge mark to the last one. Only finished rows (xid below
 * every running transaction) are taken: a running transaction may still add a row with a small
 * xid, which must not land behind the mark. Stopping at the first row that is not old enough
 * (rather than deleting every old row) keeps "everything up to the mark is gone, everything after
 * it is kept", which is what lets the reader tell a stale cursor exactly.
 */
export async function verwijderOude(trx: Db, grens: Date, max: number): Promise<number> {
  const r = await sql<{ n: number }>`
    with kandidaten as (
      select id, xid, op from wijzigingen
      where xid < pg_snapshot_xmin(pg_current_snapshot())
      order by xid, id
      limit ${max}
    ),
    eerste_nieuwe as (
      select xid, id from kandidaten where op >= ${grens} order by xid, id limit 1
    ),
    weg as (
      delete from wijzigingen w using kandidaten k
      where w.id = k.id and not exists (select 1 from eerste_nieuwe e where (k.xid, k.id) >= (e.xid, e.id))
      returning w.xid, w.id
    ),
    hoogste as (select xid, id from weg order by xid desc, id desc limit 1),
    merk as (
      update wijzigingen_opgeruimd o set xid = h.xid, id = h.id from hoogste h
      where (h.xid, h.id) > (o.xid, o.id)
      returning 1
    )
    select count(*)::int as n from weg
  `.execute(trx);
  return r.rows[0]!.n;
}
