// Screen "Verzuimde lesuren" (manual Afb. 29, 30, R-MEL-14). With "Alle lessen gemist" only
// the statement that no hours may be entered; otherwise the verzuimdagen, added and removed
// with buttons (no JavaScript needed), or "Niet van toepassing".
import type { ComponentChildren } from 'preact';
import { meldingScherm as s } from '../../messages';
import { Checkboxes, jaNee, Radios } from '../../../../platform/ui/choices';
import { DateInput } from '../../../../platform/ui/date-input';
import { errorFor } from '../../../../platform/ui/error-summary';
import { FieldErrorMessage, TextField } from '../../../../platform/ui/fields';
import { MAX_LESUUR } from '../../codes';
import { lijst, rijNummers, tekst } from '../invoer';
import { DAG, MAX_VERZUIMDAGEN } from '../lesuren.parse';
import type { StapViewProps } from '../stap';
import { ActieKnop } from './gedeeld';

const LESUREN = Array.from({ length: MAX_LESUUR }, (_, i) => ({ value: String(i + 1), label: s.lesuur(i + 1) }));

function Dag({ n, props }: { n: number; props: StapViewProps }): ComponentChildren {
  const veld = (naam: string) => `${DAG}-${n}-${naam}`;
  const e = (naam: string) => errorFor(props.errors, veld(naam));
  return (
    <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset vl-fieldset">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend vl-legend">{s.verzuimdagN(n + 1)}</legend>
      <DateInput name={veld('datum')} label={s.verzuimdag} value={tekst(props.invoer, veld('datum'))} error={e('datum')} />
      <Radios name={veld('heleDag')} label={s.heleDag} inline options={jaNee} value={tekst(props.invoer, veld('heleDag'))} error={e('heleDag')} />
      <Checkboxes name={veld('lesuren')} label={s.lesuren} hint={s.lesurenHint} inline options={LESUREN} values={lijst(props.invoer, veld('lesuren'))} error={e('lesuren')} />
      <TextField name={veld('toelichting')} label={s.dagToelichting} optional value={tekst(props.invoer, veld('toelichting'))} error={e('toelichting')} />
      <ActieKnop value={`dag-verwijderen:${n}`} variant="subtle" context={s.verzuimdagVerwijderenContext(n + 1)}>
        {s.verzuimdagVerwijderen}
      </ActieKnop>
    </fieldset>
  );
}

export function LesurenView(props: StapViewProps): ComponentChildren {
  if (props.ctx.eerder.verzuim?.allesGemist) {
    const fout = errorFor(props.errors, 'dagen');
    return (
      <div class={`vl-field${fout ? ' vl-field--invalid' : ''}`}>
        {fout ? <FieldErrorMessage id="dagen" text={fout} /> : null}
        <p class="utrecht-paragraph" id="dagen" tabIndex={-1}>
          {s.allesGemistTekst}
        </p>
      </div>
    );
  }
  const rijen = rijNummers(props.invoer, DAG);
  return (
    <>
      <p class="utrecht-paragraph">{s.lesurenIntro}</p>
      <Checkboxes name="nvt" label={s.verzuimdagenKop} options={[{ value: 'ja', label: s.nietVanToepassing }]} values={lijst(props.invoer, 'nvt')} error={errorFor(props.errors, 'nvt')} />
      {rijen.map((n) => (
        <Dag key={n} n={n} props={props} />
      ))}
      {rijen.length < MAX_VERZUIMDAGEN ? (
        <p class="utrecht-paragraph">
          <ActieKnop value="dag-toevoegen">{s.verzuimdagToevoegen}</ActieKnop>
        </p>
      ) : null}
    </>
  );
}
