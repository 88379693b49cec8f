// Screen "Melding verzonden" (manual Afb. 33): the number DUO gave the melding, and the
// reminder about the Verzuimstaat. When the gemeente has no address for meldingen, it says so
// truthfully: the melding is saved, but no mail went to the gemeente.
import type { ComponentChildren } from 'preact';
import { meldingScherm as s } from '../../messages';
import { KnopLink } from './gedeeld';

export function VerzondenView(props: { nummer: string; kopie: boolean; gemeenteGemaild: boolean }): ComponentChildren {
  return (
    <>
      <div class="utrecht-alert utrecht-alert--ok vl-flash" role="status">
        <p class="utrecht-paragraph">
          {props.gemeenteGemaild ? s.verzondenTekst : s.verzondenTekstZonderMail} <strong class="vl-meldingnummer">{props.nummer}</strong>
        </p>
        {props.kopie ? <p class="utrecht-paragraph">{props.gemeenteGemaild ? s.verzondenKopie : s.verzondenKopieZonderMail}</p> : null}
      </div>
      {props.gemeenteGemaild ? null : (
        <div class="utrecht-alert utrecht-alert--warning" role="status" id="geen-mail-gemeente">
          <p class="utrecht-paragraph">{s.verzondenGeenMail}</p>
        </div>
      )}
      <p class="utrecht-paragraph">{s.verzuimstaat}</p>
      <p class="utrecht-paragraph">
        <KnopLink href="/verzuim/opvoeren" variant="secondary">
          {s.nieuweMelding}
        </KnopLink>
      </p>
    </>
  );
}
