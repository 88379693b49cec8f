// The gemeente's inbox (R-GEM-2): the search criteria of Raadplegen verzuim plus the gemeente's
// own (prioriteit, school), and the result in the shared Overzicht (R-UI-2), new meldingen
// first. The form posts (CSRF); the route redirects to a bookmarkable GET URL in which a PGN or
// name is replaced by a stored search's id, as Raadplegen verzuim does.
import type { ComponentChildren } from 'preact';
import type { FormValues } from '../../../platform/http/form';
import { gemeenteScherm as g } from '../messages';
import { soortLabels, statusLabels, raadplegenScherm as s, SOORTEN, STATUSSEN, meldingKolommen, ZOEK_PARAM as P, type MeldingZoekRij } from '../../meldingen/face';
import { Checkboxes } from '../../../platform/ui/choices';
import { DateInput } from '../../../platform/ui/date-input';
import { errorFor, type FieldError } from '../../../platform/ui/error-summary';
import { Button, HiddenCsrf, KnopLink, Select, TextField } from '../../../platform/ui/fields';
import { Overzicht, type OverzichtColumn } from '../../../platform/ui/overzicht';
import { PARAM, type OverzichtState, type QueryInput } from '../../../platform/ui/overzicht-state';
import { gemeenteMeldingPad, INBOX_PAD } from './melding';

const str = (v: FormValues, k: string): string => {
  const x = v[k];
  return typeof x === 'string' ? x : '';
};

export function InboxFormulier(props: { csrf: string; values: FormValues; errors?: readonly FieldError[] | undefined; state: OverzichtState }): ComponentChildren {
  const { values: v, errors } = props;
  const e = (k: string) => errorFor(errors, k);
  return (
    <form method="post" action={INBOX_PAD} novalidate class="vl-zoekformulier" aria-labelledby="zoeken-kop">
      <h2 class="utrecht-heading-2" id="zoeken-kop">
        {g.inboxZoekenKop}
      </h2>
      <HiddenCsrf token={props.csrf} />
      {/* A new search keeps the chosen order and rows per page, and starts at page 1. */}
      <input type="hidden" name={PARAM.sort} value={props.state.sort} />
      <input type="hidden" name={PARAM.dir} value={props.state.dir} />
      <input type="hidden" name={PARAM.perPage} value={String(props.state.perPage)} />
      <Checkboxes name={P.status} label={s.statusMelding} options={STATUSSEN.map((c) => ({ value: c, label: statusLabels[c] }))} values={v[P.status]} error={e(P.status)} />
      <Select name={P.soort} label={s.soort} options={SOORTEN.map((c) => ({ value: c, label: soortLabels[c] }))} placeholder={s.soortAlle} value={str(v, P.soort)} error={e(P.soort)} />
      <Select
        name={P.prioriteit}
        label={s.prioriteit}
        options={[
          { value: 'ja', label: g.prioriteitJa },
          { value: 'nee', label: g.prioriteitNee },
        ]}
        placeholder={s.prioriteitAlle}
        value={str(v, P.prioriteit)}
        error={e(P.prioriteit)}
      />
      <TextField name={P.school} label={s.school} value={str(v, P.school)} error={e(P.school)} autocomplete="off" spellcheck={false} width="xs" maxLength={4} />
      <p class="utrecht-paragraph vl-hint">
        {s.periodeKop}: {s.periodeHint}
      </p>
      <DateInput name={P.van} label={s.van} value={str(v, P.van)} error={e(P.van)} />
      <DateInput name={P.tm} label={s.tm} value={str(v, P.tm)} error={e(P.tm)} />
      <TextField name={P.pgn} label={s.pgn} hint={s.pgnHint} value={str(v, P.pgn)} error={e(P.pgn)} inputMode="numeric" autocomplete="off" spellcheck={false} width="sm" maxLength={20} />
      <TextField name={P.achternaam} label={s.achternaam} hint={s.achternaamHint} help={s.achternaamUitleg} value={str(v, P.achternaam)} error={e(P.achternaam)} autocomplete="off" spellcheck={false} width="md" maxLength={100} />
      <TextField name={P.nummer} label={s.nummer} hint={s.nummerHint} value={str(v, P.nummer)} error={e(P.nummer)} autocomplete="off" spellcheck={false} width="sm" maxLength={20} />
      <div class="vl-button-group">
        <Button>{s.zoeken}</Button>
        <KnopLink href={INBOX_PAD} variant="secondary">
          {s.allesWissen}
        </KnopLink>
      </div>
    </form>
  );
}

const KOLOMMEN: readonly OverzichtColumn<MeldingZoekRij>[] = [
  ...meldingKolommen((r) => ({ href: gemeenteMeldingPad(r.nummer), label: g.openenContext(r.nummer) })),
  { key: 'school', label: g.kolomSchool, render: (r) => r.instellingscode },
  { key: 'prioriteit', label: g.kolomPrioriteit, render: (r) => (r.prioriteit ? g.prioriteitJa : '') },
];

export function InboxResultaten(props: { rows: readonly MeldingZoekRij[]; total: number; state: OverzichtState; query: QueryInput }): ComponentChildren {
  return (
    <section aria-labelledby="resultaten-kop">
      {/* Sort and page links land here (tabindex: it takes focus), not at the top of the page. */}
      <h2 class="utrecht-heading-2" id="resultaten-kop" tabindex={-1}>
        {g.inboxResultatenKop}
      </h2>
      <Overzicht
        caption={g.inboxResultatenKop}
        captionHidden
        columns={KOLOMMEN}
        rows={props.rows}
        total={props.total}
        state={props.state}
        baseUrl={INBOX_PAD}
        query={props.query}
        nounSingular={s.enkelvoud}
        nounPlural={s.meervoud}
        rowKey={(r) => r.id}
        kopId="resultaten-kop"
      />
    </section>
  );
}
