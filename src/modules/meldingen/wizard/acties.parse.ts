// Step Actie school (R-MEL-15): what the school has already done, at least one from the
// reference list, and a toelichting.
import type { FormValues } from '../../../platform/http/form';
import { meldingInvoer as t } from '../messages';
import type { ActiesStap } from '../melding.types';
import { checkActiesSchool } from '../rules';
import { lijst, tekst, teLang } from './invoer';
import type { Parsed } from './stap';
import { TOELICHTING_MAX } from './verzuim.parse';
import type { FieldError } from '../../../platform/ui/error-summary';

export const actiesVelden: readonly string[] = ['acties', 'toelichtingActie'];

export function parseActies(v: FormValues): Parsed<ActiesStap> {
  const errors: FieldError[] = [];
  const acties = [...new Set(lijst(v, 'acties'))];
  const fout = checkActiesSchool(acties);
  if (fout) errors.push({ field: 'acties', text: fout });
  const toelichting = tekst(v, 'toelichtingActie');
  if (teLang(toelichting, TOELICHTING_MAX)) errors.push({ field: 'toelichtingActie', text: t.tekstTeLang(TOELICHTING_MAX) });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: { acties, toelichting } };
}

export const actiesNaarInvoer = (d: ActiesStap): FormValues => ({ acties: d.acties, toelichtingActie: d.toelichting });
