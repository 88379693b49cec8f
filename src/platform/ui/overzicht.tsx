/**
 * The one overview every list uses (R-UI-2, manual §2.3, Afb. 8): a table with sortable column
 * headers, below it the count found ("Tevens staat onderin hoeveel gegevens gevonden zijn"),
 * "Overzicht bestaat uit N pagina's…", first/previous/page numbers/next/last, and a rows-per-page
 * form. Everything is a link or a GET form, so it works without JavaScript and every state can be
 * bookmarked; see overzicht-state.ts for the URL rules.
 *
 * Every sort and page link, and the rows-per-page form, ends in a fragment that lands on the
 * overview's heading (`kopId`) or else on the table's caption, which can take focus
 * (tabindex -1): after sorting or paging, keyboard and screen-reader users go on at the results
 * instead of at the top of the page, past the menu and the search form.
 *
 * The header row, the pager and the rows-per-page form depend only on the state, the total, the
 * link prefix and the landing fragment (all in their props), and are the same on most requests of
 * a list: their HTML is rendered once per distinct set of props and reused (same-html.tsx), as
 * for untouched form fields. Their props hold the query's other parameters (in the links); the
 * service keeps personal criteria out of URLs (see raadplegen/routes.tsx), so no typed PGN or
 * name is kept this way.
 */
import type { ComponentChildren } from 'preact';
import { uiMessages as t } from '../messages/ui';
import {
  linkPrefix,
  pageInfo,
  PARAM,
  PER_PAGE_OPTIONS,
  perPageFormHidden,
  sortTarget,
  stateQuery,
  type OverzichtState,
  type PageInfo,
  type QueryInput,
  type SortDir,
} from './overzicht-state';
import { sameHtml } from './same-html';

export interface OverzichtColumn<Row> {
  /** The sort key sent as `sorteer=` when sortable; must be in the route's `sortable` list. */
  key: string;
  label: string;
  sortable?: boolean;
  /** Right-aligned, for counts. */
  numeric?: boolean;
  render: (row: Row) => ComponentChildren;
}

export interface OverzichtProps<Row> {
  caption: string;
  /** The page's h1 usually says the same; then the caption is for screen readers only. */
  captionHidden?: boolean;
  columns: readonly OverzichtColumn<Row>[];
  /** The rows of the current page, already sorted and paged by the query. */
  rows: readonly Row[];
  total: number;
  state: OverzichtState;
  /** Path of the overview page, e.g. '/meldingen'. */
  baseUrl: string;
  /** The current query; its other parameters (filters) are kept in every link. */
  query?: QueryInput;
  nounSingular: string;
  nounPlural: string;
  /** Shown instead of the table when nothing is found; defaults to "Geen {nounPlural} gevonden." */
  empty?: ComponentChildren;
  rowKey?: (row: Row, index: number) => string | number;
  /** Prefix for element ids, when a page holds more than one overview. */
  idPrefix?: string;
  /**
   * The id of the heading right above the overview, where sort and page links land; that
   * heading must carry tabindex="-1". Without it they land on the table's caption.
   */
  kopId?: string;
}

