// Screen "Opvoeren verzuim - Selecteren leerling" (manual Afb. 21–24): search by PGN only; a
// refusal (R-MEL-1 … R-MEL-4) at the field; the pupil's open meldingen with Inzien, Historie,
// Kopiëren and Toevoegen (R-MEL-5).
import type { ComponentChildren } from 'preact';
import { meldingScherm as s, soortLabels, statusLabels } from '../messages';
import { errorFor, type FieldError } from '../../../platform/ui/error-summary';
import { Button, HiddenCsrf, TextField } from '../../../platform/ui/fields';
import type { OpenMeldingRij } from '../melding.repository';
import type { RodLeerling } from '../wizard/stap';
import { KnopLink, periodeTekst } from '../wizard/views/gedeeld';
import { RodGegevens } from '../wizard/views/leerling';

export const meldingPad = (nummer: string, sub = '') => `/verzuim/meldingen/${encodeURIComponent(nummer)}${sub}`;

export function ZoekFormulier(props: { csrf: string; pgn: string; errors?: readonly FieldError[] }): ComponentChildren {
  return (
    <form method="post" action="/verzuim/opvoeren" novalidate>
      <HiddenCsrf token={props.csrf} />
      <TextField name="pgn" label={s.pgn} hint={s.pgnHint} help={s.pgnUitleg} value={props.pgn} error={errorFor(props.errors, 'pgn')} inputMode="numeric" autocomplete="off" spellcheck={false} width="sm" maxLength={20} />
      <div class="vl-button-group">
        <Button>{s.zoeken}</Button>
        <KnopLink href="/verzuim/opvoeren" variant="secondary">
          {s.allesWissen}
        </KnopLink>
      </div>
    </form>
  );
}

function OpenMeldingen({ rijen }: { rijen: readonly OpenMeldingRij[] }): ComponentChildren {
  return (
    <div class="utrecht-table-container vl-table-container">
      <table class="utrecht-table utrecht-table--html-table vl-table">
        <caption class="utrecht-table__caption visually-hidden">{s.openMeldingenKop}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {[s.kolomNummer, s.kolomSoort, s.kolomPeriode, s.kolomStatus, s.kolomActie].map((k) => (
              <th key={k} class="utrecht-table__header-cell" scope="col">
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rijen.map((r) => (
            <tr key={r.nummer} class="utrecht-table__row">
              <td class="utrecht-table__cell vl-meldingnummer">{r.nummer}</td>
              <td class="utrecht-table__cell">{soortLabels[r.soort]}</td>
              <td class="utrecht-table__cell">{periodeTekst(r.begindatum, r.einddatum)}</td>
              <td class="utrecht-table__cell">{statusLabels[r.status] ?? r.status}</td>
              <td class="utrecht-table__cell">
                {[
                  [s.inzien, meldingPad(r.nummer)],
                  [s.historie, meldingPad(r.nummer, '/historie')],
                  [s.kopieren, meldingPad(r.nummer, '/kopieren')],
                ].map(([label, href], i) => (
                  <span key={href}>
                    {i > 0 ? ' | ' : null}
                    <a class="utrecht-link" href={href}>
                      {label}
                      <span class="visually-hidden">{s.meldingContext(r.nummer)}</span>
                    </a>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** After a search that found the pupil and open meldingen: the list and Toevoegen (Afb. 24). */
export function Gevonden(props: { csrf: string; leerling: RodLeerling; open: readonly OpenMeldingRij[] }): ComponentChildren {
  return (
    <>
      <RodGegevens leerling={props.leerling} />
      <h2 class="utrecht-heading-2">{s.openMeldingenKop}</h2>
      <p class="utrecht-paragraph">{s.openMeldingenIntro}</p>
      <OpenMeldingen rijen={props.open} />
      <form method="post" action="/verzuim/opvoeren/toevoegen">
        <HiddenCsrf token={props.csrf} />
        <input type="hidden" name="pgn" value={props.leerling.pgn} />
        <Button>{s.toevoegen}</Button>
      </form>
    </>
  );
}
