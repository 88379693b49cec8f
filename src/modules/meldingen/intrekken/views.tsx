// The pages of Melding intrekken (manual Afb. 39–41): the melding in brief with the reason and
// toelichting below it, the message when intrekken is not possible, and the confirmation.
import type { ComponentChildren } from 'preact';
import { redenIntrekkenLabels } from '../codes.messages';
import { soortLabels, statusLabels } from '../messages';
import { intrekkenScherm as t } from './messages';
import { Radios } from '../../../platform/ui/choices';
import { formatDutchDateTime } from '../../../platform/datum';
import { errorFor, type FieldError } from '../../../platform/ui/error-summary';
import { Button, HiddenCsrf, KnopLink, TextArea } from '../../../platform/ui/fields';
import { SummaryList } from '../../../platform/ui/summary-list';
import { periodeTekst } from '../wizard/views/gedeeld';
import type { IntrekkenGrenzen, IntrekkenMelding } from './intrekken.service';
import { REDENEN_INTREKKEN_SCHOOL } from './intrekken.rules';
import { TOELICHTING_INTREKKEN_MAX } from './intrekken.parse';

export const meldingUrl = (nummer: string, sub = '') => `/verzuim/meldingen/${encodeURIComponent(nummer)}${sub}`;

export function MeldingKort({ m }: { m: IntrekkenMelding }): ComponentChildren {
  return (
    <SummaryList
      title={t.overzichtKop}
      rows={[
        { key: t.nummer, value: m.nummer },
        { key: t.status, value: statusLabels[m.status] },
        { key: t.leerling, value: `${m.naam} (${m.pgn})` },
        { key: t.soort, value: soortLabels[m.soort] },
        { key: t.periode, value: periodeTekst(m.begindatum, m.einddatum) },
        { key: t.datumMelding, value: formatDutchDateTime(m.aangemaaktOp, { seconds: false }) },
      ]}
    />
  );
}

function Terug({ nummer }: { nummer: string }): ComponentChildren {
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={meldingUrl(nummer)}>
        {t.terugNaarMelding}
      </a>
      {' | '}
      <a class="utrecht-link" href={meldingUrl(nummer, '/historie')}>
        {t.historie}
      </a>
    </p>
  );
}

export function IntrekkenPagina(props: {
  m: IntrekkenMelding;
  grenzen: IntrekkenGrenzen;
  csrf: string;
  values?: { reden?: string; toelichting?: string };
  errors?: readonly FieldError[];
  /** Set after a conflict: the melding changed since the page was opened. */
  conflict?: boolean;
}): ComponentChildren {
  const { m, values = {}, errors } = props;
  return (
    <>
      {props.conflict ? (
        <div class="utrecht-alert utrecht-alert--warning vl-waarschuwing" role="alert">
          <p class="utrecht-paragraph">{t.conflict(m.versie)}</p>
        </div>
      ) : (
        <p class="utrecht-paragraph">{t.intro}</p>
      )}
      <MeldingKort m={m} />
      <form method="post" action={meldingUrl(m.nummer, '/intrekken')} novalidate>
        <HiddenCsrf token={props.csrf} />
        <input type="hidden" name="versie" value={String(m.versie)} />
        <h2 class="utrecht-heading-2">{t.formulierKop}</h2>
        <Radios
          name="reden"
          label={t.reden}
          hint={t.redenHint(props.grenzen.schooljaar, props.grenzen.jaarTerug)}
          options={REDENEN_INTREKKEN_SCHOOL.map((r) => ({ value: r, label: redenIntrekkenLabels[r] }))}
          value={values.reden}
          error={errorFor(errors, 'reden')}
        />
        <TextArea name="toelichting" label={t.toelichting} optional maxLength={TOELICHTING_INTREKKEN_MAX} value={values.toelichting} error={errorFor(errors, 'toelichting')} />
        <div class="vl-button-group">
          <Button>{t.knop}</Button>
          <KnopLink href={meldingUrl(m.nummer)} variant="secondary">
            {t.annuleren}
          </KnopLink>
        </div>
      </form>
    </>
  );
}

export function NietIntrekbaar({ m }: { m: IntrekkenMelding }): ComponentChildren {
  return (
    <>
      <div class="utrecht-alert utrecht-alert--warning vl-waarschuwing" role="status">
        <h2 class="utrecht-heading-2">{t.nietToegestaanKop}</h2>
        <p class="utrecht-paragraph">{t.nietToegestaan(statusLabels[m.status])}</p>
      </div>
      <MeldingKort m={m} />
      <Terug nummer={m.nummer} />
    </>
  );
}

export function IngetrokkenPagina({ m }: { m: IntrekkenMelding }): ComponentChildren {
  return (
    <>
      <div class="utrecht-alert utrecht-alert--ok vl-flash" role="status">
        <p class="utrecht-paragraph">
          <strong>{t.ingetrokken(m.nummer)}</strong>
        </p>
        <p class="utrecht-paragraph">{t.ingetrokkenTekst}</p>
      </div>
      <MeldingKort m={m} />
      <Terug nummer={m.nummer} />
      <p class="utrecht-paragraph">
        <KnopLink href="/verzuim/raadplegen" variant="secondary">
          {t.naarRaadplegen}
        </KnopLink>
      </p>
    </>
  );
}
