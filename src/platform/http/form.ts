// One validation path (docs/architecture.md): every input is parsed by a zod schema, from a form or from a
// JSON body, and a failed parse becomes field errors (FieldError) with the schema's Dutch
// messages. A form names a field by its path joined with '-' (`dag-0-datum`, the form's own
// naming of repeated rows); a JSON body by a JSON pointer (`/dag/0/datum`). The submitted
// values of a form are handed back so the page can show what was typed.
import { z } from 'zod';
import type { FieldError } from '../ui/error-summary';
import { jsonTekenFouten, metTekenFouten, tekenFouten } from './tekens';

export type FormValues = Record<string, string | string[] | undefined>;

export type FormResult<T> = { ok: true; data: T; values: FormValues } | { ok: false; errors: FieldError[]; values: FormValues };
export type JsonResult<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/** An issue's path: object keys and list positions. */
export type Pad = readonly PropertyKey[];

/** A path as a form field name: `['dag', 0, 'datum']` → `dag-0-datum`, `['van']` → `van`. */
export const formVeld = (pad: Pad): string => pad.map(String).join('-');

/** The inverse of formVeld: `dag-0-datum` → `['dag', 0, 'datum']` (a number names a row). */
export const veldPad = (veld: string): (string | number)[] => veld.split('-').map((s) => (/^\d{1,9}$/.test(s) ? Number(s) : s));

/** A path as a JSON pointer (RFC 6901): `['dag', 0, 'datum']` → `/dag/0/datum`. */
export const jsonPointer = (pad: Pad): string => pad.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** Strips the CSRF token and non-string values from a parsed form body. */
export function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

/**
 * The row numbers present in the values for `prefix` (`dag-0-datum`, `dag-3-datum` → [0, 3]),
 * ascending. Rows are numbered 0… by the form; a crafted post may skip numbers.
 */
export function rijNummers(v: FormValues, prefix: string): number[] {
  const re = new RegExp(`^${prefix}-(\\d{1,3})-`);
  const seen = new Set<number>();
  for (const key of Object.keys(v)) {
    const m = re.exec(key);
    if (m) seen.add(Number(m[1]));
  }
  return [...seen].sort((a, b) => a - b);
}

/**
 * A form's repeated rows as lists, the structure a JSON body has: `dag-0-datum`, `dag-3-datum`
 * → `dag: [{ datum }, { datum }]`, in the order of the row numbers (so the n-th row of the
 * list is `dag-n-…` as the form shows it after renumbering). Other fields stay as they are.
 */
export function metRijen(v: FormValues, prefixen: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const res = prefixen.map((p) => ({ p, re: new RegExp(`^${p}-(\\d{1,3})-(.+)$`) }));
  for (const [key, value] of Object.entries(v)) if (!res.some(({ re }) => re.test(key))) out[key] = value;
  for (const { p, re } of res) {
    const rijen = new Map<number, Record<string, unknown>>(rijNummers(v, p).map((n) => [n, {}]));
    for (const [key, value] of Object.entries(v)) {
      const m = re.exec(key);
      if (m) rijen.get(Number(m[1]))![m[2]!] = value;
    }
    out[p] = [...rijen.values()];
  }
  return out;
}

/**
 * Parses a form body; on failure, one error per field (the first message wins), in issue order.
 * Every field is refused when it holds a control character (tekens.ts), whatever the schema
 * says: `tekstvakken` names the form's textareas, where tabs and line breaks are allowed.
 * `rijen` names the prefixes of repeated rows, which the schema sees as lists (metRijen).
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  body: unknown,
  opts: { tekstvakken?: readonly string[]; rijen?: readonly string[] } = {},
): FormResult<z.output<S>> {
  const values = formValues(body);
  const teken = tekenFouten(values, opts.tekstvakken);
  const result = schema.safeParse(opts.rijen ? metRijen(values, opts.rijen) : values);
  if (result.success && teken.length === 0) return { ok: true, data: result.data, values };
  return { ok: false, errors: metTekenFouten(teken, result.success ? [] : issueErrors(result.error.issues)), values };
}

/**
 * Parses a JSON body with the same schema as the form; an error's field is a JSON pointer
 * (`/dag/0/datum`). Every string is refused when it holds a control character, as in a form;
 * `tekstvakken` names the textareas by their form name (`toelichting`, `dag-0-toelichting`).
 */
export function parseJson<S extends z.ZodType>(schema: S, body: unknown, opts: { tekstvakken?: readonly string[] } = {}): JsonResult<z.output<S>> {
  // A string in a list (checkboxes) belongs to its field, as in a form: `/acties`, not `/acties/0`.
  const teken = jsonTekenFouten(body, (pad) => opts.tekstvakken?.includes(formVeld(zonderPositie(pad))) ?? false, (pad) => jsonPointer(zonderPositie(pad)));
  const result = schema.safeParse(body);
  if (result.success && teken.length === 0) return { ok: true, data: result.data };
  return { ok: false, errors: metTekenFouten(teken, result.success ? [] : issueErrors(result.error.issues, jsonPointer)) };
}

/** A path without the positions at its end: a string in a list (`/acties/0`) belongs to its field (`/acties`). */
const zonderPositie = (pad: Pad): Pad => {
  let n = pad.length;
  while (n > 0 && typeof pad[n - 1] === 'number') n--;
  return pad.slice(0, n);
};

/**
 * A zod parse's issues as field errors: one per field (the first message wins), in issue order.
 * `veld` names the field by the issue's path: a form field name (default) or a JSON pointer.
 */
export function issueErrors(issues: z.ZodError['issues'], veld: (pad: Pad) => string = formVeld): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = veld(issue.path);
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, text: issue.message });
  }
  return errors;
}

/**
 * A schema whose rules are a pure function from the parsed input to data or field errors (the
 * manual's cross-field rules, with their context: today, the pupil, edit mode): `invoer` gives
 * the input's shape (what a JSON body holds, what toJSONSchema shows), `regels` decides, and each
 * of its errors becomes an issue at the path its field name says (`dag-0-datum`, veldPad).
 */
export function metRegels<I extends z.ZodType, T>(invoer: I, regels: (v: z.output<I>) => { ok: true; data: T } | { ok: false; errors: readonly FieldError[] }) {
  return invoer.transform((v, ctx): T => {
    const r = regels(v);
    if (r.ok) return r.data;
    for (const e of r.errors) ctx.addIssue({ code: 'custom', message: e.text, path: veldPad(e.field) });
    return z.NEVER;
  });
}

/** A single value from the form values, as a string ('' when absent). */
export function str(values: FormValues, key: string): string {
  const v = values[key];
  return typeof v === 'string' ? v : '';
}
