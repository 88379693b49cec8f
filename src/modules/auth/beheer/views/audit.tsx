// The audit log search (R-PRIV-1): a GET form with the filters, then the lines in the shared
// Overzicht, newest first. Every state is a URL, so a search can be bookmarked or passed on.
import type { ComponentChildren } from 'preact';
import type { AuditRij } from '../../../../platform/audit/audit.repository';
import { str, type FormValues } from '../../../../platform/http/form';
import { beheerMessages } from '../messages';
import { DateInput } from '../../../../platform/ui/date-input';
import { errorFor, type FieldError } from '../../../../platform/ui/error-summary';
import { Button, Select, TextField } from '../../../../platform/ui/fields';
import { Overzicht, type OverzichtColumn } from '../../../../platform/ui/overzicht';
import { PARAM, type OverzichtState, type QueryInput } from '../../../../platform/ui/overzicht-state';
import { formatDutchDateTime } from '../../../../platform/datum';

const t = beheerMessages.audit;
const acties = beheerMessages.auditActies;
export const AUDIT_PAD = '/beheer/audit';

const actieNaam = (actie: string) => acties[actie] ?? actie;

/** The details as "key: value" pairs; nested values as JSON. */
function details(d: Record<string, unknown>): string {
  return Object.entries(d)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
}

const columns: readonly OverzichtColumn<AuditRij>[] = [
  { key: 'tijd', label: t.kolomTijd, sortable: true, render: (r) => formatDutchDateTime(r.op) },
  { key: 'inlognaam', label: t.kolomInlognaam, render: (r) => r.gebruikersnaam },
  { key: 'actie', label: t.kolomActie, render: (r) => actieNaam(r.actie) },
  { key: 'code', label: t.kolomCode, render: (r) => [r.instellingscode, r.gemeentecode].filter(Boolean).join(', ') },
  { key: 'object', label: t.kolomObject, render: (r) => (r.object_type ? `${r.object_type} ${r.object_id ?? ''}`.trim() : '') },
  { key: 'ip', label: t.kolomIp, render: (r) => r.ip },
  { key: 'details', label: t.kolomDetails, render: (r) => details(r.details) },
];

export interface AuditPaginaProps {
  values: FormValues;
  errors?: readonly FieldError[];
  state: OverzichtState;
  /** Absent when the form has errors: nothing is searched then. */
  result?: { rows: readonly AuditRij[]; total: number };
  query: QueryInput;
}

export function AuditPagina(props: AuditPaginaProps): ComponentChildren {
  const v = props.values;
  const e = (field: string) => errorFor(props.errors, field);
  const gekozen = str(v, 'actie');
  const options = Object.entries(acties)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  if (gekozen && !(gekozen in acties)) options.push({ value: gekozen, label: gekozen });
  return (
    <>
      <p>{t.intro}</p>
      <form method="get" action={AUDIT_PAD} role="search" novalidate>
        <TextField name="inlognaam" label={t.inlognaam} hint={t.inlognaamHint} value={str(v, 'inlognaam')} error={e('inlognaam')} width="md" spellcheck={false} />
        <Select name="actie" label={t.actie} options={options} value={gekozen} placeholder={t.alleActies} error={e('actie')} />
        <TextField name="code" label={t.code} value={str(v, 'code')} error={e('code')} width="sm" spellcheck={false} />
        <DateInput name="van" label={t.van} value={str(v, 'van')} error={e('van')} />
        <DateInput name="tot" label={t.tot} value={str(v, 'tot')} error={e('tot')} />
        <input type="hidden" name={PARAM.perPage} value={String(props.state.perPage)} />
        <input type="hidden" name={PARAM.sort} value={props.state.sort} />
        <input type="hidden" name={PARAM.dir} value={props.state.dir} />
        <Button variant="secondary">{t.zoekKnop}</Button>
      </form>
      {props.result ? (
        <Overzicht
          caption={t.caption}
          columns={columns}
          rows={props.result.rows}
          total={props.result.total}
          state={props.state}
          baseUrl={AUDIT_PAD}
          query={props.query}
          nounSingular={t.enkelvoud}
          nounPlural={t.meervoud}
          rowKey={(r) => r.id}
        />
      ) : null}
    </>
  );
}
