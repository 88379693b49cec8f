// The screens of Vrijstellingen (R-VRIJ-1, manual ch. 5): the search for a pupil with the
// gemeente's overview, the pupil's page with their vrijstellingen, the form to register or
// change one, and the form to end one.
import type { ComponentChildren } from 'preact';
import { vrijstellingenScherm as t, vrijstellingSoortKort, vrijstellingSoortLabels } from '../messages';
import type { FormValues } from '../../../platform/http/form';
import { Radios } from '../../../platform/ui/choices';
import { DateInput } from '../../../platform/ui/date-input';
import { formatDutchDate } from '../../../platform/datum';
import { errorFor, type FieldError } from '../../../platform/ui/error-summary';
import { Button, HiddenCsrf, TextField } from '../../../platform/ui/fields';
import { Overzicht, type OverzichtColumn } from '../../../platform/ui/overzicht';
import type { OverzichtState, QueryInput } from '../../../platform/ui/overzicht-state';
import { SummaryList, type SummaryRow } from '../../../platform/ui/summary-list';
import { KnopLink } from '../../beheer/face';
import { VRIJSTELLING_SOORTEN } from '../rules';
import type { LeerlingRij, OverzichtRij } from '../vrijstellingen.repository';
import type { VrijstellingRij } from '../vrijstellingen.tables';

export const VRIJSTELLINGEN_PAD = '/gemeente/vrijstellingen';
export const leerlingPad = (keuzeId: string) => `${VRIJSTELLINGEN_PAD}/leerling/${keuzeId}`;
export const vrijstellingPad = (id: string, actie: 'wijzigen' | 'beeindigen') => `${VRIJSTELLINGEN_PAD}/${id}/${actie}`;
/** A page's URL with `?terug=` set to the page it was opened from. */
export const metTerug = (pad: string, terug: string): string => `${pad}?terug=${encodeURIComponent(terug)}`;

const datum = (iso: string | null) => (iso ? formatDutchDate(iso) : t.geenEinddatum);
const naamVan = (l: { voornamen: string; voorvoegsel: string | null; achternaam: string }) => [l.voornamen, l.voorvoegsel, l.achternaam].filter(Boolean).join(' ');

/** Wijzigen and Beëindigen of one row; only for the actor's own gemeente's vrijstellingen. */
function Acties({ r, gemeentecode, hier }: { r: OverzichtRij; gemeentecode: string; hier: string }): ComponentChildren {
  if (r.gemeentecode !== gemeentecode) return <span>{t.andereGemeente}</span>;
  const context = <span class="visually-hidden">{t.actieContext(vrijstellingSoortKort[r.soort], formatDutchDate(r.begindatum))}</span>;
  return (
    <span class="vl-rij-acties">
      <a class="utrecht-link" href={metTerug(vrijstellingPad(r.id, 'wijzigen'), hier)}>
        {t.wijzigen}
        {context}
      </a>
      {r.einddatum === null ? (
        <>
          {' | '}
          <a class="utrecht-link" href={metTerug(vrijstellingPad(r.id, 'beeindigen'), hier)}>
            {t.beeindigen}
            {context}
          </a>
        </>
      ) : null}
    </span>
  );
}

export interface VrijstellingenProps {
  csrf: string;
  pgn: string;
  errors?: readonly FieldError[];
  gemeentecode: string;
  overzicht: { rows: readonly OverzichtRij[]; total: number };
  state: OverzichtState;
  query: QueryInput;
  hier: string;
}

