// Pieces of the API's zod schemas that every resource writes the same way, so the document
// describes them the same way too.
import { z } from 'zod';

/** A HAL link. */
export const halLink = z.object({ href: z.string().describe('De URL (pad onder de server) van de gelinkte resource.') }).describe('Een link (HAL).');

/**
 * A page size in the query string: digits only, 1 … max, one Dutch message for every refusal.
 * `wat` completes the description: "Hoeveel <wat> (1 tot en met max, standaard …)".
 */
export const limietParam = (o: { max: number; standaard: number; melding: string; wat: string }) =>
  z
    .string({ error: o.melding })
    .regex(new RegExp(`^\\d{1,${String(o.max).length}}$`), o.melding)
    .transform(Number)
    .pipe(z.number().int().min(1, o.melding).max(o.max, o.melding))
    .optional()
    .describe(`Hoeveel ${o.wat} (1 tot en met ${o.max}, standaard ${o.standaard}).`);
