// What a valid onderwijslocatie is (R-LOC-1), pure: the form and any later import use the same.
import { z } from 'zod';
import { beheerLocatiesMessages } from '../messages';
import { normaliseTekst } from '../rules';

const t = beheerLocatiesMessages.locaties;

/** The database checks the same limit (0003_beheer.ts). */
export const LOCATIE_NAAM_MAX = 100;

export const locatieSchema = z.object({
  naam: z
    .string({ error: t.naamLeeg })
    .transform(normaliseTekst)
    .pipe(z.string().min(1, t.naamLeeg).max(LOCATIE_NAAM_MAX, t.naamTeLang)),
});

export type LocatieInvoer = z.infer<typeof locatieSchema>;
