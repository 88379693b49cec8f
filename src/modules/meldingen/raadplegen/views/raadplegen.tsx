// Screens "Raadplegen verzuim - Zoeken verzuimmelding" (manual Afb. 34) and the "Overzicht
// verzuimmeldingen" below it (Afb. 35), in one page: the criteria stay above the results so a
// search can be narrowed. The form posts (CSRF); the route answers with a redirect to a
// bookmarkable GET URL (see routes.tsx for why a PGN or name never lands in it).
import type { ComponentChildren } from 'preact';
import type { FormValues } from '../../../../platform/http/form';
import { soortLabels, statusLabels } from '../../messages';
import { raadplegenScherm as s } from '../messages';
import { Checkboxes } from '../../../../platform/ui/choices';
import { DateInput } from '../../../../platform/ui/date-input';
import { formatDutchDateTime } from '../../../../platform/datum';
import { errorFor, type FieldError } from '../../../../platform/ui/error-summary';
import { Button, HiddenCsrf, Select, TextField } from '../../../../platform/ui/fields';
import { Overzicht, type OverzichtColumn } from '../../../../platform/ui/overzicht';
import { PARAM, type OverzichtState, type QueryInput } from '../../../../platform/ui/overzicht-state';
import { SOORTEN, STATUSSEN } from '../../codes';
import { toegestaneActies } from '../../status-overgangen';
import { meldingPad } from '../../views/zoeken';
import { KnopLink, periodeTekst } from '../../wizard/views/gedeeld';
import { ZOEK_PARAM as P } from '../zoeken.filter';
import type { MeldingSort, MeldingZoekRij } from '../zoeken.repository';

export const RAADPLEGEN_PAD = '/verzuim/raadplegen';
export const EXPORT_PAD = '/verzuim/raadplegen/export.csv';

const str = (v: FormValues, k: string): string => (typeof v[k] === 'string' ? (v[k]) : '');

/** "Dijk, Sanne van": the achternaam first, because the list sorts on it. */
export const naamKolom = (r: Pick<MeldingZoekRij, 'achternaam' | 'voornamen' | 'voorvoegsel'>): string => {
  const rest = [r.voornamen, r.voorvoegsel].filter(Boolean).join(' ');
  return rest ? `${r.achternaam}, ${rest}` : r.achternaam;
};

/** The day of filing as people read it, in Dutch time. */
export const datumMelding = (d: Date): string => formatDutchDateTime(d, { seconds: false }).slice(0, 10);

export function ZoekFormulier(props: { csrf: string; values: FormValues; errors?: readonly FieldError[] | undefined; state: OverzichtState }): ComponentChildren {
  const { values: v, errors } = props;
  return (
    <form method="post" action={RAADPLEGEN_PAD} novalidate class="vl-zoekformulier">
      <HiddenCsrf token={props.csrf} />
      {/* A new search keeps the chosen order and rows per page, and starts at page 1. */}
      <input type="hidden" name={PARAM.sort} value={props.state.sort} />
      <input type="hidden" name={PARAM.dir} value={props.state.dir} />
      <input type="hidden" name={PARAM.perPage} value={String(props.state.perPage)} />
      <Checkboxes
        name={P.status}
        label={s.statusMelding}
        options={STATUSSEN.map((c) => ({ value: c, label: statusLabels[c] }))}
        values={v[P.status]}
        error={errorFor(errors, P.status)}
      />
      <TextField name={P.pgn} label={s.pgn} hint={s.pgnHint} value={str(v, P.pgn)} error={errorFor(errors, P.pgn)} inputMode="numeric" autocomplete="off" spellcheck={false} width="sm" maxLength={20} />
      <TextField name={P.achternaam} label={s.achternaam} hint={s.achternaamHint} help={s.achternaamUitleg} value={str(v, P.achternaam)} error={errorFor(errors, P.achternaam)} autocomplete="off" spellcheck={false} width="md" maxLength={100} />
      <TextField name={P.nummer} label={s.nummer} hint={s.nummerHint} value={str(v, P.nummer)} error={errorFor(errors, P.nummer)} autocomplete="off" spellcheck={false} width="sm" maxLength={20} />
      <Select name={P.soort} label={s.soort} options={SOORTEN.map((c) => ({ value: c, label: soortLabels[c] }))} placeholder={s.soortAlle} value={str(v, P.soort)} error={errorFor(errors, P.soort)} />
      <p class="utrecht-paragraph vl-hint" id="periode-hint">
        {s.periodeKop}: {s.periodeHint}
      </p>
      <DateInput name={P.van} label={s.van} value={str(v, P.van)} error={errorFor(errors, P.van)} />
      <DateInput name={P.tm} label={s.tm} value={str(v, P.tm)} error={errorFor(errors, P.tm)} />
      <TextField name={P.locatie} label={s.onderwijslocatie} hint={s.onderwijslocatieHint} value={str(v, P.locatie)} error={errorFor(errors, P.locatie)} autocomplete="off" width="md" maxLength={100} />
      <div class="vl-button-group">
        <Button>{s.zoeken}</Button>
        <KnopLink href={RAADPLEGEN_PAD} variant="secondary">
          {s.allesWissen}
        </KnopLink>
      </div>
    </form>
  );
}

