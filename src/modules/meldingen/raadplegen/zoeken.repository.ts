/**
 * The melding search: ONE query module for Raadplegen verzuim (R-RAA-1, scope: an instelling)
 * and the gemeente inbox (R-GEM-2, scope: a gemeente). SQL only; the services audit.
 *
 * Exports:
 *   type MeldingZoekScope  = { instellingscode: string } | { gemeentecode: string }
 *   type MeldingZoekFilter = { statussen, pgn, achternaam, nummer, soort, periodeVan, periodeTm,
 *                              onderwijslocatie, prioriteit, instellingscode }  (null = no filter)
 *   type MeldingSort       = 'nummer' | 'pgn' | 'naam' | 'soort' | 'periode' | 'status' | 'datum'
 *   MELDING_SORTEERBAAR    the sort keys, for parseOverzichtState's `sortable`
 *   type MeldingZoekRij    one result row (incl. voornamen/voorvoegsel from the melding)
 *   zoekMeldingen(db, scope, filter, state: OverzichtState<MeldingSort>, totalen?: RecenteTotalen)
 *     → Promise<{ rows: MeldingZoekRij[]; total: number }>   (the page clamped as pageInfo does;
 *       page 1, and a later page of a search in `totalen`, in one statement with its total)
 *   class RecenteTotalen   the totals of recent searches, per process (a hint, never trusted)
 *   telMeldingen(db, scope, filter) → Promise<number>   (only statuses: the counters of 0009)
 *   alleMeldingen(db, scope, filter, { sort, dir }, batch = 1000)
 *     → AsyncGenerator<MeldingZoekRij[]>  (every match in order, keyset batches: for the CSV)
 *
 * How a page is found fast at national scale (see zoeken.sql.md for the plans):
 * - Per chosen status one branch `WHERE scope AND status = s … ORDER BY key, id LIMIT n`, glued
 *   with UNION ALL: each branch is a range of the index (scope, status, key, id) of migration
 *   0005, already in order, and PostgreSQL merges them (Merge Append) instead of sorting all
 *   matches. One `status = ANY(…)` would make it sort them all.
 * - Only ids are paged (index-only), then the page's rows are read by id (a "deferred join"),
 *   in the same statement as the ids.
 * - Pages in the second half are read from the other end in the reversed order, so the rows
 *   skipped never exceed half the result: the last page costs what the first does.
 * - The sort always ends with the id, so the order is total and paging never repeats or skips.
 * - The total of the common case (only statuses chosen) is read from melding_aantallen, the
 *   per-(instelling|gemeente, status) counters that triggers of migration 0009 keep: O(1)
 *   instead of counting every match; any other filter counts the matches per status branch.
 * Keyset paging ("after this row") would make the middle pages constant too, but it needs a
 * cursor in the next/previous links only, and the shared Overzicht keeps one set of parameters
 * for all its links; page numbers (R-UI-2) need an offset anyway. The CSV export does use keysets.
 */
import { createHash } from 'node:crypto';
import { sql, type Compilable, type Expression, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool, type Transaction } from 'kysely';
import type { Database } from '../../../db/types';
import { namePattern } from '../../../platform/search/name-pattern';
import { pageInfo, type OverzichtState, type SortDir } from '../../../platform/ui/overzicht-state';
import type { Soort, Status } from '../codes';

type Db = Kysely<Database> | Transaction<Database>;

export type MeldingZoekScope = { instellingscode: string } | { gemeentecode: string };

export interface MeldingZoekFilter {
  /** At least one; the statuses to show (R-RAA-1 checkboxes). */
  statussen: readonly Status[];
  pgn: string | null;
  /** As typed; the R-UI-1 rule (prefix, `%` anywhere) is applied here. */
  achternaam: string | null;
  nummer: string | null;
  soort: Soort | null;
  /** ISO dates; a melding matches when its period overlaps [van, tm] (open ends allowed). */
  periodeVan: string | null;
  periodeTm: string | null;
  /** The name of the onderwijslocatie as stored with the melding, R-UI-1 rule. */
  onderwijslocatie: string | null;
  /** Gemeente only. */
  prioriteit: boolean | null;
  /** Gemeente only: the school. */
  instellingscode: string | null;
}

