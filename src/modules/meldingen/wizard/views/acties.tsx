// Screen "Acties school" (manual Afb. 31, R-MEL-15): at least one action, and a toelichting.
import type { ComponentChildren } from 'preact';
import { actieSchoolLabels, meldingScherm as s } from '../../messages';
import { Checkboxes } from '../../../../platform/ui/choices';
import { errorFor } from '../../../../platform/ui/error-summary';
import { TextArea } from '../../../../platform/ui/fields';
import { ACTIES_SCHOOL } from '../../codes';
import { lijst, tekst } from '../invoer';
import type { StapViewProps } from '../stap';
import { TOELICHTING_MAX } from '../verzuim.parse';

export function ActiesView(props: StapViewProps): ComponentChildren {
  return (
    <>
      <Checkboxes
        name="acties"
        label={s.acties}
        hint={s.actiesHint}
        help={s.actiesUitleg}
        values={lijst(props.invoer, 'acties')}
        error={errorFor(props.errors, 'acties')}
        options={ACTIES_SCHOOL.map((a) => ({ value: a, label: actieSchoolLabels[a] }))}
      />
      <TextArea name="toelichtingActie" label={s.toelichtingActie} help={s.toelichtingActieUitleg} optional maxLength={TOELICHTING_MAX} value={tekst(props.invoer, 'toelichtingActie')} error={errorFor(props.errors, 'toelichtingActie')} />
    </>
  );
}
