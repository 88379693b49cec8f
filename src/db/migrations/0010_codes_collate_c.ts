// The codes that keys and joins are made of (pgn, instellingscode, vestigingscode) in the "C"
// collation: compared byte by byte instead of through the operating system's collation, which
// makes sorting them several times cheaper (and lets PostgreSQL use abbreviated sort keys).
// Measured on 1.5 M leerlingen / 1.9 M inschrijvingen: the pgn key 3.0 s → 1.7 s, the
// inschrijvingen key 7.7 s → 2.5 s (one worker). These codes hold only digits and capital
// letters (validation.ts), whose order is the same in every collation, and equality of text
// never depended on it: nothing changes but the speed. Every column of a name changes in one go,
// so a join or foreign key between two of them compares in one collation and can use the
// index on either side; the indexes, keys and exclusion constraints on them are rebuilt by
// PostgreSQL. Changing only the collation does not rewrite the tables.
import { sql, type Kysely } from 'kysely';

export const CODE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  pgn: ['leerlingen', 'inschrijvingen', 'meldingen', 'vrijstellingen', 'vrijstelling_leerlingkeuzes', 'concepten'],
  instellingscode: [
    'instellingen', 'vestigingen', 'inschrijvingen', 'onderwijsaanbieders', 'onderwijslocaties', 'locaties', 'contactpersonen',
    'meldingen', 'concepten', 'gebruiker_rollen', 'sessies', 'audit_log',
  ],
  vestigingscode: ['vestigingen', 'inschrijvingen'],
};

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [column, tables] of Object.entries(CODE_COLUMNS)) {
    for (const table of tables) await sql.raw(`alter table ${table} alter column ${column} type text collate "C"`).execute(db);
  }
}
