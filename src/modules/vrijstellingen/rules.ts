// The pure rules of vrijstellingen (R-VRIJ-1 … R-VRIJ-4): the kinds, the form's validation, and
// THE decision what a vrijstelling does to one melding (R-VRIJ-2 and R-VRIJ-3 share it).
// No database, no request: facts in, a decision or a list of field errors out.
import { z } from 'zod';
import { type Status, OPEN_STATUSSEN } from '../meldingen/face';
import { vrijstellingFouten as f } from './messages';
import { parseForm, type FormResult } from '../../platform/http/form';
import { dagErvoor, overlapt, parseDutchDate, type Periode } from '../../platform/datum';

/**
 * R-VRIJ-4, by article of the Leerplichtwet 1969: art. 5 onder a (lichamelijke of psychische
 * ongeschiktheid), onder b (bedenkingen tegen de richting), onder c (onderwijs in het
 * buitenland), art. 5a (trekkend bestaan), art. 15 (vervangende leerplicht / ander onderwijs).
 */
export const VRIJSTELLING_SOORTEN = ['5_onder_a', '5_onder_b', '5_onder_c', '5a', '15'] as const;
export type VrijstellingSoort = (typeof VRIJSTELLING_SOORTEN)[number];

export function isVrijstellingSoort(v: string): v is VrijstellingSoort {
  return (VRIJSTELLING_SOORTEN as readonly string[]).includes(v);
}

/** What a vrijstelling does to one melding. */
export type Effect =
  /** Nothing: the melding is closed, or does not touch the vrijstelling. */
  | { soort: 'geen' }
  /** R-VRIJ-2/3: the melding began before the vrijstelling; its t/m becomes the day before. */
  | { soort: 'inkorten'; nieuweTm: string }
  /** R-VRIJ-3: the melding lies wholly inside the vrijstelling; it is withdrawn ('vrijstelling'). */
  | { soort: 'intrekken' }
  /**
   * The melding begins inside the vrijstelling but runs on after its end (or is open-ended while
   * the vrijstelling ends). The specification is silent; ending it "the day before the vrijstelling" would end
   * it before it began, and withdrawing it would drop the days after the vrijstelling, which are
   * real verzuim. So it is left as it is, and reported, for a person to judge.
   */
  | { soort: 'handmatig' };

/**
 * The effect of vrijstelling `v` on melding `m` (R-VRIJ-2, R-VRIJ-3). Applying it twice is the
 * same as once: after 'inkorten' the melding ends before `v`, after 'intrekken' it is closed.
 * @example effectOpMelding({ status: 'R', van: '2030-03-02', tm: '2030-03-13' }, { van: '2030-03-13', tm: null })
 *   // { soort: 'inkorten', nieuweTm: '2030-03-12' }
 * @example effectOpMelding({ status: 'R', van: '2030-03-02', tm: '2030-03-13' }, { van: '2030-03-02', tm: null })
 *   // { soort: 'intrekken' }
 */
export function effectOpMelding(m: Periode & { status: Status }, v: Periode): Effect {
  if (!OPEN_STATUSSEN.includes(m.status)) return { soort: 'geen' };
  if (!overlapt(m, v)) return { soort: 'geen' };
  if (m.van < v.van) return { soort: 'inkorten', nieuweTm: dagErvoor(v.van) };
  const binnen = v.tm === null || (m.tm !== null && m.tm <= v.tm);
  return binnen ? { soort: 'intrekken' } : { soort: 'handmatig' };
}

// ---------------------------------------------------------------------------------------------
// The forms.

/** Registreren and Wijzigen: soort, begindatum, einddatum (optional). */
export interface VrijstellingInvoer {
  soort: VrijstellingSoort;
  begindatum: string;
  einddatum: string | null;
}

const datum = (leeg: string, ongeldig: string) =>
  z
    .string()
    .trim()
    .min(1, leeg)
    .transform((v, ctx) => {
      const iso = parseDutchDate(v);
      if (!iso) {
        ctx.addIssue({ code: 'custom', message: ongeldig });
        return z.NEVER;
      }
      return iso;
    });

const optioneleDatum = (ongeldig: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const iso = parseDutchDate(v);
      if (!iso) {
        ctx.addIssue({ code: 'custom', message: ongeldig });
        return z.NEVER;
      }
      return iso;
    });

export const vrijstellingSchema = z
  .object({
    soort: z
      .string({ error: f.soortKiezen })
      .refine((v): v is VrijstellingSoort => isVrijstellingSoort(v), f.soortKiezen),
    begindatum: datum(f.begindatumLeeg, f.begindatumOngeldig),
    einddatum: optioneleDatum(f.einddatumOngeldig),
  })
  .refine((v) => !(v.einddatum && v.einddatum < v.begindatum), {
    message: f.eindVoorBegin,
    path: ['einddatum'],
    // Whenever both dates are valid, also when the soort is wrong, so the person sees every
    // problem at once (by default zod would wait for the soort).
    when: (p) => typeof p.value === 'object' && p.value !== null && !p.issues.some((i) => i.path?.[0] === 'begindatum' || i.path?.[0] === 'einddatum'),
  });

/** Parses Registreren/Wijzigen (a form; a JSON body goes through the same schema). */
export const leesVrijstelling = (body: unknown): FormResult<VrijstellingInvoer> => parseForm(vrijstellingSchema, body);

/** Beëindigen: only the einddatum, which is then required. */
export const beeindigenSchema = z.object({ einddatum: datum(f.einddatumLeeg, f.einddatumOngeldig) });

/** The version the form was opened on (optimistic locking); anything else is no version. */
export const versieSchema = z.object({ versie: z.string().regex(/^\d{1,9}$/).transform(Number) });
