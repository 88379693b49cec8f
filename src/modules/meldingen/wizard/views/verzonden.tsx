// Screen "Melding verzonden" (manual Afb. 33): the number DUO gave the melding, and the
// reminder about the Verzuimstaat.
import type { ComponentChildren } from 'preact';
import { meldingScherm as s } from '../../messages';
import { KnopLink } from './gedeeld';

export function VerzondenView(props: { nummer: string; kopie: boolean }): ComponentChildren {
  return (
    <>
      <div class="utrecht-alert utrecht-alert--ok vl-flash" role="status">
        <p class="utrecht-paragraph">
          {s.verzondenTekst} <strong class="vl-meldingnummer">{props.nummer}</strong>
        </p>
        {props.kopie ? <p class="utrecht-paragraph">{s.verzondenKopie}</p> : null}
      </div>
      <p class="utrecht-paragraph">{s.verzuimstaat}</p>
      <p class="utrecht-paragraph">
        <KnopLink href="/verzuim/opvoeren" variant="secondary">
          {s.nieuweMelding}
        </KnopLink>
      </p>
    </>
  );
}
