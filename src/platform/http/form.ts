// One zod schema per form (DESIGN.md): a failed parse becomes field errors for the error
// summary, and the submitted values are handed back so the page can show what was typed.
import type { z } from 'zod';
import type { FieldError } from '../ui/error-summary';
import { metTekenFouten, tekenFouten } from './tekens';

export type FormValues = Record<string, string | string[] | undefined>;

export type FormResult<T> = { ok: true; data: T; values: FormValues } | { ok: false; errors: FieldError[]; values: FormValues };

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
 * Parses a form body; on failure, one error per field (the first message wins), in form order.
 * Every field is refused when it holds a control character (tekens.ts), whatever the schema
 * says: `tekstvakken` names the form's textareas, where tabs and line breaks are allowed.
 */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown, opts: { tekstvakken?: readonly string[] } = {}): FormResult<z.infer<S>> {
  const values = formValues(body);
  const teken = tekenFouten(values, opts.tekstvakken);
  const result = schema.safeParse(values);
  if (result.success && teken.length === 0) return { ok: true, data: result.data, values };
  return { ok: false, errors: metTekenFouten(teken, result.success ? [] : issueErrors(result.error.issues)), values };
}

/** A zod parse's issues as field errors: one per field (the first message wins), in issue order. */
export function issueErrors(issues: z.ZodError['issues']): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, text: issue.message });
  }
  return errors;
}

/** A single value from the form values, as a string ('' when absent). */
export function str(values: FormValues, key: string): string {
  const v = values[key];
  return typeof v === 'string' ? v : '';
}
