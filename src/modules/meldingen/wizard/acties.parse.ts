// Step Actie school (R-MEL-15): what the school has already done, at least one from the
// reference list, and a toelichting.
import { z } from 'zod';
import type { FormValues } from '../../../platform/http/form';
import { meldingInvoer as t } from '../messages';
import type { ActiesStap } from '../melding.types';
import { checkActiesSchool } from '../rules';
import { leesStap, lijstVeld, tekstVeld } from './invoer';
import type { Parsed } from './stap';
import { TOELICHTING_MAX } from './verzuim.parse';

export const actiesVelden: readonly string[] = ['acties', 'toelichtingActie'];

/** The step's schema (a form, or a JSON body of the same fields). */
export const actiesSchema = z
  .object({
    acties: lijstVeld
      .transform((l) => [...new Set((typeof l === 'string' ? [l] : l).filter((s) => s !== ''))])
      .superRefine((acties, ctx) => {
        const fout = checkActiesSchool(acties);
        if (fout) ctx.addIssue({ code: 'custom', message: fout });
      }),
    toelichtingActie: tekstVeld.pipe(z.string().max(TOELICHTING_MAX, t.tekstTeLang(TOELICHTING_MAX))),
  })
  .transform((v): ActiesStap => ({ acties: v.acties, toelichting: v.toelichtingActie }));

export const parseActies = (v: FormValues): Parsed<ActiesStap> => leesStap(actiesSchema, v, { tekstvakken: ['toelichtingActie'] });

export const actiesNaarInvoer = (d: ActiesStap): FormValues => ({ acties: d.acties, toelichtingActie: d.toelichting });