export const MELDING_SORTEERBAAR = ['nummer', 'pgn', 'naam', 'soort', 'periode', 'status', 'datum'] as const;
export type MeldingSort = (typeof MELDING_SORTEERBAAR)[number];

/** The sort expressions; each matches an index of migration 0005 (scope, status, key, id). */
const SORT_SQL: Record<MeldingSort, { expr: string; type: string } | null> = {
  nummer: { expr: 'nummer', type: 'text' },
  pgn: { expr: 'pgn', type: 'text' },
  naam: { expr: '(lower(achternaam) collate "C")', type: 'text' },
  soort: { expr: 'soort', type: 'text' },
  periode: { expr: 'begindatum', type: 'date' },
  status: { expr: 'status', type: 'text' },
  datum: { expr: 'aangemaakt_op', type: 'timestamptz' },
};

export interface MeldingZoekRij {
  id: string;
  nummer: string;
  pgn: string;
  achternaam: string;
  voornamen: string | null;
  voorvoegsel: string | null;
  soort: string;
  begindatum: string;
  einddatum: string | null;
  status: Status;
  aangemaakt_op: Date;
  prioriteit: boolean;
  onderwijslocatie_naam: string | null;
  instellingscode: string;
  gemeentecode: string;
}

type Q = SelectQueryBuilder<Database, 'meldingen', object>;

/** The WHERE of one status branch: scope, status, and every filter. */
function gefilterd(db: Db, scope: MeldingZoekScope, status: Status, f: MeldingZoekFilter): Q {
  let q = db.selectFrom('meldingen') as Q;
  q = 'instellingscode' in scope ? q.where('instellingscode', '=', scope.instellingscode) : q.where('gemeentecode', '=', scope.gemeentecode);
  q = q.where('status', '=', status);
  if (f.pgn !== null) q = q.where('pgn', '=', f.pgn);
  if (f.nummer !== null) q = q.where('nummer', '=', f.nummer);
  if (f.soort !== null) q = q.where('soort', '=', f.soort);
  if (f.prioriteit !== null) q = q.where('prioriteit', '=', f.prioriteit);
  if (f.instellingscode !== null) q = q.where('instellingscode', '=', f.instellingscode);
  // Overlap of [begindatum, einddatum or open] with [van, tm]; either bound may be open.
  const { periodeVan: van, periodeTm: tm } = f;
  if (tm !== null) q = q.where('begindatum', '<=', tm);
  if (van !== null) q = q.where((eb) => eb.or([eb('einddatum', 'is', null), eb('einddatum', '>=', van)]));
  const naam = f.achternaam === null ? null : namePattern(f.achternaam);
  // A prefix is a range of the (… lower(achternaam) collate "C" …) index; a leading % needs the
  // trigram index on lower(achternaam): the two spellings let the planner match each index.
  if (naam !== null) q = q.where(naam.startsWith('%') ? sql<SqlBool>`lower(achternaam) like lower(${naam})` : sql<SqlBool>`(lower(achternaam) collate "C") like lower(${naam})`);
  const locatie = f.onderwijslocatie === null ? null : namePattern(f.onderwijslocatie);
  if (locatie !== null) q = q.where(sql<SqlBool>`lower(onderwijslocatie_naam) like lower(${locatie})`);
  return q;
}

/**
 * The branches as `(…) union all (…)`, aliased b. Each branch keeps its own ORDER BY and LIMIT
 * inside its parentheses: that is what lets PostgreSQL merge them in order.
 */
function unionAll<R>(branches: readonly Compilable[]) {
  return sql<R>`(${sql.join(branches.map((b) => sql`(${b})`), sql` union all `)})`.as('b');
}

function sortExpr(sort: MeldingSort): Expression<unknown> {
  return sql.raw(SORT_SQL[sort]!.expr);
}

