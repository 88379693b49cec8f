// The gemeente behandelaar's use cases (R-GEM-2 … R-GEM-5).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';

export function gemeenteService(_deps: { db: Kysely<Database>; now: () => Date; baseUrl: string }) {
  return {};
}

export type GemeenteService = ReturnType<typeof gemeenteService>;
