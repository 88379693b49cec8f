// The Intrekken form (R-INT-1, R-INT-2) as a zod schema: the reason must be one of the school's
// three (never 'vrijstelling', which only the vrijstelling check uses), the toelichting is
// optional and limited, and the reason must be allowed for the melding's begindatum today.
import { z } from 'zod';
import { parseForm, type FormValues } from '../../../platform/http/form';
import { redenIntrekkenLabels } from '../codes.messages';
import { intrekkenFouten as t } from './messages';
import type { FieldError } from '../../../platform/ui/error-summary';
import { isRedenIntrekkenSchool, magIntrekken, type RedenIntrekkenSchool } from './intrekken.rules';

export const TOELICHTING_INTREKKEN_MAX = 1000;

export type IntrekkenKeuze = { ok: true; reden: RedenIntrekkenSchool; toelichting: string } | { ok: false; errors: FieldError[] };

/** The form's schema for a melding beginning on `begindatum`, on Dutch day `vandaag` (a form or a JSON body). */
export const intrekkenSchema = (begindatum: string, vandaag: string) =>
  z.object({
    reden: z
      .string()
      .trim()
      .catch('')
      .transform((reden, ctx): RedenIntrekkenSchool => {
        const fout = (message: string) => {
          ctx.addIssue({ code: 'custom', message });
          return z.NEVER;
        };
        if (reden === '') return fout(t.redenLeeg);
        if (!isRedenIntrekkenSchool(reden)) return fout(t.redenOnbekend);
        const toets = magIntrekken(reden, begindatum, vandaag);
        if (toets.ok) return reden;
        return fout(reden === 'geen_inschrijving' ? t.geenInschrijving(toets.vanaf, begindatum) : t.eenJaarTerug(redenIntrekkenLabels[reden], toets.vanaf, begindatum));
      }),
    // Counted in characters as people see them, not UTF-16 halves.
    toelichting: z
      .string()
      .trim()
      .catch('')
      .refine((s) => [...s].length <= TOELICHTING_INTREKKEN_MAX, t.toelichtingTeLang(TOELICHTING_INTREKKEN_MAX)),
  });

/**
 * Checks the posted reason and toelichting for a melding beginning on `begindatum`, on Dutch
 * day `vandaag`; the refusal of R-INT-2 names the limit.
 * @example toetsIntrekken({ reden: 'geen_inschrijving' }, '2029-07-31', '2030-03-16')
 *   // { ok: false, errors: [{ field: 'reden', text: 'Geen inschrijving kan alleen … op of na 1 augustus 2029. …' }] }
 */
export function toetsIntrekken(values: FormValues, begindatum: string, vandaag: string): IntrekkenKeuze {
  // Only the form's own fields: the version number is the service's.
  const r = parseForm(intrekkenSchema(begindatum, vandaag), { reden: values.reden, toelichting: values.toelichting }, { tekstvakken: ['toelichting'] });
  return r.ok ? { ok: true, ...r.data } : { ok: false, errors: r.errors };
}
