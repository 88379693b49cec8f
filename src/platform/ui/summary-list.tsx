/**
 * Summary list (GOV.UK "check answers"): a `<dl>` of key/value rows, with an optional "Wijzigen"
 * link per row or per section. Every such link carries visually hidden context ("Wijzigen
 * verzuim"), because a screen reader's list of links otherwise holds many identical "Wijzigen".
 */
import type { ComponentChildren } from 'preact';
import { uiMessages as t } from '../messages/ui';

export interface ChangeLink {
  href: string;
  /** Read after "Wijzigen" by screen readers only, e.g. "verzuim" or "einddatum verzuim". */
  hiddenText: string;
}

export interface SummaryRow {
  key: ComponentChildren;
  /** null, undefined or '' shows "Niet ingevuld", so an empty answer is visibly empty. */
  value: ComponentChildren;
  change?: ChangeLink | undefined;
}

export interface SummaryListProps {
  rows: readonly SummaryRow[];
  /** A section heading above the list; with `change` the section gets one "Wijzigen" link. */
  title?: string;
  change?: ChangeLink | undefined;
  headingLevel?: 2 | 3 | 4;
}

export function ChangeLinkView({ href, hiddenText }: ChangeLink): ComponentChildren {
  return (
    <a class="utrecht-link vl-change-link" href={href}>
      {t.wijzigen}
      <span class="visually-hidden"> {hiddenText}</span>
    </a>
  );
}

const isEmpty = (v: ComponentChildren): boolean => v === null || v === undefined || v === '' || v === false;

function List({ rows }: { rows: readonly SummaryRow[] }): ComponentChildren {
  const anyChange = rows.some((r) => r.change);
  return (
    <dl class="vl-summary-list">
      {rows.map((r, i) => (
        <div class="vl-summary-list__row" key={i}>
          <dt class="vl-summary-list__key">{r.key}</dt>
          <dd class="vl-summary-list__value">
            {isEmpty(r.value) ? <span class="vl-summary-list__empty">{t.nietIngevuld}</span> : r.value}
          </dd>
          {/* An empty actions cell keeps the columns aligned when only some rows can change. */}
          {anyChange ? <dd class="vl-summary-list__actions">{r.change ? <ChangeLinkView {...r.change} /> : null}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

export function SummaryList({ rows, title, change, headingLevel = 2 }: SummaryListProps): ComponentChildren {
  if (title === undefined) return <List rows={rows} />;
  const Heading = `h${headingLevel}` as 'h2';
  return (
    <section class="vl-summary-section">
      <div class="vl-summary-section__header">
        <Heading class="vl-summary-section__title">{title}</Heading>
        {change ? <ChangeLinkView {...change} /> : null}
      </div>
      <List rows={rows} />
    </section>
  );
}
