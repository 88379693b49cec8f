// The Intrekken form (R-INT-1, R-INT-2), pure: the reason must be one of the school's three
// (never 'vrijstelling', which only the vrijstelling check uses), the toelichting is optional
// and limited, and the reason must be allowed for the melding's begindatum today.
import type { FormValues } from '../../../platform/http/form';
import { metTekenFouten, tekenFouten } from '../../../platform/http/tekens';
import { redenIntrekkenLabels } from '../codes.messages';
import { intrekkenFouten as t } from './messages';
import type { FieldError } from '../../../platform/ui/error-summary';
import { isRedenIntrekkenSchool, magIntrekken, type RedenIntrekkenSchool } from './intrekken.rules';

export const TOELICHTING_INTREKKEN_MAX = 1000;

export type IntrekkenKeuze = { ok: true; reden: RedenIntrekkenSchool; toelichting: string } | { ok: false; errors: FieldError[] };

const tekst = (values: FormValues, key: string): string => {
  const v = values[key];
  return typeof v === 'string' ? v : '';
};

/**
 * Checks the posted reason and toelichting for a melding beginning on `begindatum`, on Dutch
 * day `vandaag`; the refusal of R-INT-2 names the limit.
 * @example toetsIntrekken({ reden: 'geen_inschrijving' }, '2029-07-31', '2030-03-16')
 *   // { ok: false, errors: [{ field: 'reden', text: 'Geen inschrijving kan alleen … op of na 1 augustus 2029. …' }] }
 */
export function toetsIntrekken(values: FormValues, begindatum: string, vandaag: string): IntrekkenKeuze {
  const errors: FieldError[] = [];
  const reden = tekst(values, 'reden').trim();
  const toelichting = tekst(values, 'toelichting').trim();
  if (reden === '') errors.push({ field: 'reden', text: t.redenLeeg });
  else if (!isRedenIntrekkenSchool(reden)) errors.push({ field: 'reden', text: t.redenOnbekend });
  else {
    const toets = magIntrekken(reden, begindatum, vandaag);
    if (!toets.ok) {
      errors.push({
        field: 'reden',
        text: reden === 'geen_inschrijving' ? t.geenInschrijving(toets.vanaf, begindatum) : t.eenJaarTerug(redenIntrekkenLabels[reden], toets.vanaf, begindatum),
      });
    }
  }
  if ([...toelichting].length > TOELICHTING_INTREKKEN_MAX) errors.push({ field: 'toelichting', text: t.toelichtingTeLang(TOELICHTING_INTREKKEN_MAX) });
  const teken = tekenFouten({ reden: values.reden, toelichting: values.toelichting }, ['toelichting']);
  if (errors.length > 0 || teken.length > 0 || !isRedenIntrekkenSchool(reden)) return { ok: false, errors: metTekenFouten(teken, errors) };
  return { ok: true, reden, toelichting };
}
