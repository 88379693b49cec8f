/**
 * Radios and checkboxes: a fieldset whose legend is the question (GOV.UK). The first option's id
 * is the field name, so the ErrorSummary's `#name` link lands on the first choice; the others get
 * `{name}-2`, `{name}-3`, …. The chosen value(s) are re-rendered as checked.
 */
import type { ComponentChildren } from 'preact';
import { uiMessages as t } from '../messages/ui';
import { describedBy, FieldErrorMessage, Hint, OptionalMark, type FieldBaseProps } from './fields';
import { HelpText } from './help-text';
import { sameHtml } from './same-html';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: ComponentChildren;
  /** Not offered now, but in the page for a script to offer when the form changes (progressive enhancement). */
  hidden?: boolean;
  /** `data-*` attributes of the option's wrapper, for such a script. */
  data?: Record<string, string>;
}

/** The usual ja/nee pair, values 'ja' and 'nee'. */
export const jaNee: readonly ChoiceOption[] = [
  { value: 'ja', label: t.ja },
  { value: 'nee', label: t.nee },
];

const optionId = (id: string, index: number): string => (index === 0 ? id : `${id}-${index + 1}`);

interface ChoiceGroupProps extends FieldBaseProps {
  type: 'radio' | 'checkbox';
  options: readonly ChoiceOption[];
  isChecked: (value: string) => boolean;
  /** Side by side, for short sets like ja/nee. */
  inline?: boolean | undefined;
}

function ChoiceGroup(props: ChoiceGroupProps): ComponentChildren {
  const { name, label, hint, help, error, optional, type, options, isChecked } = props;
  const id = props.id ?? name;
  const input = type === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input';
  // The first option shown gets the field's own id, where an error summary link lands.
  const ids = new Map([...options.filter((o) => !o.hidden), ...options.filter((o) => o.hidden)].map((o, i) => [o.value, optionId(id, i)]));
  return (
    <div class={`utrecht-form-field vl-field${error ? ' utrecht-form-field--invalid vl-field--invalid' : ''}`}>
      <fieldset
        class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset vl-fieldset"
        aria-describedby={describedBy(id, hint, error)}
      >
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend vl-legend">
          {label}
          <OptionalMark optional={optional} />
        </legend>
        {help ? <HelpText label={label} id={`${id}-uitleg`}>{help}</HelpText> : null}
        {hint ? <Hint id={id}>{hint}</Hint> : null}
        {error ? <FieldErrorMessage id={id} text={error} /> : null}
        <div class={`vl-choices${props.inline ? ' vl-choices--inline' : ''}`}>
          {options.map((o) => {
            const oid = ids.get(o.value)!;
            const data = Object.fromEntries(Object.entries(o.data ?? {}).map(([k, v]) => [`data-${k}`, v]));
            return (
              <div key={o.value} class={`utrecht-form-field utrecht-form-field--${type} vl-choice`} hidden={o.hidden} {...data}>
                <input
                  class={`utrecht-form-field__input ${input}${error && type === 'radio' ? ' utrecht-radio-button--invalid' : ''}`}
                  type={type}
                  id={oid}
                  name={name}
                  value={o.value}
                  checked={isChecked(o.value)}
                  aria-describedby={o.hint ? `${oid}-hint` : undefined}
                  aria-invalid={error ? 'true' : undefined}
                />
                <label class={`utrecht-form-field__label utrecht-form-label utrecht-form-label--${type}`} for={oid}>
                  {o.label}
                </label>
                {o.hint ? <Hint id={oid}>{o.hint}</Hint> : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export interface RadiosProps extends FieldBaseProps {
  options: readonly ChoiceOption[];
  value?: string | undefined;
  inline?: boolean;
}

export function Radios(props: RadiosProps): ComponentChildren {
  return <ChoiceGroup {...props} type="radio" isChecked={(v) => v === props.value} />;
}

export interface CheckboxesProps extends FieldBaseProps {
  options: readonly ChoiceOption[];
  /** The checked values; a form posting one checkbox gives a string, several an array. */
  values?: readonly string[] | string | undefined;
  inline?: boolean;
}

const checkedValues = (values: CheckboxesProps['values']): readonly string[] => (typeof values === 'string' ? [values] : (values ?? []));

/** Rendered once per distinct props while every checked value is one of its options and nothing is wrong (same-html.tsx). */
export const Checkboxes = sameHtml(
  function Checkboxes(props: CheckboxesProps): ComponentChildren {
    const checked = new Set(checkedValues(props.values));
    return <ChoiceGroup {...props} type="checkbox" isChecked={(v) => checked.has(v)} />;
  },
  (p) => Boolean(p.error) || checkedValues(p.values).some((v) => !p.options.some((o) => o.value === v)),
);