/** The search for a pupil (POST: the PGN never enters a URL) and the gemeente's overview. */
export function VrijstellingenPagina(p: VrijstellingenProps): ComponentChildren {
  const columns: readonly OverzichtColumn<OverzichtRij>[] = [
    { key: 'naam', label: t.kolomNaam, sortable: true, render: (r) => naamVan(r) },
    { key: 'pgn', label: t.kolomPgn, sortable: true, render: (r) => r.pgn },
    { key: 'soort', label: t.kolomSoort, sortable: true, render: (r) => vrijstellingSoortKort[r.soort] },
    { key: 'begindatum', label: t.kolomBegin, sortable: true, render: (r) => formatDutchDate(r.begindatum) },
    { key: 'einddatum', label: t.kolomEind, sortable: true, render: (r) => datum(r.einddatum) },
    { key: 'acties', label: t.kolomActies, render: (r) => <Acties r={r} gemeentecode={p.gemeentecode} hier={p.hier} /> },
  ];
  return (
    <>
      <p class="utrecht-paragraph">{t.intro}</p>
      <h2 class="utrecht-heading-2">{t.zoekKop}</h2>
      <form method="post" action={VRIJSTELLINGEN_PAD} novalidate>
        <HiddenCsrf token={p.csrf} />
        <TextField name="pgn" label={t.pgn} hint={t.pgnHint} value={p.pgn} error={errorFor(p.errors, 'pgn')} inputMode="numeric" autocomplete="off" spellcheck={false} width="sm" maxLength={20} />
        <div class="vl-button-group">
          <Button>{t.zoeken}</Button>
        </div>
      </form>
      <h2 class="utrecht-heading-2">{t.gemeenteKop}</h2>
      <Overzicht
        caption={t.caption}
        captionHidden
        columns={columns}
        rows={p.overzicht.rows}
        total={p.overzicht.total}
        state={p.state}
        baseUrl={VRIJSTELLINGEN_PAD}
        query={p.query}
        nounSingular={t.enkelvoud}
        nounPlural={t.meervoud}
        empty={t.geenVanGemeente}
        rowKey={(r) => r.id}
      />
    </>
  );
}

function leerlingRijen(l: LeerlingRij): SummaryRow[] {
  return [
    { key: t.naam, value: naamVan(l) },
    { key: t.pgn, value: l.pgn },
    { key: t.geboortedatum, value: formatDutchDate(l.geboortedatum) },
    { key: t.woongemeente, value: l.woongemeente_code ? `${l.woongemeente_code} - ${l.woongemeente_naam ?? ''}` : '' },
  ];
}

export interface LeerlingProps {
  leerling: LeerlingRij;
  keuzeId: string;
  magRegistreren: boolean;
  gemeentecode: string;
  rows: readonly OverzichtRij[];
  total: number;
  state: OverzichtState;
  query: QueryInput;
  hier: string;
}

/** The pupil and all their vrijstellingen (any gemeente; only the own ones can be changed). */
export function LeerlingPagina(p: LeerlingProps): ComponentChildren {
  const columns: readonly OverzichtColumn<OverzichtRij>[] = [
    { key: 'soort', label: t.kolomSoort, render: (r) => vrijstellingSoortLabels[r.soort] },
    { key: 'begindatum', label: t.kolomBegin, sortable: true, render: (r) => formatDutchDate(r.begindatum) },
    { key: 'einddatum', label: t.kolomEind, render: (r) => datum(r.einddatum) },
    { key: 'gemeente', label: t.kolomGemeente, render: (r) => `${r.gemeentecode} - ${r.gemeente_naam ?? ''}` },
    { key: 'acties', label: t.kolomActies, render: (r) => <Acties r={r} gemeentecode={p.gemeentecode} hier={p.hier} /> },
  ];
  return (
    <>
      <SummaryList title={t.leerlingKop} rows={leerlingRijen(p.leerling)} />
      <Overzicht
        caption={t.leerlingCaption}
        columns={columns}
        rows={p.rows}
        total={p.total}
        state={p.state}
        baseUrl={leerlingPad(p.keuzeId)}
        query={p.query}
        nounSingular={t.enkelvoud}
        nounPlural={t.meervoud}
        empty={t.geenVanLeerling}
        rowKey={(r) => r.id}
      />
      <div class="vl-button-group">
        {p.magRegistreren ? <KnopLink href={`${leerlingPad(p.keuzeId)}/registreren`}>{t.registrerenKnop}</KnopLink> : null}
        <KnopLink href={VRIJSTELLINGEN_PAD} variant="secondary">
          {t.andereLeerling}
        </KnopLink>
      </div>
    </>
  );
}

