// The screens of Beheer contactpersonen (manual §3.2): the search with the overview (Afb. 16,
// 17), the form to add or change (Afb. 18, 19) and the confirmation before deleting (Afb. 20).
import type { ComponentChildren } from 'preact';
import { str, type FormValues } from '../../../../platform/http/form';
import { beheerLocatiesMessages } from '../../messages';
import { errorFor, type FieldError } from '../../../../platform/ui/error-summary';
import { HiddenCsrf, TextField } from '../../../../platform/ui/fields';
import { Overzicht, type OverzichtColumn } from '../../../../platform/ui/overzicht';
import type { OverzichtState, QueryInput } from '../../../../platform/ui/overzicht-state';
import { KnopLink, metTerug, OpslaanAnnuleren, VerwijderenBevestigen, ZoekFormulier } from '../../views/gedeeld';
import type { ContactpersoonRow } from '../contactpersonen.tables';

const t = beheerLocatiesMessages.contactpersonen;
const g = beheerLocatiesMessages.gedeeld;
export const CONTACTPERSONEN_PAD = '/beheer/contactpersonen';

export const contactpersoonPad = (id: string, actie: 'wijzigen' | 'verwijderen') => `${CONTACTPERSONEN_PAD}/${id}/${actie}`;

export interface ContactpersonenProps {
  zoek: string;
  /** The message at the search field (a refused character). */
  fout?: string | undefined;
  state: OverzichtState;
  /** Null before the first Zoeken: then only the search form shows (Afb. 16). */
  resultaat: { rows: readonly ContactpersoonRow[]; total: number } | null;
  query: QueryInput;
  /** This page's URL, where the pages opened from it return to. */
  hier: string;
}

/** Search form; after Zoeken the overview (Afb. 17) or "Geen contactpersoon gevonden", and Toevoegen. */
export function ContactpersonenPagina(props: ContactpersonenProps): ComponentChildren {
  const columns: readonly OverzichtColumn<ContactpersoonRow>[] = [
    // "door op de naam van de desbetreffende contactpersoon te klikken" (§3.2.2)
    { key: 'naam', label: g.kolomNaam, sortable: true, render: (r) => <a href={metTerug(contactpersoonPad(r.id, 'wijzigen'), props.hier)}>{r.naam}</a> },
    { key: 'functie', label: t.functie, render: (r) => r.functie ?? '' },
    { key: 'telefoonnummer', label: t.telefoonnummer, render: (r) => r.telefoonnummer ?? '' },
    { key: 'email', label: t.email, render: (r) => r.email },
    {
      key: 'actie',
      label: g.kolomActie,
      render: (r) => (
        <a href={metTerug(contactpersoonPad(r.id, 'verwijderen'), props.hier)}>
          {g.verwijderen}
          <span class="visually-hidden">{t.verwijderenContext(r.naam)}</span>
        </a>
      ),
    },
  ];
  return (
    <>
      <ZoekFormulier actie={CONTACTPERSONEN_PAD} titel={t.zoekTitel} label={t.zoekLabel} meervoud={t.meervoud} zoek={props.zoek} fout={props.fout} state={props.state} />
      {props.resultaat ? (
        <>
          <Overzicht
            caption={t.caption}
            columns={columns}
            rows={props.resultaat.rows}
            total={props.resultaat.total}
            state={props.state}
            baseUrl={CONTACTPERSONEN_PAD}
            query={props.query}
            nounSingular={t.enkelvoud}
            nounPlural={t.meervoud}
            empty={t.geenGevonden}
            rowKey={(r) => r.id}
          />
          <p class="utrecht-paragraph">
            <KnopLink href={metTerug(`${CONTACTPERSONEN_PAD}/toevoegen`, props.hier)}>{g.toevoegen}</KnopLink>
          </p>
        </>
      ) : null}
    </>
  );
}

/** The form values of a stored contactpersoon, to fill the Wijzigen form (Afb. 19). */
export function waardenVan(c: ContactpersoonRow): FormValues {
  return { naam: c.naam, functie: c.functie ?? '', telefoonnummer: c.telefoonnummer ?? '', email: c.email };
}

/** Toevoegen (Afb. 18) and Wijzigen (Afb. 19): the details, Opslaan and Annuleren. */
export function ContactpersoonFormulier(props: {
  actie: string;
  terug: string;
  csrf: string;
  values: FormValues;
  intro?: string;
  errors?: readonly FieldError[];
}): ComponentChildren {
  const v = props.values;
  const e = (field: string) => errorFor(props.errors, field);
  return (
    <>
      {props.intro ? <p class="utrecht-paragraph">{props.intro}</p> : null}
      <form method="post" action={metTerug(props.actie, props.terug)} novalidate>
        <HiddenCsrf token={props.csrf} />
        <TextField name="naam" label={g.naam} value={str(v, 'naam')} error={e('naam')} autocomplete="off" />
        <TextField name="functie" label={t.functie} optional value={str(v, 'functie')} error={e('functie')} autocomplete="off" width="md" />
        <TextField
          name="telefoonnummer"
          label={t.telefoonnummer}
          hint={t.telefoonnummerHint}
          optional
          type="tel"
          value={str(v, 'telefoonnummer')}
          error={e('telefoonnummer')}
          autocomplete="off"
          width="md"
        />
        <TextField name="email" label={t.email} hint={t.emailHint} type="email" value={str(v, 'email')} error={e('email')} autocomplete="off" spellcheck={false} />
        <OpslaanAnnuleren terug={props.terug} />
      </form>
    </>
  );
}

/** Verwijderen (Afb. 20): the details of the contactpersoon that will be deleted, then the choice. */
export function ContactpersoonVerwijderen(props: { contactpersoon: ContactpersoonRow; terug: string; csrf: string }): ComponentChildren {
  const c = props.contactpersoon;
  return (
    <VerwijderenBevestigen
      rows={[
        { key: g.naam, value: c.naam },
        { key: t.functie, value: c.functie },
        { key: t.telefoonnummer, value: c.telefoonnummer },
        { key: t.email, value: c.email },
      ]}
      vraag={t.verwijderenVraag}
      uitleg={t.meldingenBlijven}
      actie={metTerug(contactpersoonPad(c.id, 'verwijderen'), props.terug)}
      terug={props.terug}
      csrf={props.csrf}
    />
  );
}
