/**
 * The state of an overview (R-UI-2, manual §2.3) lives in the URL, with Dutch parameter names:
 * `?pagina=2&aantal=25&sorteer=naam&richting=asc`. Pure functions: read the state from a query,
 * work out the paging, and build links that keep every other parameter (the filters).
 * Sorting is applied by the repository to ALL results (ORDER BY … LIMIT/OFFSET), not to one page.
 */

export const PER_PAGE_OPTIONS = [5, 10, 15, 20, 25, 50, 75, 100] as const;
export const DEFAULT_PER_PAGE = 10;
/** How many page numbers to show around the current page. */
export const PAGE_WINDOW = 10;

export const PARAM = { page: 'pagina', perPage: 'aantal', sort: 'sorteer', dir: 'richting' } as const;
const STATE_PARAMS: readonly string[] = Object.values(PARAM);

export type SortDir = 'asc' | 'desc';

export interface OverzichtState<Sort extends string = string> {
  page: number;
  perPage: number;
  sort: Sort;
  dir: SortDir;
}

export interface OverzichtOptions<Sort extends string> {
  sortable: readonly Sort[];
  defaultSort: Sort;
  defaultDir: SortDir;
}

/** A query as Fastify gives it, or URLSearchParams. Only string values count. */
export type QueryInput = URLSearchParams | Readonly<Record<string, unknown>>;

/** The query as [name, value] pairs; arrays give one pair per value, non-strings are dropped. */
export function queryPairs(query: QueryInput | undefined): [string, string][] {
  if (!query) return [];
  if (query instanceof URLSearchParams) return [...query.entries()];
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (typeof v === 'string') pairs.push([key, v]);
    }
  }
  return pairs;
}

function first(query: QueryInput, name: string): string | undefined {
  return queryPairs(query).find(([k]) => k === name)?.[1];
}

function positiveInt(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,9}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 ? n : undefined;
}

/**
 * The overview state from the query; anything invalid falls back to its default (page 1, 10 rows,
 * the default sort). The page is not clamped here: that needs the total, see `pageInfo`.
 */
export function parseOverzichtState<Sort extends string>(
  query: QueryInput,
  options: OverzichtOptions<Sort>,
): OverzichtState<Sort> {
  const perPage = positiveInt(first(query, PARAM.perPage));
  const sortParam = first(query, PARAM.sort);
  const sort = options.sortable.find((s) => s === sortParam);
  const dirParam = first(query, PARAM.dir);
  return {
    page: positiveInt(first(query, PARAM.page)) ?? 1,
    perPage: PER_PAGE_OPTIONS.find((n) => n === perPage) ?? DEFAULT_PER_PAGE,
    // A direction without a valid column means nothing; both fall back together.
    sort: sort ?? options.defaultSort,
    dir: sort !== undefined && (dirParam === 'asc' || dirParam === 'desc') ? dirParam : options.defaultDir,
  };
}

export interface PageInfo {
  total: number;
  /** At least 1: an empty overview is one empty page. */
  pages: number;
  /** The requested page, clamped to 1..pages. */
  page: number;
  perPage: number;
  /** Rows to skip in the query (LIMIT perPage OFFSET offset). */
  offset: number;
  /** The target page of each control, or null when it is not clickable (manual §2.3). */
  first: number | null;
  prev: number | null;
  next: number | null;
  last: number | null;
  /** Page numbers to show: a window of at most PAGE_WINDOW around the current page. */
  numbers: number[];
}

export function pageInfo(total: number, state: Pick<OverzichtState, 'page' | 'perPage'>, window = PAGE_WINDOW): PageInfo {
  const safeTotal = Math.max(0, Math.floor(total));
  const pages = Math.max(1, Math.ceil(safeTotal / state.perPage));
  const page = Math.min(Math.max(1, Math.floor(state.page)), pages);
  const start = Math.max(1, Math.min(page - Math.floor((window - 1) / 2), pages - window + 1));
  const end = Math.min(pages, start + window - 1);
  const numbers: number[] = [];
  for (let n = start; n <= end; n++) numbers.push(n);
  return {
    total: safeTotal,
    pages,
    page,
    perPage: state.perPage,
    offset: (page - 1) * state.perPage,
    first: page > 1 ? 1 : null,
    prev: page > 1 ? page - 1 : null,
    next: page < pages ? page + 1 : null,
    last: page < pages ? pages : null,
    numbers,
  };
}

/**
 * The start of every link of an overview: `baseUrl?` with the other parameters of the query
 * (filters), encoded once, in their order; `stateQuery` adds the state, so a link is
 * `linkPrefix(baseUrl, query) + stateQuery({ ...state, ...changes })`. Split so an overview with
 * a dozen links encodes the filters once, and its parts get the prefix as plain text.
 */
export function linkPrefix(baseUrl: string, query: QueryInput | undefined): string {
  const kept = new URLSearchParams(queryPairs(query).filter(([k]) => !STATE_PARAMS.includes(k))).toString();
  return `${baseUrl}?${kept ? `${kept}&` : ''}`;
}

/** The state parameters of a link, always all four, in this order. */
export function stateQuery(state: OverzichtState): string {
  return new URLSearchParams([
    [PARAM.page, String(state.page)],
    [PARAM.perPage, String(state.perPage)],
    [PARAM.sort, state.sort],
    [PARAM.dir, state.dir],
  ]).toString();
}

/** Hidden inputs for the rows-per-page form: every other parameter and the current sort. */
export function perPageFormHidden(query: QueryInput | undefined, state: OverzichtState): [string, string][] {
  return [
    ...queryPairs(query).filter(([k]) => !STATE_PARAMS.includes(k)),
    [PARAM.sort, state.sort],
    [PARAM.dir, state.dir],
  ];
}

/** Clicking the sorted column turns its direction around; another column starts ascending. */
export function sortTarget(state: OverzichtState, column: string): Pick<OverzichtState, 'sort' | 'dir' | 'page'> {
  const dir: SortDir = state.sort === column && state.dir === 'asc' ? 'desc' : 'asc';
  return { sort: column, dir, page: 1 };
}
