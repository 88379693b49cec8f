// One zod schema per form (DESIGN.md): a failed parse becomes field errors for the error
// summary, and the submitted values are handed back so the page can show what was typed.
import type { z } from 'zod';
import type { FieldError } from '../ui/error-summary';

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

/** Parses a form body; on failure, one error per field (the first message wins), in form order. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const values = formValues(body);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values };
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, text: issue.message });
  }
  return { ok: false, errors, values };
}

/** A single value from the form values, as a string ('' when absent). */
export function str(values: FormValues, key: string): string {
  const v = values[key];
  return typeof v === 'string' ? v : '';
}
