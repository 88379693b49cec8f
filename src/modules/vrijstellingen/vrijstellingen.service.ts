// Vrijstellingen (R-VRIJ-1 … R-VRIJ-4): registering them and their effect on meldingen.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';

export function vrijstellingenService(_deps: { db: Kysely<Database>; now: () => Date; baseUrl: string }) {
  return {};
}

export type VrijstellingenService = ReturnType<typeof vrijstellingenService>;
