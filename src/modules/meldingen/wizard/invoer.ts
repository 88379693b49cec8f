// Reading a step's raw form input (FormValues: what was posted, kept in the draft as typed).
// Small pure helpers and field schemas the step schemas share; formats that have a home elsewhere (PGN,
// postcode, dates) are taken from there.
import { z } from 'zod';
import { parseForm, rijNummers, type FormValues } from '../../../platform/http/form';
import type { Parsed } from './stap';

/** The row numbers of a prefix in the input (platform/http/form.ts), for the row buttons. */
export { rijNummers };

/** A single value, trimmed ('' when absent or a list). */
export function tekst(v: FormValues, key: string): string {
  const x = v[key];
  return typeof x === 'string' ? x.trim() : '';
}

/** A list of values: checkboxes post one string for one ticked box, an array for several. */
export function lijst(v: FormValues, key: string): string[] {
  const x = v[key];
  if (x === undefined) return [];
  return (typeof x === 'string' ? [x] : x).filter((s) => s !== '');
}

/** 'ja' → true, 'nee' → false, anything else → null (not answered). */
export function jaNee(v: FormValues, key: string): boolean | null {
  const x = tekst(v, key);
  return x === 'ja' ? true : x === 'nee' ? false : null;
}

export const jaNeeWaarde = (b: boolean): string => (b ? 'ja' : 'nee');

/** Empty, or a text longer than `max`: the caller reports the second. */
export const teLang = (s: string, max: number): boolean => s.length > max;

/**
 * The input with the rows of `prefix` renumbered 0, 1, 2… in order, after leaving out row
 * `weg` (when given): "Verwijderen" of a row, and a canonical form for the draft.
 */
export function herschrijfRijen(v: FormValues, prefix: string, weg?: number): FormValues {
  const nummers = rijNummers(v, prefix).filter((n) => n !== weg);
  const re = new RegExp(`^${prefix}-(\\d{1,3})-(.+)$`);
  const out: FormValues = {};
  for (const [key, value] of Object.entries(v)) if (!re.test(key)) out[key] = value;
  nummers.forEach((oud, nieuw) => {
    for (const [key, value] of Object.entries(v)) {
      const m = re.exec(key);
      if (m && Number(m[1]) === oud) out[`${prefix}-${nieuw}-${m[2]}`] = value;
    }
  });
  return out;
}

/** Only the fields a step declares: what the draft keeps of a post (no buttons, no CSRF). */
export function alleenVelden(v: FormValues, velden: readonly (string | RegExp)[]): FormValues {
  const out: FormValues = {};
  for (const [key, value] of Object.entries(v)) {
    if (value !== undefined && velden.some((f) => (typeof f === 'string' ? f === key : f.test(key)))) out[key] = value;
  }
  return out;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
export const EMAIL_MAX = 254;

/** A plausible e-mail address; delivery is the real test. */
export const isEmail = (s: string): boolean => s.length <= EMAIL_MAX && EMAIL.test(s);

/** A field as `tekst` reads it: trimmed, '' when absent or not one string. */
export const tekstVeld = z.string().trim().catch('');
/** Checkboxes as `lijst` reads them: one string for one ticked box, a list for several. */
export const lijstVeld = z.union([z.string(), z.array(z.string())]).catch([]);
/** Repeated rows (`dag-0-datum` in a form, `dag: [{ datum }]` in JSON); no list is no rows. */
export const rijenVeld = <S extends z.ZodRawShape>(rij: S) => z.array(z.object(rij)).catch([]);

/**
 * Parses a step's input (the draft's FormValues) with its schema, the one path every form takes
 * (parseForm): a control character in any field is refused at the field; `tekstvakken` are the
 * step's textareas, `rijen` the prefixes of its repeated rows.
 */
export function leesStap<T>(schema: z.ZodType<T>, v: FormValues, opts: { tekstvakken?: readonly string[]; rijen?: readonly string[] } = {}): Parsed<T> {
  const r = parseForm(schema, v, opts);
  return r.ok ? { ok: true, data: r.data } : { ok: false, errors: r.errors };
}