export function Overzicht<Row>(props: OverzichtProps<Row>): ComponentChildren {
  const { columns, rows, state, total } = props;
  const info = pageInfo(total, state);
  const current: OverzichtState = { ...state, page: info.page };
  const prefix = linkPrefix(props.baseUrl, props.query);
  const captionId = props.kopId === undefined ? `${props.idPrefix ?? 'overzicht'}-kop` : undefined;
  const anker = `#${props.kopId ?? captionId}`;

  if (info.total === 0) {
    return (
      <div class="vl-overzicht">
        <p class="utrecht-paragraph vl-overzicht__empty">{props.empty ?? t.overzicht.geenResultaten(props.nounPlural)}</p>
      </div>
    );
  }

  return (
    <div class="vl-overzicht">
      {/* The container scrolls sideways on narrow screens instead of squeezing the columns. */}
      <div class="utrecht-table-container vl-table-container">
        <table class="utrecht-table utrecht-table--html-table vl-table">
          <caption class={`utrecht-table__caption${props.captionHidden ? ' visually-hidden' : ''}`} id={captionId} tabindex={captionId === undefined ? undefined : -1}>
            {props.caption}
          </caption>
          <thead class="utrecht-table__header">
            <HeaderRow cells={columns.map((c) => headerCell(c, current, prefix, anker))} />
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((row, i) => (
              <tr class="utrecht-table__row" key={props.rowKey ? props.rowKey(row, i) : i}>
                {columns.map((c) => (
                  <td key={c.key} class={`utrecht-table__cell${c.numeric ? ' utrecht-table__cell--numeric-data' : ''}`}>
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="utrecht-paragraph vl-overzicht__count">{t.overzicht.gevonden(info.total, props.nounSingular, props.nounPlural)}</p>
      <Pager info={info} caption={props.caption} prefix={prefix} state={current} anker={anker} />
      <PerPageForm action={props.baseUrl + anker} hidden={perPageFormHidden(props.query, current)} perPage={current.perPage} id={`${props.idPrefix ?? 'overzicht'}-${PARAM.perPage}`} />
    </div>
  );
}

/** A column header as plain data: the sort link's target and the current order, if sortable. */
interface HeaderCellProps {
  label: string;
  numeric: boolean;
  sort: { href: string; sorted: SortDir | null; target: SortDir } | null;
}

function headerCell(column: OverzichtColumn<never>, state: OverzichtState, prefix: string, anker: string): HeaderCellProps {
  if (!column.sortable) return { label: column.label, numeric: column.numeric === true, sort: null };
  const target = sortTarget(state, column.key);
  return {
    label: column.label,
    numeric: column.numeric === true,
    sort: { href: prefix + stateQuery({ ...state, ...target }) + anker, sorted: state.sort === column.key ? state.dir : null, target: target.dir },
  };
}

const HeaderRow = sameHtml(function HeaderRow({ cells }: { cells: readonly HeaderCellProps[] }): ComponentChildren {
  return (
    <tr class="utrecht-table__row">
      {cells.map((c, i) => (
        <HeaderCell key={i} {...c} />
      ))}
    </tr>
  );
}, () => false);

function HeaderCell({ label, numeric, sort }: HeaderCellProps): ComponentChildren {
  const cls = `utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric-column' : ''}`;
  if (!sort) return <th scope="col" class={cls}>{label}</th>;
  const { sorted } = sort;
  return (
    <th
      scope="col"
      class={`${cls} vl-sortable${sorted ? ' vl-sortable--sorted' : ''}`}
      aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <a class="vl-sort-link" href={sort.href}>
        {label}
        <span class="visually-hidden"> {sort.target === 'asc' ? t.overzicht.sorteerOplopend : t.overzicht.sorteerAflopend}</span>
        {/* The manual's sort symbol; which arrow shows the current direction. */}
        <span class="vl-sort-icon" aria-hidden="true">
          {sorted ? (sorted === 'asc' ? '▲' : '▼') : '▲▼'}
        </span>
      </a>
    </th>
  );
}

/** A paging control: a link when it leads somewhere, else inert text marked aria-disabled. */
function PagerControl(props: { target: number | null; href: string; kind: string; children: ComponentChildren }): ComponentChildren {
  const cls = `vl-pager__link vl-pager__link--${props.kind}`;
  return props.target === null ? (
    <span class={`${cls} vl-pager__link--disabled`} aria-disabled="true">
      {props.children}
    </span>
  ) : (
    <a class={cls} href={props.href}>
      {props.children}
    </a>
  );
}

const Pager = sameHtml(function Pager({ info, caption, prefix, state, anker }: { info: PageInfo; caption: string; prefix: string; state: OverzichtState; anker: string }): ComponentChildren {
  const o = t.overzicht;
  const href = (page: number) => prefix + stateQuery({ ...state, page }) + anker;
  const to = (page: number | null) => (page === null ? '' : href(page));
  return (
    <nav class="vl-pager" aria-label={o.paginering(caption)}>
      <p class="utrecht-paragraph vl-pager__status">{o.paginas(info.pages, info.page)}</p>
      <ul class="vl-pager__list">
        <li>
          <PagerControl kind="first" target={info.first} href={to(info.first)}>
            <span aria-hidden="true">« </span>
            {o.eerste}
            <span class="visually-hidden">{o.paginaSuffix}</span>
          </PagerControl>
        </li>
        <li>
          <PagerControl kind="prev" target={info.prev} href={to(info.prev)}>
            <span aria-hidden="true">‹ </span>
            {o.vorige}
            <span class="visually-hidden">{o.paginaSuffix}</span>
          </PagerControl>
        </li>
        {info.numbers.map((n) => (
          <li key={n}>
            <a
              class={`vl-pager__link vl-pager__link--number${n === info.page ? ' vl-pager__link--current' : ''}`}
              href={href(n)}
              aria-current={n === info.page ? 'page' : undefined}
            >
              <span class="visually-hidden">{o.paginaPrefix}</span>
              {n}
            </a>
          </li>
        ))}
        <li>
          <PagerControl kind="next" target={info.next} href={to(info.next)}>
            {o.volgende}
            <span class="visually-hidden">{o.paginaSuffix}</span>
            <span aria-hidden="true"> ›</span>
          </PagerControl>
        </li>
        <li>
          <PagerControl kind="last" target={info.last} href={to(info.last)}>
            {o.laatste}
            <span class="visually-hidden">{o.paginaSuffix}</span>
            <span aria-hidden="true"> »</span>
          </PagerControl>
        </li>
      </ul>
    </nav>
  );
}, () => false);

/**
 * GET form: changing the rows per page starts at page 1 and keeps filters and sort. The action's
 * fragment survives the submission (the query is replaced, not the fragment), so it lands on the
 * results like the links.
 */
const PerPageForm = sameHtml(function PerPageForm(props: { action: string; hidden: readonly [string, string][]; perPage: number; id: string }): ComponentChildren {
  return (
    <form class="vl-per-page" method="get" action={props.action}>
      {props.hidden.map(([name, value], i) => (
        <input key={i} type="hidden" name={name} value={value} />
      ))}
      <label class="utrecht-form-label vl-per-page__label" for={props.id}>
        {t.overzicht.aantalPerPagina}
      </label>
      <select class="utrecht-select utrecht-select--html-select vl-per-page__select" id={props.id} name={PARAM.perPage}>
        {PER_PAGE_OPTIONS.map((n) => (
          <option key={n} value={String(n)} selected={n === props.perPage}>
            {n}
          </option>
        ))}
      </select>
      <button class="utrecht-button utrecht-button--secondary-action vl-per-page__button" type="submit">
        {t.overzicht.toon}
      </button>
    </form>
  );
}, () => false);
