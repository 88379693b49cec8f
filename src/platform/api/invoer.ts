// The API's input goes through the pages' one validation path (form.ts): a body through
// parseJson (fields as JSON pointers), query and path parameters as a form's values through
// parseForm (fields by their names), so a refused value gets the same Dutch message as on the
// page. The issue codes come from the same parse, for `invalidParams[].code`.
import type { z } from 'zod';
import { messages } from '../messages/index';
import { formVeld, jsonPointer, parseForm, parseJson, type Pad } from '../http/form';
import { heeftVerbodenTeken } from '../http/tekens';
import { ApiProblem, type InvalidParam } from './problem';

const m = messages.api;
const TEKEN_CODE = 'ongeldig_teken';

function codes(schema: z.ZodType, input: unknown, veld: (pad: Pad) => string): Map<string, string> {
  const out = new Map<string, string>();
  const r = schema.safeParse(input);
  if (!r.success) for (const issue of r.error.issues) if (!out.has(veld(issue.path))) out.set(veld(issue.path), issue.code);
  return out;
}

const alsProbleem = (errors: readonly { field: string; text: string }[], code: Map<string, string>): ApiProblem =>
  new ApiProblem(400, m.ongeldigeInvoerTitel, m.ongeldigeInvoerDetail, {
    invalidParams: errors.map((e): InvalidParam => ({ name: e.field, code: code.get(e.field) ?? TEKEN_CODE, reason: e.text })),
  });

/** A JSON body parsed by `schema`, or a 400 problem with an entry per field (JSON pointer). */
export function leesBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const r = parseJson(schema, body ?? {});
  if (r.ok) return r.data;
  throw alsProbleem(r.errors, codes(schema, body ?? {}, jsonPointer));
}

/**
 * Query or path parameters parsed by `schema`, or a 400 problem naming each parameter. A repeated
 * parameter stays a list, as a form's checkboxes; a character no typed text holds is refused
 * first, as in the pages' search fields.
 */
export function leesParameters<S extends z.ZodType>(schema: S, waarden: unknown): z.output<S> {
  const input = (waarden ?? {}) as Record<string, unknown>;
  const r = parseForm(schema, input);
  if (r.ok) return r.data;
  const code = codes(schema, r.values, formVeld);
  for (const [naam, v] of Object.entries(r.values)) {
    const lijst = typeof v === 'string' ? [v] : (v ?? []);
    if (lijst.some((x) => heeftVerbodenTeken(x))) code.set(naam, TEKEN_CODE);
  }
  throw alsProbleem(r.errors, code);
}
