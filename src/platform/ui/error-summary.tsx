/**
 * Error summary (GOV.UK pattern): at the top of main when a form comes back with errors, each
 * error a link to its field (`href="#field"`), so keyboard and screen-reader users get from the
 * list to the field in one step. Field ids equal field names (see fields.tsx) for that reason.
 */
import type { ComponentChildren } from 'preact';
import { uiMessages as t } from '../messages/ui';

/** One validation error: `field` is the form field's name (and id), `text` the Dutch message. */
export interface FieldError {
  field: string;
  text: string;
}

/** The message for one field, or undefined; the first wins when a field has several. */
export function errorFor(errors: readonly FieldError[] | undefined, field: string): string | undefined {
  return errors?.find((e) => e.field === field)?.text;
}

export function ErrorSummary({ errors }: { errors: readonly FieldError[] }): ComponentChildren {
  if (errors.length === 0) return null;
  return (
    // role=alert makes screen readers announce it; tabindex=-1 + autofocus put the focus here on
    // load without JavaScript, as GOV.UK's script does.
    <div class="vl-error-summary" role="alert" aria-labelledby="error-summary-titel" tabIndex={-1} autoFocus>
      <h2 class="vl-error-summary__title" id="error-summary-titel">
        {t.erIsEenProbleem}
      </h2>
      <ul class="vl-error-summary__list">
        {errors.map((e) => (
          <li key={`${e.field}:${e.text}`}>
            <a href={`#${e.field}`}>{e.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
