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
 * The statements are written as text here, not with Kysely's builder: on every search request,
 * building and compiling the page statement with the builder cost the app more CPU (~9 % of the
 * request) than anything but rendering, and the search is the service's busiest page (issue 5).
 * The text is the same as the builder's was, so the plans in zoeken.sql.md still hold; every
 * value is a parameter, only the sort expressions, directions and page arithmetic are SQL.
 * Keyset paging ("after this row") would make the middle pages constant too, but it needs a
 * cursor in the next/previous links only, and the shared Overzicht keeps one set of parameters
 * for all its links; page numbers (R-UI-2) need an offset anyway. The CSV export does use keysets.
 */
import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/types';
import { namePattern } from '../../../platform/search/name-pattern';
import { pageInfo, type OverzichtState, type SortDir } from '../../../platform/ui/overzicht-state';
import { soortLabels } from '../messages';
import { SOORTEN, type Soort, type Status } from '../codes';

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

/**
 * "Soort verzuim" sorts by the label people see, not by the stored code (V3, LRV, …, which
 * looks random in the list): the rank of each code's label in Dutch alphabetical order, worked
 * out here from the labels so the two cannot drift, and written into the SQL as a CASE. The
 * codes are our own constants, never input. Price: the (scope, status, soort, id) index no longer
 * gives this order, so each status branch sorts its matches (top-N) instead of reading a range.
 */
const soortRang = (): string => {
  const opLabel = [...SOORTEN].sort((a, b) => soortLabels[a].localeCompare(soortLabels[b], 'nl'));
  return `(case soort ${opLabel.map((code, rang) => `when '${code}' then ${rang}`).join(' ')} end)`;
};

/** The sort expressions; each but soort matches an index of migration 0005 (scope, status, key, id). */
const SORT_SQL: Record<MeldingSort, { expr: string; type: string } | null> = {
  nummer: { expr: 'nummer', type: 'text' },
  pgn: { expr: 'pgn', type: 'text' },
  naam: { expr: '(lower(achternaam) collate "C")', type: 'text' },
  soort: { expr: soortRang(), type: 'int' },
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
  soort: Soort;
  begindatum: string;
  einddatum: string | null;
  status: Status;
  aangemaakt_op: Date;
  prioriteit: boolean;
  onderwijslocatie_naam: string | null;
  instellingscode: string;
  gemeentecode: string;
}

