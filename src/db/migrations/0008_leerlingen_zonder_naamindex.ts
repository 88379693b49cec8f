// No query searches pupils in ROD by name: Leerling zoeken goes by PGN only (R-MEL-1), and
// Raadplegen and the gemeente inbox search the name copied onto the melding (index
// meldingen_achternaam_trgm, 0005). The two name indexes of 0002 served nothing and cost
// 6.8 s of every 1.5 M-pupil import (bench/results/import-2026-11-28-copy.md).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index leerlingen_achternaam_prefix;
    drop index leerlingen_achternaam_trgm;
  `.execute(db);
}
