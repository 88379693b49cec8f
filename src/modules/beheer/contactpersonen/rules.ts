// What a valid contactpersoon is (R-CON-1), pure. Naam and e-mailadres are required: they are
// how the gemeente reaches the school about a melding. Functie and telefoonnummer are
// optional, as on the melding form this list fills (manual §4.1).
import { z } from 'zod';
import { beheerLocatiesMessages } from '../messages';
import { normaliseTekst } from '../rules';

const t = beheerLocatiesMessages.contactpersonen;

/** The database checks the same limits (0003_beheer.ts). */
export const CONTACT_NAAM_MAX = 100;
export const FUNCTIE_MAX = 60;
export const TELEFOON_MAX = 20;
export const EMAIL_MAX = 254;

/**
 * A Dutch phone number as people type it: digits, spaces and hyphens, a + only in front
 * (+31 …), and 10 to 15 digits (a Dutch number has 10; E.164 allows at most 15).
 * @example isTelefoonnummer('020 123 45 67') === true
 * @example isTelefoonnummer('+31 6-1234 5678') === true
 * @example isTelefoonnummer('12345') === false
 */
export function isTelefoonnummer(value: string): boolean {
  if (!/^\+?[0-9][0-9 -]*$/.test(value) || value.length > TELEFOON_MAX) return false;
  const digits = value.replace(/[^0-9]/g, '').length;
  return digits >= 10 && digits <= 15;
}

const verplicht = (leeg: string) => z.string({ error: leeg }).transform(normaliseTekst);

export const contactpersoonSchema = z.object({
  naam: verplicht(t.naamLeeg).pipe(z.string().min(1, t.naamLeeg).max(CONTACT_NAAM_MAX, t.naamTeLang)),
  functie: z
    .string()
    .optional()
    .transform((v) => normaliseTekst(v ?? ''))
    .pipe(z.string().max(FUNCTIE_MAX, t.functieTeLang))
    .transform((v) => (v === '' ? null : v)),
  telefoonnummer: z
    .string()
    .optional()
    .transform((v) => normaliseTekst(v ?? ''))
    .pipe(z.string().refine((v) => v === '' || isTelefoonnummer(v), t.telefoonnummerFormaat))
    .transform((v) => (v === '' ? null : v)),
  email: verplicht(t.emailLeeg).pipe(z.string().min(1, t.emailLeeg).max(EMAIL_MAX, t.emailFormaat).pipe(z.email(t.emailFormaat))),
});

export type ContactpersoonInvoer = z.infer<typeof contactpersoonSchema>;
