// Screen "Overzicht" (manual Afb. 32, R-MEL-16): everything entered, per step, each section
// with a Wijzigen link back to its step that returns here after Verder.
import type { ComponentChildren } from 'preact';
import { meldingScherm as s } from '../../messages';
import { SummaryList } from '../../../../platform/ui/summary-list';
import type { RodLeerling, StapData } from '../stap';
import { STAPPEN } from '../steps';

export function OverzichtSecties(props: { data: StapData; leerling: RodLeerling; wijzigen?: (pad: string) => string }): ComponentChildren {
  return (
    <>
      {STAPPEN.map((st) => (
        <SummaryList
          key={st.id}
          title={st.sectie}
          change={props.wijzigen ? { href: props.wijzigen(st.pad), hiddenText: st.sectie.toLowerCase() } : undefined}
          // The union of steps is one at a time here: each step summarises its own data.
          rows={(st.samenvatting as (d: unknown, a: StapData, l: RodLeerling) => ReturnType<typeof st.samenvatting>)(props.data[st.id], props.data, props.leerling)}
        />
      ))}
    </>
  );
}

export function OverzichtView(props: { data: StapData; leerling: RodLeerling; wijzigen: (pad: string) => string }): ComponentChildren {
  return (
    <>
      <p class="utrecht-paragraph">{s.overzichtIntro}</p>
      <OverzichtSecties {...props} />
    </>
  );
}