/** The parameters of a statement being written, in the order their placeholders appear. */
class Params {
  readonly values: unknown[] = [];
  /** Adds a value; its placeholder ($1, $2, …). */
  v(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

async function run<R>(db: Db, text: string, p: Params): Promise<R[]> {
  return (await db.executeQuery<R>(CompiledQuery.raw(text, p.values))).rows;
}

/** `from meldingen where …` of one status branch: scope, status, and every filter. */
function gefilterd(p: Params, scope: MeldingZoekScope, status: Status, f: MeldingZoekFilter): string {
  let w = 'instellingscode' in scope ? `"instellingscode" = ${p.v(scope.instellingscode)}` : `"gemeentecode" = ${p.v(scope.gemeentecode)}`;
  w += ` and "status" = ${p.v(status)}`;
  if (f.pgn !== null) w += ` and "pgn" = ${p.v(f.pgn)}`;
  if (f.nummer !== null) w += ` and "nummer" = ${p.v(f.nummer)}`;
  if (f.soort !== null) w += ` and "soort" = ${p.v(f.soort)}`;
  if (f.prioriteit !== null) w += ` and "prioriteit" = ${p.v(f.prioriteit)}`;
  if (f.instellingscode !== null) w += ` and "instellingscode" = ${p.v(f.instellingscode)}`;
  // Overlap of [begindatum, einddatum or open] with [van, tm]; either bound may be open.
  if (f.periodeTm !== null) w += ` and "begindatum" <= ${p.v(f.periodeTm)}`;
  if (f.periodeVan !== null) w += ` and ("einddatum" is null or "einddatum" >= ${p.v(f.periodeVan)})`;
  const naam = f.achternaam === null ? null : namePattern(f.achternaam);
  // A prefix is a range of the (… lower(achternaam) collate "C" …) index; a leading % needs the
  // trigram index on lower(achternaam): the two spellings let the planner match each index.
  if (naam !== null) w += naam.startsWith('%') ? ` and lower(achternaam) like lower(${p.v(naam)})` : ` and (lower(achternaam) collate "C") like lower(${p.v(naam)})`;
  const locatie = f.onderwijslocatie === null ? null : namePattern(f.onderwijslocatie);
  if (locatie !== null) w += ` and lower(onderwijslocatie_naam) like lower(${p.v(locatie)})`;
  return `from "meldingen" where ${w}`;
}

/**
 * The branches, one per chosen status, as `(…) union all (…)`, aliased b. Each branch keeps its
 * own ORDER BY and LIMIT inside its parentheses: that is what lets PostgreSQL merge them in order.
 * Called in the order of the text, so the parameters are numbered in that order too.
 */
function unionAll(statussen: readonly Status[], branch: (s: Status) => string): string {
  return `(${statussen.map((s) => `((${branch(s)}))`).join(' union all ')}) as "b"`;
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
function telExpressie(p: Params, scope: MeldingZoekScope, filter: MeldingZoekFilter): string {
  if (alleenStatussen(filter)) {
    const [soort, code] = 'instellingscode' in scope ? ['I', scope.instellingscode] : ['G', scope.gemeentecode];
    return `(select coalesce(sum(aantal), 0)::text from melding_aantallen
      where scope = ${p.v(soort)} and code = ${p.v(code)} and status in (${[...new Set(filter.statussen)].map((s) => p.v(s)).join(', ')}))`;
  }
  const branches = unionAll(filter.statussen, (s) => `select count(*) as "n" ${gefilterd(p, scope, s, filter)}`);
  return `((select coalesce(sum(b.n), 0)::text as "n" from ${branches}))`;
}

/** How many meldingen match the filter (see telExpressie). */
export async function telMeldingen(db: Db, scope: MeldingZoekScope, filter: MeldingZoekFilter): Promise<number> {
  if (filter.statussen.length === 0) return 0;
  const p = new Params();
  const rows = await run<{ n: string }>(db, `select ${telExpressie(p, scope, filter)} as n`, p);
  return Number(rows[0]!.n);
}

/**
 * Where a page lies in the merged order: each status branch reads its first `tak` rows, then
 * `offset` are skipped and at most `limit` kept. Numbers when the total is known beforehand; SQL
 * over the statement's own total (`r`, see metTotaal) when it is counted in the same statement.
 */
interface Positie {
  tak: number | { sql: string };
  offset: number | { sql: string };
  limit: number;
}

const waarde = (p: Params, x: number | { sql: string }) => (typeof x === 'number' ? p.v(x) : x.sql);

/** The ids (and sort keys) of the page at `pos` in the order (sort dir, id dir), merged over the statuses. */
function idsQuery(p: Params, scope: MeldingZoekScope, filter: MeldingZoekFilter, sort: MeldingSort, dir: SortDir, pos: Positie): string {
  const key = SORT_SQL[sort]!.expr;
  const branches = unionAll(filter.statussen, (s) => `select "id", ${key} as "k" ${gefilterd(p, scope, s, filter)} order by k ${dir}, "id" ${dir} limit ${waarde(p, pos.tak)}`);
  return `select "b"."id", b.k as "k" from ${branches} order by b.k ${dir}, "b"."id" ${dir} limit ${p.v(pos.limit)} offset ${waarde(p, pos.offset)}`;
}

const RIJ_KOLOMMEN = [
  '"m"."id"',
  '"m"."nummer"',
  '"m"."pgn"',
  '"m"."achternaam"',
  '"m"."soort"',
  '"m"."begindatum"',
  '"m"."einddatum"',
  '"m"."status"',
  '"m"."aangemaakt_op"',
  '"m"."prioriteit"',
  '"m"."onderwijslocatie_naam"',
  '"m"."instellingscode"',
  '"m"."gemeentecode"',
  `m.inhoud #>> '{leerling,voornamen}' as "voornamen"`,
  `m.inhoud #>> '{leerling,voorvoegsel}' as "voorvoegsel"`,
].join(', ');

/**
 * The page's ids and their rows in one statement: the ids subquery keeps its own plan
 * (LIMIT/OFFSET fence it), then primary-key lookups; sorted again by its key. `extra`: more
 * select items (the total), written before the ids so their parameters come first.
 */
function paginaQuery(p: Params, scope: MeldingZoekScope, filter: MeldingZoekFilter, sort: MeldingSort, dir: SortDir, pos: Positie, extra = ''): string {
  const kolommen = `${RIJ_KOLOMMEN}${extra}`;
  return `select ${kolommen} from (${idsQuery(p, scope, filter, sort, dir, pos)}) as "p" inner join "meldingen" as "m" on "m"."id" = "p"."id" order by p.k ${dir}, "p"."id" ${dir}`;
}

async function rijenVoorIds(db: Db, ids: readonly string[]): Promise<MeldingZoekRij[]> {
  if (ids.length === 0) return [];
  const p = new Params();
  const rows = await run<MeldingZoekRij>(db, `select ${RIJ_KOLOMMEN} from "meldingen" as "m" where "m"."id" in (${ids.map((id) => p.v(id)).join(', ')})`, p);
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
  const p = new Params();
  if (state.page <= 1) {
    const totaal = `, ${telExpressie(p, scope, filter)} as "totaal"`;
    const rows = await run<MeldingZoekRij & { totaal: string }>(db, paginaQuery(p, scope, filter, sort, state.dir, { tak: per, offset: 0, limit: per }, totaal), p);
    return { rows: rows.map(({ totaal: _, ...rij }) => rij), total: Number(rows[0]?.totaal ?? 0) };
  }
  const info = pageInfo(hint, state);
  const achteraan = info.offset > hint - Math.min(hint, info.offset + per);
  const dir: SortDir = achteraan ? (state.dir === 'asc' ? 'desc' : 'asc') : state.dir;
  const r = (expr: string) => ({ sql: `(select ${expr} from r)` });
  // t on its own: inlined, the count would run once for every use of n.
  const t = `with t as materialized (select ${telExpressie(p, scope, filter)}::bigint as n)`;
  const plaats = `r as materialized (select n, s, least(n, s + ${p.v(per)}) as e from (
    select n, (least(${p.v(state.page)}, greatest(1, (n + ${p.v(per)} - 1) / ${p.v(per)})) - 1) * ${p.v(per)} as s from t) x)`;
  // Forward: the branches need at most page × per rows, a constant the planner can use.
  const pos: Positie = achteraan ? { tak: r('n - s'), offset: r('n - e'), limit: per } : { tak: state.page * per, offset: r('s'), limit: per };
  const query = paginaQuery(p, scope, filter, sort, dir, pos, `, (select n from r)::text as "totaal"`);
  const rows = await run<MeldingZoekRij & { totaal: string }>(db, `${t}, ${plaats} (${query})`, p);
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
  const p = new Params();
  const rows = await run<MeldingZoekRij>(db, paginaQuery(p, scope, filter, state.sort, dir, { tak: offset + limit, offset, limit }), p);
  if (achteraan) rows.reverse();
  return { rows, total };
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
  const dir = order.dir;
  let na: { kt: string; id: string } | null = null;
  for (;;) {
    const after = na;
    const p = new Params();
    const branches = unionAll(filter.statussen, (s) => {
      let q = `select "id", ${expr} as "k", ${expr}::text as "kt" ${gefilterd(p, scope, s, filter)}`;
      if (after !== null) q += ` and (${expr}, id) ${op} (cast(${p.v(after.kt)} as ${type}), ${p.v(after.id)}::bigint)`;
      return `${q} order by ${expr} ${dir}, "id" ${dir} limit ${p.v(batch)}`;
    });
    const keys = await run<{ id: string; kt: string }>(db, `select "b"."id", "b"."kt" from ${branches} order by b.k ${dir}, "b"."id" ${dir} limit ${p.v(batch)}`, p);
    if (keys.length === 0) return;
    yield await rijenVoorIds(db, keys.map((r) => r.id));
    if (keys.length < batch) return;
    na = keys.at(-1)!;
  }
}

/**
 * A page of the gemeente's meldingen for the JSON API (issue 16): newest first by id, after the
 * cursor `voor` (the last id of the page before; null: from the top), at most `limit`. A keyset,
 * not an offset: a melding filed meanwhile gets a higher id and so never shifts a later page.
 * One branch per gemeente and status (each a range of the (scope, status, …, id) indexes), merged.
 */
export async function meldingenVoorId(db: Db, gemeentecodes: readonly string[], filter: MeldingZoekFilter, voor: string | null, limit: number): Promise<MeldingZoekRij[]> {
  if (filter.statussen.length === 0 || gemeentecodes.length === 0) return [];
  const p = new Params();
  const takken = gemeentecodes.flatMap((code) =>
    filter.statussen.map((s) => {
      let q = `select "id" ${gefilterd(p, { gemeentecode: code }, s, filter)}`;
      if (voor !== null) q += ` and "id" < ${p.v(voor)}::bigint`;
      return `((${q} order by "id" desc limit ${p.v(limit)}))`;
    }),
  );
  const ids = await run<{ id: string }>(db, `select "b"."id" from (${takken.join(' union all ')}) as "b" order by "b"."id" desc limit ${p.v(limit)}`, p);
  return rijenVoorIds(
    db,
    ids.map((r) => String(r.id)),
  );
}
