// The frame of every wizard screen: "Stap n van 5", one POST form with the step's fields, and
// Vorige / Verder (or Opslaan). Every button is a submit named "actie"; Vorige also submits,
// so going back keeps what was typed. A visually hidden copy of the main button comes first:
// pressing Enter in a field submits the form's FIRST button, which must be Verder, not
// "Contact toevoegen" or "Verwijderen".
import type { ComponentChildren } from 'preact';
import { meldingScherm as s } from '../../../../platform/messages/meldingen';
import { HiddenCsrf } from '../../../../platform/ui/fields';
import { ActieKnop } from './gedeeld';

export interface StapPaginaProps {
  nummer: number;
  totaal: number;
  actie: string;
  csrf: string;
  /** The main button: Verder on a step, Opslaan on the Overzicht. */
  hoofdknop: { value: 'verder' | 'opslaan'; label: string };
  vorige: boolean;
  children: ComponentChildren;
}

export function StapPagina(props: StapPaginaProps): ComponentChildren {
  return (
    <>
      <p class="utrecht-paragraph vl-hint">{s.stapVan(props.nummer, props.totaal)}</p>
      <form method="post" action={props.actie} novalidate>
        <HiddenCsrf token={props.csrf} />
        <button type="submit" name="actie" value={props.hoofdknop.value} class="visually-hidden" tabIndex={-1} aria-hidden="true">
          {props.hoofdknop.label}
        </button>
        {props.children}
        <div class="vl-button-group">
          {props.vorige ? <ActieKnop value="vorige">{s.vorige}</ActieKnop> : null}
          <ActieKnop value={props.hoofdknop.value} variant="primary">
            {props.hoofdknop.label}
          </ActieKnop>
        </div>
      </form>
    </>
  );
}