/**
 * The columns of R-RAA-1, shared by Raadplegen and the gemeente's inbox (R-GEM-2): the number
 * opens the melding (manual §4.2: "door te klikken op het nummer") at the page `link` gives, its
 * accessible name saying what that page is for this row.
 */
export function meldingKolommen(link: (r: MeldingZoekRij) => { href: string; label: string }): OverzichtColumn<MeldingZoekRij>[] {
  return [
    {
      key: 'nummer' satisfies MeldingSort,
      label: s.kolomNummer,
      sortable: true,
      render: (r) => {
        const l = link(r);
        return (
          <a class="utrecht-link vl-meldingnummer" href={l.href} aria-label={l.label}>
            {r.nummer}
          </a>
        );
      },
    },
    { key: 'pgn' satisfies MeldingSort, label: s.kolomPgn, sortable: true, render: (r) => r.pgn },
    { key: 'naam' satisfies MeldingSort, label: s.kolomNaam, sortable: true, render: naamKolom },
    { key: 'soort' satisfies MeldingSort, label: s.kolomSoort, sortable: true, render: (r) => soortLabels[r.soort] },
    { key: 'periode' satisfies MeldingSort, label: s.kolomPeriode, sortable: true, render: (r) => periodeTekst(r.begindatum, r.einddatum) },
    { key: 'status' satisfies MeldingSort, label: s.kolomStatus, sortable: true, render: (r) => statusLabels[r.status] ?? r.status },
    { key: 'datum' satisfies MeldingSort, label: s.kolomDatum, sortable: true, render: (r) => datumMelding(r.aangemaakt_op) },
  ];
}

/**
 * The number opens "Wijzigen verzuim - Melding …" while the school may still change the melding
 * (manual §4.2.1, Afb. 36), else "Raadplegen verzuim - Melding …" (§4.2.2): the link says which.
 * The same transition table decides as on that page.
 */
const openenLabel = (r: MeldingZoekRij): string =>
  toegestaneActies('school', r.status).includes('wijzigen') ? s.wijzigenContext(r.nummer) : s.inzienContext(r.nummer);

const KOLOMMEN: readonly OverzichtColumn<MeldingZoekRij>[] = [
  ...meldingKolommen((r) => ({ href: meldingPad(r.nummer), label: openenLabel(r) })),
  {
    key: 'acties',
    label: s.kolomActies,
    render: (r) => (
      <span class="vl-rij-acties">
        <a class="utrecht-link" href={meldingPad(r.nummer, '/historie')}>
          {s.historie}
          <span class="visually-hidden">{s.meldingContext(r.nummer)}</span>
        </a>
        {' | '}
        <a class="utrecht-link" href={meldingPad(r.nummer, '/kopieren')}>
          {s.kopieren}
          <span class="visually-hidden">{s.meldingContext(r.nummer)}</span>
        </a>
      </span>
    ),
  },
];

export function Resultaten(props: { rows: readonly MeldingZoekRij[]; total: number; state: OverzichtState; query: QueryInput; exportHref: string }): ComponentChildren {
  return (
    <section aria-labelledby="resultaten-kop">
      {/* Sort and page links land here (tabindex: it takes focus), not at the top of the page. */}
      <h2 class="utrecht-heading-2" id="resultaten-kop" tabindex={-1}>
        {s.resultatenKop}
      </h2>
      <Overzicht
        caption={s.resultatenKop}
        captionHidden
        columns={KOLOMMEN}
        rows={props.rows}
        total={props.total}
        state={props.state}
        baseUrl={RAADPLEGEN_PAD}
        query={props.query}
        nounSingular={s.enkelvoud}
        nounPlural={s.meervoud}
        rowKey={(r) => r.id}
        kopId="resultaten-kop"
      />
      {props.total > 0 ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={props.exportHref} download>
            {s.exporteren}
          </a>
          <br />
          <span class="vl-hint">{s.exporterenHint}</span>
        </p>
      ) : null}
    </section>
  );
}

/** The notice when a stored search (URL with ?zoekopdracht=…) is gone. */
export function ZoekopdrachtVerlopen(): ComponentChildren {
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="status">
      <p class="utrecht-paragraph">{s.zoekopdrachtVerlopen}</p>
    </div>
  );
}