/** True when the filter chooses statuses and nothing else: the counters of 0009 answer it. */
function alleenStatussen(f: MeldingZoekFilter): boolean {
  return f.pgn === null && f.achternaam === null && f.nummer === null && f.soort === null && f.periodeVan === null && f.periodeTm === null && f.onderwijslocatie === null && f.prioriteit === null && f.instellingscode === null;
}

/**
 * How many meldingen match (R-UI-2 "… gevonden"), as a scalar subquery (text). Only statuses
 * chosen (the default of R-RAA-1 and R-GEM-2): the sum of a few rows of melding_aantallen, kept by
 * the triggers of migration 0009 in the writing transaction. Any other filter: per status an
 * index-only count, summed. At least one status.
 */
function telExpressie(db: Db, scope: MeldingZoekScope, filter: MeldingZoekFilter): RawBuilder<string> {
  if (alleenStatussen(filter)) {
    const [soort, code] = 'instellingscode' in scope ? ['I', scope.instellingscode] : ['G', scope.gemeentecode];
    return sql<string>`(select coalesce(sum(aantal), 0)::text from melding_aantallen
      where scope = ${soort} and code = ${code} and status in (${sql.join([...new Set(filter.statussen)])}))`;
  }
  const branch = (s: Status) => gefilterd(db, scope, s, filter).select(sql<string>`count(*)`.as('n'));
  return sql<string>`(${db.selectFrom(unionAll<{ n: string }>(filter.statussen.map(branch))).select(sql<string>`coalesce(sum(b.n), 0)::text`.as('n'))})`;
}

/** How many meldingen match the filter (see telExpressie). */
export async function telMeldingen(db: Db, scope: MeldingZoekScope, filter: MeldingZoekFilter): Promise<number> {
  if (filter.statussen.length === 0) return 0;
  const r = await sql<{ n: string }>`select ${telExpressie(db, scope, filter)} as n`.execute(db);
  return Number(r.rows[0]!.n);
}

/**
 * Where a page lies in the merged order: each status branch reads its first `tak` rows, then
 * `offset` are skipped and at most `limit` kept. Numbers when the total is known beforehand; SQL
 * over the statement's own total (`r`, see zoekMeldingen) when it is counted in the same statement.
 */
interface Positie {
  tak: number | RawBuilder<number>;
  offset: number | RawBuilder<number>;
  limit: number;
}

/** The ids of the page at `pos` in the order (sort dir, id dir), merged over the statuses. */
function idsQuery(db: Db, scope: MeldingZoekScope, filter: MeldingZoekFilter, sort: MeldingSort, dir: SortDir, pos: Positie) {
  const key = sortExpr(sort);
  const branch = (s: Status) =>
    gefilterd(db, scope, s, filter)
      .select(['id', sql<unknown>`${key}`.as('k')])
      .orderBy(sql`k`, dir)
      .orderBy('id', dir)
      .limit(pos.tak);
  return db
    .selectFrom(unionAll<{ id: string; k: unknown }>(filter.statussen.map(branch)))
    .select('b.id')
    .orderBy(sql`b.k`, dir)
    .orderBy('b.id', dir)
    .limit(pos.limit)
    .offset(pos.offset);
}

const RIJ_KOLOMMEN = [
  'm.id',
  'm.nummer',
  'm.pgn',
  'm.achternaam',
  'm.soort',
  'm.begindatum',
  'm.einddatum',
  'm.status',
  'm.aangemaakt_op',
  'm.prioriteit',
  'm.onderwijslocatie_naam',
  'm.instellingscode',
  'm.gemeentecode',
] as const;

