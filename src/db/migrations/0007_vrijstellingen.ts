// Vrijstellingen (issue 6, R-VRIJ-1 … R-VRIJ-4).
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<unknown>): Promise<void> {}
