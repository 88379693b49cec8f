/**
 * Date field (R-UI-5): one text input in DD-MM-JJJJ with an example as hint. One box instead of
 * GOV.UK's three, because the manual's users type dates as 31-08-2026. Typing always works; no
 * date picker is needed. The value is what the person typed, so a wrong date comes back as typed.
 */
import type { ComponentChildren } from 'preact';
import { uiMessages as t } from '../messages/ui';
import { DUTCH_DATE_PATTERN } from '../datum';
import { describedBy, FieldShell, type FieldBaseProps } from './fields';
import { sameHtml } from './same-html';

export interface DateInputProps extends FieldBaseProps {
  /** As typed (re-render) or from `formatDutchDate(iso)`. */
  value?: string | undefined;
  autocomplete?: string;
}

/** Rendered once per distinct props while nothing is typed in it or wrong with it (same-html.tsx). */
export const DateInput = sameHtml(function DateInput(props: DateInputProps): ComponentChildren {
  const id = props.id ?? props.name;
  const hint = props.hint ? <>{props.hint} {t.datumHint}</> : t.datumHint;
  return (
    <FieldShell {...props} hint={hint} id={id}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input vl-width-date${props.error ? ' utrecht-textbox--invalid' : ''}`}
        type="text"
        id={id}
        name={props.name}
        value={props.value ?? ''}
        inputMode="numeric"
        pattern={DUTCH_DATE_PATTERN}
        autocomplete={props.autocomplete ?? 'off'}
        spellcheck={false}
        aria-describedby={describedBy(id, hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </FieldShell>
  );
}, (p) => Boolean(p.value || p.error));