async function rijenVoorIds(db: Db, ids: readonly string[]): Promise<MeldingZoekRij[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('meldingen as m')
    .select(RIJ_KOLOMMEN)
    .select([sql<string | null>`m.inhoud #>> '{leerling,voornamen}'`.as('voornamen'), sql<string | null>`m.inhoud #>> '{leerling,voorvoegsel}'`.as('voorvoegsel')])
    .where('m.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

/**
 * The totals of recent searches, per scope and filter, to choose from which end a later page is
 * read before its total is counted. Only a hint for speed: the statement counts again and places
 * the page by its own count, so a stale or wrong hint costs a longer read, never a wrong page.
 * Bounded; the oldest go first. Keyed by a hash: criteria such as a PGN are not kept in memory.
 */
export class RecenteTotalen {
  private readonly totalen = new Map<string, number>();
  constructor(private readonly max = 1000) {}

  static sleutel(scope: MeldingZoekScope, filter: MeldingZoekFilter): string {
    return createHash('sha256').update(JSON.stringify([scope, filter])).digest('base64');
  }

  get(sleutel: string): number | undefined {
    return this.totalen.get(sleutel);
  }

  set(sleutel: string, total: number): void {
    this.totalen.delete(sleutel);
    this.totalen.set(sleutel, total);
    if (this.totalen.size > this.max) this.totalen.delete(this.totalen.keys().next().value!);
  }
}

/**
 * One page of the search (R-RAA-1, R-GEM-2, R-UI-2): the rows of `state.page` (clamped to the
 * pages there are) in the chosen order, and the total found. With `totalen`, a page after the
 * first whose search was seen recently comes in one statement with its total, like page 1;
 * otherwise it is counted first.
 */
export async function zoekMeldingen(
  db: Db,
  scope: MeldingZoekScope,
  filter: MeldingZoekFilter,
  state: OverzichtState<MeldingSort>,
  totalen?: RecenteTotalen,
): Promise<{ rows: MeldingZoekRij[]; total: number }> {
  if (filter.statussen.length === 0) return { rows: [], total: 0 };
  const sleutel = totalen ? RecenteTotalen.sleutel(scope, filter) : null;
  // Page 1 is always one statement: it needs no total to be found, so no hint either.
  const hint = state.page <= 1 ? 0 : sleutel === null ? undefined : totalen!.get(sleutel);
  const result = hint === undefined ? await eerstGeteld(db, scope, filter, state) : await metTotaal(db, scope, filter, state, hint);
  if (sleutel !== null) totalen!.set(sleutel, result.total);
  return result;
}

/**
 * Rows and total in one statement. Page 1 needs no total to be found. A later page is placed in
 * SQL by the statement's own count (`r`: the total n, the clamped page's first row s and its end
 * e, as pageInfo computes them); the hint only chooses the end it is read from.
 */
async function metTotaal(db: Db, scope: MeldingZoekScope, filter: MeldingZoekFilter, state: OverzichtState<MeldingSort>, hint: number) {
  const { sort, perPage: per } = state;
  const totaal = telExpressie(db, scope, filter);
  if (state.page <= 1) {
    const rows = await paginaQuery(db, scope, filter, sort, state.dir, { tak: per, offset: 0, limit: per }).select(totaal.as('totaal')).execute();
    return { rows: rows.map(({ totaal: _, ...rij }) => rij), total: Number(rows[0]?.totaal ?? 0) };
  }
  const info = pageInfo(hint, state);
  const achteraan = info.offset > hint - Math.min(hint, info.offset + per);
  const dir: SortDir = achteraan ? (state.dir === 'asc' ? 'desc' : 'asc') : state.dir;
  const r = (expr: string) => sql<number>`(select ${sql.raw(expr)} from r)`;
  // Forward: the branches need at most page × per rows, a constant the planner can use.
  const pos: Positie = achteraan ? { tak: r('n - s'), offset: r('n - e'), limit: per } : { tak: state.page * per, offset: r('s'), limit: per };
  // t on its own: inlined, the count would run once for every use of n.
  const plaats = sql`select n, s, least(n, s + ${per}) as e from (
    select n, (least(${state.page}, greatest(1, (n + ${per} - 1) / ${per})) - 1) * ${per} as s from t) x`;
  const query = paginaQuery(db, scope, filter, sort, dir, pos).select(sql<string>`(select n from r)::text`.as('totaal'));
  const { rows } = await sql<MeldingZoekRij & { totaal: string }>`with t as materialized (select ${totaal}::bigint as n), r as materialized (${plaats}) ${query}`.execute(db);
  // The clamped page always has a row unless nothing matches.
  const total = Number(rows[0]?.totaal ?? 0);
  const placed = pageInfo(total, state);
  // Read backwards, the page is the first e - s rows; the rest belong to the page before.
  const page = rows.slice(0, Math.min(total, placed.offset + per) - placed.offset).map(({ totaal: _, ...rij }) => rij);
  return { rows: achteraan ? page.reverse() : page, total };
}

/** Without a hint: count, then read the page from its nearer end (the far half backwards). */
async function eerstGeteld(db: Db, scope: MeldingZoekScope, filter: MeldingZoekFilter, state: OverzichtState<MeldingSort>) {
  const total = await telMeldingen(db, scope, filter);
  if (total === 0) return { rows: [], total };
  const info = pageInfo(total, state);
  const start = info.offset;
  const end = Math.min(total, start + info.perPage);
  const achteraan = start > total - end;
  const dir: SortDir = achteraan ? (state.dir === 'asc' ? 'desc' : 'asc') : state.dir;
  const limit = end - start;
  const offset = achteraan ? total - end : start;
  const rows = await paginaQuery(db, scope, filter, state.sort, dir, { tak: offset + limit, offset, limit }).execute();
  if (achteraan) rows.reverse();
  return { rows, total };
}

/**
 * The page's ids and their rows in one statement: the ids subquery keeps its own plan
 * (LIMIT/OFFSET fence it), then primary-key lookups; sorted again by its key.
 */
function paginaQuery(db: Db, scope: MeldingZoekScope, filter: MeldingZoekFilter, sort: MeldingSort, dir: SortDir, pos: Positie) {
  const ids = idsQuery(db, scope, filter, sort, dir, pos).select(sql<unknown>`b.k`.as('k')).as('p');
  return db
    .selectFrom(ids)
    .innerJoin('meldingen as m', 'm.id', 'p.id')
    .select(RIJ_KOLOMMEN)
    .select([sql<string | null>`m.inhoud #>> '{leerling,voornamen}'`.as('voornamen'), sql<string | null>`m.inhoud #>> '{leerling,voorvoegsel}'`.as('voorvoegsel')])
    .orderBy(sql`p.k`, dir)
    .orderBy('p.id', dir);
}

/**
 * Every match in the chosen order, in batches, each batch found by a keyset ("after the last
 * row of the previous batch"), so the export's cost does not grow with its length.
 */
export async function* alleMeldingen(
  db: Db,
  scope: MeldingZoekScope,
  filter: MeldingZoekFilter,
  order: { sort: MeldingSort; dir: SortDir },
  batch = 1000,
): AsyncGenerator<MeldingZoekRij[]> {
  if (filter.statussen.length === 0) return;
  const { expr, type } = SORT_SQL[order.sort]!;
  const op = order.dir === 'asc' ? '>' : '<';
  let na: { kt: string; id: string } | null = null;
  for (;;) {
    const after = na;
    const branch = (s: Status) => {
      let q = gefilterd(db, scope, s, filter);
      if (after !== null) q = q.where(sql<SqlBool>`(${sql.raw(expr)}, id) ${sql.raw(op)} (cast(${after.kt} as ${sql.raw(type)}), ${after.id}::bigint)`);
      return q
        .select(['id', sql<unknown>`${sql.raw(expr)}`.as('k'), sql<string>`${sql.raw(expr)}::text`.as('kt')])
        .orderBy(sql.raw(expr), order.dir)
        .orderBy('id', order.dir)
        .limit(batch);
    };
    const keys = await db.selectFrom(unionAll<{ id: string; kt: string }>(filter.statussen.map(branch))).select(['b.id', 'b.kt']).orderBy(sql`b.k`, order.dir).orderBy('b.id', order.dir).limit(batch).execute();
    if (keys.length === 0) return;
    yield await rijenVoorIds(db, keys.map((r) => r.id));
    if (keys.length < batch) return;
    na = keys.at(-1)!;
  }
}
