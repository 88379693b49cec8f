// The screens of Beheer locaties (manual §3.1): the search with the overview (Afb. 10–12), the
// form to add or rename (Afb. 13, 14) and the confirmation before deleting (Afb. 15).
import type { ComponentChildren } from 'preact';
import { beheerLocatiesMessages } from '../../messages';
import { errorFor, type FieldError } from '../../../../platform/ui/error-summary';
import { HiddenCsrf, TextField } from '../../../../platform/ui/fields';
import { Overzicht, type OverzichtColumn } from '../../../../platform/ui/overzicht';
import type { OverzichtState, QueryInput } from '../../../../platform/ui/overzicht-state';
import { KnopLink, metTerug, OpslaanAnnuleren, VerwijderenBevestigen, ZoekFormulier } from '../../views/gedeeld';
import type { LocatieRow } from '../locaties.tables';

const t = beheerLocatiesMessages.locaties;
const g = beheerLocatiesMessages.gedeeld;
export const LOCATIES_PAD = '/beheer/locaties';

export const locatiePad = (id: string, actie: 'wijzigen' | 'verwijderen') => `${LOCATIES_PAD}/${id}/${actie}`;

export interface LocatiesProps {
  zoek: string;
  /** The message at the search field (a refused character). */
  fout?: string | undefined;
  state: OverzichtState;
  /** Null before the first Zoeken: then only the search form shows (Afb. 10). */
  resultaat: { rows: readonly LocatieRow[]; total: number } | null;
  query: QueryInput;
  /** This page's URL, where the pages opened from it return to. */
  hier: string;
}

/** Search form; after Zoeken the overview (or "Geen onderwijslocatie gevonden") and Toevoegen. */
export function LocatiesPagina(props: LocatiesProps): ComponentChildren {
  const columns: readonly OverzichtColumn<LocatieRow>[] = [
    { key: 'naam', label: g.kolomNaam, sortable: true, render: (r) => <a href={metTerug(locatiePad(r.id, 'wijzigen'), props.hier)}>{r.naam}</a> },
    {
      key: 'actie',
      label: g.kolomActie,
      render: (r) => (
        <a href={metTerug(locatiePad(r.id, 'verwijderen'), props.hier)}>
          {g.verwijderen}
          <span class="visually-hidden">{t.verwijderenContext(r.naam)}</span>
        </a>
      ),
    },
  ];
  return (
    <>
      <ZoekFormulier actie={LOCATIES_PAD} titel={t.zoekTitel} label={t.zoekLabel} meervoud={t.meervoud} zoek={props.zoek} fout={props.fout} state={props.state} />
      {props.resultaat ? (
        <>
          <Overzicht
            caption={t.caption}
            columns={columns}
            rows={props.resultaat.rows}
            total={props.resultaat.total}
            state={props.state}
            baseUrl={LOCATIES_PAD}
            query={props.query}
            nounSingular={t.enkelvoud}
            nounPlural={t.meervoud}
            empty={t.geenGevonden}
            rowKey={(r) => r.id}
          />
          <p class="utrecht-paragraph">
            <KnopLink href={metTerug(`${LOCATIES_PAD}/toevoegen`, props.hier)}>{g.toevoegen}</KnopLink>
          </p>
        </>
      ) : null}
    </>
  );
}

/** Toevoegen (Afb. 13) and Wijzigen (Afb. 14): the name, Opslaan and Annuleren. */
export function LocatieFormulier(props: { actie: string; terug: string; csrf: string; naam: string; intro?: string; errors?: readonly FieldError[] }): ComponentChildren {
  return (
    <>
      {props.intro ? <p class="utrecht-paragraph">{props.intro}</p> : null}
      <form method="post" action={metTerug(props.actie, props.terug)} novalidate>
        <HiddenCsrf token={props.csrf} />
        <TextField name="naam" label={g.naam} value={props.naam} error={errorFor(props.errors, 'naam')} autocomplete="off" />
        <OpslaanAnnuleren terug={props.terug} />
      </form>
    </>
  );
}

/** Verwijderen (Afb. 15): the name of the location that will be deleted, then the choice. */
export function LocatieVerwijderen(props: { locatie: LocatieRow; terug: string; csrf: string }): ComponentChildren {
  return (
    <VerwijderenBevestigen
      rows={[{ key: g.naam, value: props.locatie.naam }]}
      vraag={t.verwijderenVraag}
      uitleg={t.meldingenBlijven}
      actie={metTerug(locatiePad(props.locatie.id, 'verwijderen'), props.terug)}
      terug={props.terug}
      csrf={props.csrf}
    />
  );
}
