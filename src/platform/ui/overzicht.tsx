/**
 * The one overview every list uses (R-UI-2, manual §2.3, Afb. 8): the count found, a table with
 * sortable column headers, "Overzicht bestaat uit N pagina's…", first/previous/page numbers/
 * next/last, and a rows-per-page form. Everything is a link or a GET form, so it works without
 * JavaScript and every state can be bookmarked; see overzicht-state.ts for the URL rules.
 */
import type { ComponentChildren } from 'preact';
import { uiMessages as t } from '../messages/ui';
import {
  overzichtHref,
  pageInfo,
  PARAM,
  PER_PAGE_OPTIONS,
  perPageFormHidden,
  sortTarget,
  type OverzichtState,
  type PageInfo,
  type QueryInput,
} from './overzicht-state';

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
}

export function Overzicht<Row>(props: OverzichtProps<Row>): ComponentChildren {
  const { columns, rows, state, total } = props;
  const info = pageInfo(total, state);
  const current: OverzichtState = { ...state, page: info.page };
  const href = (changes: Partial<OverzichtState>) => overzichtHref(props.baseUrl, props.query, current, changes);
  const prefix = props.idPrefix ?? 'overzicht';

  if (info.total === 0) {
    return (
      <div class="vl-overzicht">
        <p class="utrecht-paragraph vl-overzicht__empty">{props.empty ?? t.overzicht.geenResultaten(props.nounPlural)}</p>
      </div>
    );
  }

  return (
    <div class="vl-overzicht">
      <p class="utrecht-paragraph vl-overzicht__count">
        {t.overzicht.gevonden(info.total, props.nounSingular, props.nounPlural)}
      </p>
      {/* The container scrolls sideways on narrow screens instead of squeezing the columns. */}
      <div class="utrecht-table-container vl-table-container">
        <table class="utrecht-table utrecht-table--html-table vl-table">
          <caption class={`utrecht-table__caption${props.captionHidden ? ' visually-hidden' : ''}`}>{props.caption}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {columns.map((c) => (
                <HeaderCell key={c.key} column={c} state={current} href={href} />
              ))}
            </tr>
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
      <Pager info={info} caption={props.caption} href={href} />
      <PerPageForm {...props} state={current} prefix={prefix} />
    </div>
  );
}

function HeaderCell<Row>(props: {
  column: OverzichtColumn<Row>;
  state: OverzichtState;
  href: (changes: Partial<OverzichtState>) => string;
}): ComponentChildren {
  const { column: c, state } = props;
  const cls = `utrecht-table__header-cell${c.numeric ? ' utrecht-table__header-cell--numeric-column' : ''}`;
  if (!c.sortable) return <th scope="col" class={cls}>{c.label}</th>;
  const sorted = state.sort === c.key;
  const target = sortTarget(state, c.key);
  return (
    <th
      scope="col"
      class={`${cls} vl-sortable${sorted ? ' vl-sortable--sorted' : ''}`}
      aria-sort={sorted ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <a class="vl-sort-link" href={props.href(target)}>
        {c.label}
        <span class="visually-hidden"> {target.dir === 'asc' ? t.overzicht.sorteerOplopend : t.overzicht.sorteerAflopend}</span>
        {/* The manual's sort symbol; which arrow shows the current direction. */}
        <span class="vl-sort-icon" aria-hidden="true">
          {sorted ? (state.dir === 'asc' ? '▲' : '▼') : '▲▼'}
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

function Pager({ info, caption, href }: { info: PageInfo; caption: string; href: (c: Partial<OverzichtState>) => string }): ComponentChildren {
  const o = t.overzicht;
  const to = (page: number | null) => (page === null ? '' : href({ page }));
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
              href={href({ page: n })}
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
}

/** GET form: changing the rows per page starts at page 1 and keeps filters and sort. */
function PerPageForm(props: { baseUrl: string; query?: QueryInput | undefined; state: OverzichtState; prefix: string }): ComponentChildren {
  const id = `${props.prefix}-${PARAM.perPage}`;
  return (
    <form class="vl-per-page" method="get" action={props.baseUrl}>
      {perPageFormHidden(props.query, props.state).map(([name, value], i) => (
        <input key={i} type="hidden" name={name} value={value} />
      ))}
      <label class="utrecht-form-label vl-per-page__label" for={id}>
        {t.overzicht.aantalPerPagina}
      </label>
      <select class="utrecht-select utrecht-select--html-select vl-per-page__select" id={id} name={PARAM.perPage}>
        {PER_PAGE_OPTIONS.map((n) => (
          <option key={n} value={String(n)} selected={n === props.state.perPage}>
            {n}
          </option>
        ))}
      </select>
      <button class="utrecht-button utrecht-button--secondary-action vl-per-page__button" type="submit">
        {t.overzicht.toon}
      </button>
    </form>
  );
}
