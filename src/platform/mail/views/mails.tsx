// "Verzonden e-mails" for functioneel beheer: a GET form to filter on status, then the outbox
// in the shared Overzicht (R-UI-2), newest first. Every state is a URL.
import type { ComponentChildren } from 'preact';
import { mailMessages as t } from '../../messages/mail';
import { Button, Select } from '../../ui/fields';
import { Overzicht, type OverzichtColumn } from '../../ui/overzicht';
import { PARAM, type OverzichtState, type QueryInput } from '../../ui/overzicht-state';
import type { MailOverzichtRij } from '../outbox.repository';
import { mailStatus, MAIL_STATUSSEN, type MailStatus } from '../rules';

import { formatDutchDateTime } from '../../datum';

export const MAILS_PAD = '/beheer/mails';
export const mailPad = (id: string) => `${MAILS_PAD}/${id}`;


export const soortNaam = (soort: string) => t.soorten[soort] ?? soort;
export const statusTekst = (row: Parameters<typeof mailStatus>[0]) => t.status(mailStatus(row), row.pogingen);

const columns: readonly OverzichtColumn<MailOverzichtRij>[] = [
  { key: 'aangemaakt', label: t.kolomAangemaakt, sortable: true, render: (r) => formatDutchDateTime(r.aangemaakt_op) },
  { key: 'aan', label: t.kolomAan, render: (r) => r.aan },
  {
    key: 'onderwerp',
    label: t.kolomOnderwerp,
    render: (r) => (
      <a class="utrecht-link" href={mailPad(r.id)}>
        {r.onderwerp}
      </a>
    ),
  },
  { key: 'soort', label: t.kolomSoort, render: (r) => soortNaam(r.soort) },
  { key: 'status', label: t.kolomStatus, render: statusTekst },
  { key: 'verzonden', label: t.kolomVerzondenOp, render: (r) => formatDutchDateTime(r.verzonden_op) },
];

export interface MailsPaginaProps {
  status: MailStatus | null;
  via: 'smtp' | 'log';
  state: OverzichtState;
  result: { rows: readonly MailOverzichtRij[]; total: number };
  query: QueryInput;
}

export function MailsPagina(props: MailsPaginaProps): ComponentChildren {
  const options = MAIL_STATUSSEN.map((s) => ({ value: s, label: t.statusFilter[s] }));
  return (
    <>
      <p>{t.intro}</p>
      {props.via === 'log' ? <p>{t.zonderSmtp}</p> : null}
      <form method="get" action={MAILS_PAD} role="search" novalidate>
        <Select name="status" label={t.filterStatus} options={options} value={props.status ?? ''} placeholder={t.alleStatussen} />
        <input type="hidden" name={PARAM.perPage} value={String(props.state.perPage)} />
        <input type="hidden" name={PARAM.sort} value={props.state.sort} />
        <input type="hidden" name={PARAM.dir} value={props.state.dir} />
        <Button variant="secondary">{t.filterKnop}</Button>
      </form>
      <Overzicht
        caption={t.caption}
        captionHidden
        columns={columns}
        rows={props.result.rows}
        total={props.result.total}
        state={props.state}
        baseUrl={MAILS_PAD}
        query={props.query}
        nounSingular={t.enkelvoud}
        nounPlural={t.meervoud}
        rowKey={(r) => r.id}
      />
    </>
  );
}