export interface FormulierProps {
  actie: string;
  terug: string;
  csrf: string;
  leerling: LeerlingRij;
  values: FormValues;
  errors?: readonly FieldError[];
  /** Set when changing: the version the form was opened on. */
  versie?: number;
  /** A conflict: the vrijstelling as it is now, above the form. */
  huidig?: VrijstellingRij;
}

const waarde = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k]) : '');

/** The vrijstelling's fields as a form shows them (DD-MM-JJJJ). */
export function alsFormulier(v: Pick<VrijstellingRij, 'soort' | 'begindatum' | 'einddatum'>): FormValues {
  return { soort: v.soort, begindatum: formatDutchDate(v.begindatum), einddatum: v.einddatum ? formatDutchDate(v.einddatum) : '' };
}

function Huidig({ v }: { v: VrijstellingRij }): ComponentChildren {
  return (
    <SummaryList
      title={t.huidigKop}
      rows={[
        { key: t.soort, value: vrijstellingSoortLabels[v.soort] },
        { key: t.begindatum, value: formatDutchDate(v.begindatum) },
        { key: t.einddatum, value: datum(v.einddatum) },
      ]}
    />
  );
}

/** Registreren and Wijzigen: soort (R-VRIJ-4), begindatum, optional einddatum. */
export function VrijstellingFormulier(p: FormulierProps): ComponentChildren {
  const e = (k: string) => errorFor(p.errors, k);
  return (
    <>
      <SummaryList title={t.leerlingKop} rows={leerlingRijen(p.leerling)} />
      {p.huidig ? <Huidig v={p.huidig} /> : null}
      <p class="utrecht-paragraph">{t.gevolgUitleg}</p>
      <form method="post" action={metTerug(p.actie, p.terug)} novalidate>
        <HiddenCsrf token={p.csrf} />
        {p.versie !== undefined ? <input type="hidden" name="versie" value={String(p.versie)} /> : null}
        <Radios name="soort" label={t.soort} value={waarde(p.values, 'soort')} error={e('soort')} options={VRIJSTELLING_SOORTEN.map((s) => ({ value: s, label: vrijstellingSoortLabels[s] }))} />
        <DateInput name="begindatum" label={t.begindatum} value={waarde(p.values, 'begindatum')} error={e('begindatum')} />
        <DateInput name="einddatum" label={t.einddatum} hint={t.einddatumHint} optional value={waarde(p.values, 'einddatum')} error={e('einddatum')} />
        <div class="vl-button-group">
          <Button>{t.opslaan}</Button>
          <KnopLink href={p.terug} variant="secondary">
            {t.annuleren}
          </KnopLink>
        </div>
      </form>
    </>
  );
}

/** Beëindigen: the vrijstelling as it is, and its last day. */
export function BeeindigenFormulier(p: FormulierProps & { vrijstelling: VrijstellingRij }): ComponentChildren {
  return (
    <>
      <SummaryList title={t.leerlingKop} rows={leerlingRijen(p.leerling)} />
      <Huidig v={p.huidig ?? p.vrijstelling} />
      <p class="utrecht-paragraph">{t.beeindigenIntro}</p>
      <p class="utrecht-paragraph">{t.gevolgUitleg}</p>
      <form method="post" action={metTerug(p.actie, p.terug)} novalidate>
        <HiddenCsrf token={p.csrf} />
        <input type="hidden" name="versie" value={String(p.versie ?? p.vrijstelling.versie)} />
        <DateInput name="einddatum" label={t.einddatum} hint={t.beeindigenHint} value={waarde(p.values, 'einddatum')} error={errorFor(p.errors, 'einddatum')} />
        <div class="vl-button-group">
          <Button>{t.opslaan}</Button>
          <KnopLink href={p.terug} variant="secondary">
            {t.annuleren}
          </KnopLink>
        </div>
      </form>
    </>
  );
}
