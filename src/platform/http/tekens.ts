// Characters that no typed text holds, refused at every way text comes in (form fields, search
// fields in a URL) with one Dutch message at the field. A NUL cannot be stored by PostgreSQL
// at all (a 500 before this check); the other controls are invisible, come only from pasted or
// crafted input, and would end up in mails, CSV files and audit lines. A textarea keeps its
// tabs and line breaks; a one-line field has none (a browser strips them from an <input>).
import { commonMessages } from '../messages/common';
import type { FieldError } from '../ui/error-summary';

/** C0 controls, DEL, C1 controls, and a UTF-16 half without its other half. */
const VERBODEN_REGEL = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** The same, except tab, line feed and carriage return. */
const VERBODEN_TEKSTVAK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether `waarde` holds a character no typed text may hold; `tekstvak`: a textarea's value. */
export function heeftVerbodenTeken(waarde: string, tekstvak = false): boolean {
  return (tekstvak ? VERBODEN_TEKSTVAK : VERBODEN_REGEL).test(waarde);
}

/** A value, or a list of values (checkboxes, repeated parameters), as a form or query gives it. */
type Waarde = string | readonly string[] | undefined;

/**
 * One error per field whose value holds a refused character, in the order of `values`.
 * `tekstvakken`: the names of the form's textareas (tabs and line breaks allowed there).
 */
export function tekenFouten(values: Readonly<Record<string, Waarde>>, tekstvakken: readonly string[] = []): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, v] of Object.entries(values)) {
    const lijst = typeof v === 'string' ? [v] : (v ?? []);
    const tekstvak = tekstvakken.includes(field);
    if (lijst.some((x) => heeftVerbodenTeken(x, tekstvak))) errors.push({ field, text: commonMessages.tekenNietToegestaan });
  }
  return errors;
}

/**
 * The same for a JSON body: one error per field (`veld` names a string's place, e.g. as a JSON
 * pointer; strings of one list may share it) that holds a refused character, in document order.
 * `tekstvak` says whether the string at a path is a textarea's.
 */
export function jsonTekenFouten(
  body: unknown,
  tekstvak: (pad: readonly (string | number)[]) => boolean,
  veld: (pad: readonly (string | number)[]) => string,
): FieldError[] {
  const errors: FieldError[] = [];
  const loop = (x: unknown, pad: (string | number)[]): void => {
    if (typeof x === 'string') {
      const field = veld(pad);
      if (heeftVerbodenTeken(x, tekstvak(pad)) && !errors.some((e) => e.field === field)) errors.push({ field, text: commonMessages.tekenNietToegestaan });
    } else if (Array.isArray(x)) x.forEach((y, i) => loop(y, [...pad, i]));
    else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) loop(y, [...pad, k]);
  };
  loop(body, []);
  return errors;
}

/**
 * The errors of a parse merged with the refused-character errors: that message replaces any
 * other of its field (a format message about an invisible character misleads), at the place of
 * the field's first error; fields with no other error follow.
 */
export function metTekenFouten(teken: readonly FieldError[], errors: readonly FieldError[]): FieldError[] {
  if (teken.length === 0) return [...errors];
  const byField = new Map(teken.map((e) => [e.field, e]));
  const geplaatst = new Set<string>();
  const out: FieldError[] = [];
  for (const e of errors) {
    const t = byField.get(e.field);
    if (!t) out.push(e);
    else if (!geplaatst.has(e.field)) {
      geplaatst.add(e.field);
      out.push(t);
    }
  }
  return [...out, ...teken.filter((e) => !geplaatst.has(e.field))];
}
