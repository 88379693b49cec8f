/**
 * Help text behind a question mark (R-UI-3, manual §2.4, Afb. 9), without JavaScript: a native
 * `<details>`. Closed, its summary shows "?"; open, the text shows and the same summary is drawn
 * as "×" in the text's corner (app.css), so one keyboard-focusable control opens and closes it.
 * The summary's accessible name follows the state ("Uitleg bij X" / "Uitleg bij X sluiten");
 * screen readers also announce expanded/collapsed.
 *
 * A `<details>` may not sit inside a `<label>` or `<legend>`, so fields place it beside them.
 */
import type { ComponentChildren } from 'preact';
import { uiMessages as t } from '../messages/ui';

export interface HelpTextProps {
  /** The field's label, for the accessible name "Uitleg bij {label}". */
  label: string;
  /** Id of the details element (fields use `{id}-uitleg`). */
  id?: string;
  children: ComponentChildren;
}

export function HelpText({ label, id, children }: HelpTextProps): ComponentChildren {
  return (
    <details class="vl-help" id={id}>
      <summary class="vl-help__toggle">
        <span class="vl-help__icon vl-help__icon--open" aria-hidden="true">?</span>
        <span class="vl-help__icon vl-help__icon--close" aria-hidden="true">×</span>
        <span class="vl-help__name vl-help__name--closed visually-hidden">{t.uitlegBij(label)}</span>
        <span class="vl-help__name vl-help__name--open visually-hidden">{t.uitlegSluiten(label)}</span>
      </summary>
      <div class="vl-help__text">{children}</div>
    </details>
  );
}
