// Small pieces the melding screens share: the buttons inside a step form (all named "actie",
// so one handler reads which was pressed), links that look like buttons, and how a pupil's
// name, address and a period read.
import type { ComponentChildren } from 'preact';
import { meldingScherm as s } from '../../messages';
import { formatDutchDate } from '../../../../platform/datum';
import { formatPostcode } from '../../../registers/face';
import type { RodLeerling } from '../stap';

/** A submit button of a step form: `value` is "verder", "vorige" or "<stapactie>[:arg]". */
export function ActieKnop(props: { value: string; variant?: 'primary' | 'secondary' | 'subtle'; context?: string; children: ComponentChildren }): ComponentChildren {
  const variant = { primary: 'primary-action', secondary: 'secondary-action', subtle: 'subtle' }[props.variant ?? 'secondary'];
  return (
    <button class={`utrecht-button utrecht-button--${variant}`} type="submit" name="actie" value={props.value}>
      {props.children}
      {props.context ? <span class="visually-hidden">{props.context}</span> : null}
    </button>
  );
}

export { KnopLink } from '../../../../platform/ui/fields';

export const volledigeNaam = (l: Pick<RodLeerling, 'voornamen' | 'voorvoegsel' | 'achternaam'>): string =>
  [l.voornamen, l.voorvoegsel, l.achternaam].filter(Boolean).join(' ');

export const adresRegel = (l: RodLeerling): string =>
  l.woontInBuitenland ? '' : `${l.straat} ${l.huisnummer}, ${formatPostcode(l.postcode)} ${l.plaats}`;

export const periodeTekst = (van: string, tm: string | null): string => `${formatDutchDate(van)} t/m ${tm ? formatDutchDate(tm) : `(${s.tmOpen.toLowerCase()})`}`;

export const jaNeeTekst = (b: boolean): string => (b ? s.ja : s.nee);
