// The frame of every wizard screen: "Stap n van 5", one POST form with the step's fields, and
// Vorige / Verder (or Opslaan). Every button is a submit named "actie"; Vorige also submits,
// so going back keeps what was typed. A visually hidden copy of the main button comes first:
// pressing Enter in a field submits the form's FIRST button, which must be Verder, not
// "Contact toevoegen" or "Verwijderen". In edit mode (Wijzigen) there is no step counter and
// no Vorige: a step is reached from the melding and returns to it, or is left with Annuleren.
import type { ComponentChildren } from 'preact';
import { meldingScherm as s } from '../../messages';
import { HiddenCsrf } from '../../../../platform/ui/fields';
import { ActieKnop, KnopLink } from './gedeeld';

export interface StapPaginaProps {
  /** "Stap n van totaal"; absent in edit mode. */
  teller?: { nummer: number; totaal: number } | undefined;
  actie: string;
  csrf: string;
  /** The main button: Verder on a step, Opslaan on the Overzicht. */
  hoofdknop: { value: 'verder' | 'opslaan'; label: string };
  vorige: boolean;
  /** A link that leaves the step without keeping what was typed on it (edit mode). */
  annuleren?: string | undefined;
  /** Hidden fields the form carries besides the step's own (edit mode: the base version). */
  verborgen?: Readonly<Record<string, string>> | undefined;
  children: ComponentChildren;
}

export function StapPagina(props: StapPaginaProps): ComponentChildren {
  return (
    <>
      {props.teller ? <p class="utrecht-paragraph vl-hint">{s.stapVan(props.teller.nummer, props.teller.totaal)}</p> : null}
      <form method="post" action={props.actie} novalidate>
        <HiddenCsrf token={props.csrf} />
        {Object.entries(props.verborgen ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" name="actie" value={props.hoofdknop.value} class="visually-hidden" tabIndex={-1} aria-hidden="true">
          {props.hoofdknop.label}
        </button>
        {props.children}
        <div class="vl-button-group">
          {props.vorige ? <ActieKnop value="vorige">{s.vorige}</ActieKnop> : null}
          <ActieKnop value={props.hoofdknop.value} variant="primary">
            {props.hoofdknop.label}
          </ActieKnop>
          {props.annuleren ? (
            <KnopLink href={props.annuleren} variant="secondary">
              {s.annuleren}
            </KnopLink>
          ) : null}
        </div>
      </form>
    </>
  );
}
