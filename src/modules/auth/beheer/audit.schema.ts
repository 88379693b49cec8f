// The audit search form (R-PRIV-1), parsed from the query string: every field optional, dates
// as DD-MM-JJJJ (R-UI-5), the inlognaam with the %-rule (R-UI-1) turned into a pattern.
import { z } from 'zod';
import type { AuditFilter } from '../../../platform/audit/audit.repository';
import { beheerMessages } from './messages';
import { parseDutchDate } from '../../../platform/datum';
import { namePattern } from '../../../platform/search/name-pattern';

const t = beheerMessages.audit;

const optioneel = () => z.string().trim().default('');

const datum = optioneel().transform((v, ctx) => {
  if (v === '') return null;
  const iso = parseDutchDate(v);
  if (iso === null) ctx.addIssue({ code: 'custom', message: t.datumFormaat });
  return iso;
});

export const auditZoekSchema = z
  .object({
    inlognaam: optioneel().pipe(z.string().max(64)),
    // Not limited to the known actions: a module may log an action this page has no name for.
    actie: optioneel().pipe(z.string().regex(/^[a-z0-9_]{0,64}$/, t.actieFormaat)),
    code: optioneel()
      .transform((v) => v.toUpperCase())
      .pipe(z.string().regex(/^(\d{2}[A-Z]{2}|\d{4})?$/, t.codeFormaat)),
    van: datum,
    tot: datum,
  })
  .superRefine((v, ctx) => {
    if (v.van && v.tot && v.tot < v.van) ctx.addIssue({ code: 'custom', path: ['tot'], message: t.totVoorVan });
  });

export type AuditZoek = z.infer<typeof auditZoekSchema>;

export function auditFilter(v: AuditZoek): AuditFilter {
  return {
    gebruikersnaamPatroon: namePattern(v.inlognaam),
    actie: v.actie || null,
    code: v.code || null,
    van: v.van,
    totEnMet: v.tot,
  };
}
