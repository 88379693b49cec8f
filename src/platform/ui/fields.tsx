/**
 * Form fields with label, optional hint, optional help text (R-UI-3) and the error message at the
 * field (GOV.UK order: label, hint, error, input). The input's id defaults to its name, so the
 * ErrorSummary's `#name` link lands on it; what the person typed is re-rendered (`value`), except
 * in PasswordField. No `required` attribute: the server validates and answers in Dutch, instead of
 * the browser's own bubbles.
 */
import type { ComponentChildren } from 'preact';
import { uiMessages as t } from '../messages/ui';
import { HelpText } from './help-text';
import { sameHtml } from './same-html';

export interface FieldBaseProps {
  name: string;
  label: string;
  /** Defaults to `name`. */
  id?: string;
  hint?: ComponentChildren;
  /** Text behind the question mark (R-UI-3). */
  help?: ComponentChildren;
  /** The Dutch message at the field; pick it with `errorFor(errors, name)`. */
  error?: string | undefined;
  /** Adds "(niet verplicht)" to the label: we mark the exception, not the rule. */
  optional?: boolean;
}

export type FieldWidth = 'xs' | 'sm' | 'md' | 'lg' | 'full';

/** Ids of the hint and error, for `aria-describedby`; undefined when neither is shown. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-fout` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function Hint({ id, children }: { id: string; children: ComponentChildren }): ComponentChildren {
  return (
    <div class="utrecht-form-field-description vl-hint" id={`${id}-hint`}>
      {children}
    </div>
  );
}

export function FieldErrorMessage({ id, text }: { id: string; text: string }): ComponentChildren {
  return (
    <p class="utrecht-form-field-error-message vl-field-error" id={`${id}-fout`}>
      <span class="visually-hidden">{t.foutPrefix} </span>
      {text}
    </p>
  );
}

export function OptionalMark({ optional }: { optional?: boolean | undefined }): ComponentChildren {
  return optional ? <span class="vl-optional"> {t.nietVerplicht}</span> : null;
}

/** Label (+ question mark), hint and error around one control; the shared shell of every field. */
export function FieldShell(props: FieldBaseProps & { id: string; children: ComponentChildren }): ComponentChildren {
  const { id, label, hint, help, error, optional, children } = props;
  return (
    <div class={`utrecht-form-field vl-field${error ? ' utrecht-form-field--invalid vl-field--invalid' : ''}`}>
      <div class="vl-label-row">
        <label class="utrecht-form-label vl-label" for={id}>
          {label}
          <OptionalMark optional={optional} />
        </label>
        {help ? <HelpText label={label} id={`${id}-uitleg`}>{help}</HelpText> : null}
      </div>
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      {error ? <FieldErrorMessage id={id} text={error} /> : null}
      {children}
    </div>
  );
}

export interface TextFieldProps extends FieldBaseProps {
  value?: string | undefined;
  type?: 'text' | 'email' | 'tel' | 'search' | 'url';
  autocomplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'search' | 'url';
  maxLength?: number;
  /** A browser-side format check; keep it in line with the server's parser. */
  pattern?: string;
  spellcheck?: boolean;
  width?: FieldWidth;
}

/** Rendered once per distinct props while nothing is typed in it or wrong with it (same-html.tsx). */
export const TextField = sameHtml(function TextField(props: TextFieldProps): ComponentChildren {
  const id = props.id ?? props.name;
  return (
    <FieldShell {...props} id={id}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input vl-width-${props.width ?? 'lg'}${props.error ? ' utrecht-textbox--invalid' : ''}`}
        type={props.type ?? 'text'}
        id={id}
        name={props.name}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        pattern={props.pattern}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </FieldShell>
  );
}, (p) => Boolean(p.value || p.error));

export interface PasswordFieldProps extends FieldBaseProps {
  autocomplete?: 'current-password' | 'new-password' | 'one-time-code';
}

/** Never re-fills a value: a secret does not travel back into the page. */
export function PasswordField(props: PasswordFieldProps): ComponentChildren {
  const id = props.id ?? props.name;
  return (
    <FieldShell {...props} id={id}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password vl-width-md${props.error ? ' utrecht-textbox--invalid' : ''}`}
        type="password"
        id={id}
        name={props.name}
        autocomplete={props.autocomplete ?? 'current-password'}
        spellcheck={false}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </FieldShell>
  );
}

export interface TextAreaProps extends FieldBaseProps {
  value?: string | undefined;
  maxLength?: number;
  rows?: number;
}

/** With maxLength the limit is also said in the hint, since the browser silently stops typing. */
export function TextArea(props: TextAreaProps): ComponentChildren {
  const id = props.id ?? props.name;
  const limit = props.maxLength === undefined ? null : t.maximaalTekens(props.maxLength);
  const hint = limit && props.hint ? <>{props.hint} {limit}</> : (limit ?? props.hint);
  return (
    <FieldShell {...props} hint={hint} id={id}>
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea${props.error ? ' utrecht-textarea--invalid' : ''}`}
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        value={props.value ?? ''}
        aria-describedby={describedBy(id, hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends FieldBaseProps {
  options: readonly SelectOption[];
  value?: string | undefined;
  /** An empty first option ("Maak een keuze"); on by default so nothing is chosen silently. */
  placeholder?: string | false;
}

/** Rendered once per distinct props while its value is one of its options and nothing is wrong (same-html.tsx). */
export const Select = sameHtml(function Select(props: SelectProps): ComponentChildren {
  const id = props.id ?? props.name;
  const placeholder = props.placeholder === undefined ? t.maakEenKeuze : props.placeholder;
  return (
    <FieldShell {...props} id={id}>
      <select
        class={`utrecht-select utrecht-select--html-select${props.error ? ' utrecht-select--invalid' : ''}`}
        id={id}
        name={props.name}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {placeholder === false ? null : <option value="">{placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}, (p) => Boolean(p.error || (p.value && !p.options.some((o) => o.value === p.value))));

export interface ButtonProps {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'subtle';
  type?: 'submit' | 'button' | 'reset';
  name?: string;
  value?: string;
  /** Another form's id, for a button outside its form. */
  form?: string;
}

export function Button({ children, variant = 'primary', type = 'submit', name, value, form }: ButtonProps): ComponentChildren {
  const variantClass = { primary: 'primary-action', secondary: 'secondary-action', subtle: 'subtle' }[variant];
  return (
    <button class={`utrecht-button utrecht-button--${variantClass}`} type={type} name={name} value={value} form={form}>
      {children}
    </button>
  );
}

/** The CSRF token every state-changing form carries (docs/architecture.md). */
export function HiddenCsrf({ token }: { token: string }): ComponentChildren {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A link that looks like a button: it only navigates, so "Annuleren" can change nothing. */
export function KnopLink(props: { href: string; variant?: 'primary' | 'secondary'; children: ComponentChildren }): ComponentChildren {
  const variant = props.variant === 'secondary' ? 'secondary-action' : 'primary-action';
  return (
    <a class={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${variant}`} href={props.href}>
      {props.children}
    </a>
  );
}
