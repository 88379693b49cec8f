// The confirmation page of an action on a user: what will happen, the POST button with the
// CSRF token, and "Annuleren" back to the user (a link: it changes nothing). When the action
// is refused (beheer/rules.ts) the page says why and offers only the way back.
import type { ComponentChildren } from 'preact';
import { beheerMessages } from '../messages';
import { Button, HiddenCsrf } from '../../../../platform/ui/fields';

export interface BevestigenProps {
  tekst: string;
  knop: string;
  /** Where the POST goes. */
  actie: string;
  /** The user's page. */
  terug: string;
  csrf: string;
  weigering?: string | null | undefined;
}

export function Bevestigen(props: BevestigenProps): ComponentChildren {
  const annuleren = <a href={props.terug}>{beheerMessages.bevestigen.annuleren}</a>;
  if (props.weigering) {
    return (
      <>
        <p id="bevestigen">{props.weigering}</p>
        <p>{annuleren}</p>
      </>
    );
  }
  return (
    <>
      <p>{props.tekst}</p>
      <form method="post" action={props.actie}>
        <HiddenCsrf token={props.csrf} />
        <div class="vl-button-group">
          <Button>{props.knop}</Button>
          {annuleren}
        </div>
      </form>
    </>
  );
}
