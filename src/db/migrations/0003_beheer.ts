// Beheer (docs/functioneel.md §4, manual ch. 3): the onderwijslocaties and contactpersonen a school's
// administrator keeps for their instelling. A melding COPIES the chosen location's name and
// the contact's details into itself (R-LOC-2), so nothing refers to these rows: they can be
// renamed and deleted freely, and there is no foreign key from meldingen to them.
// `locaties` are the school's own named locations (manual §3.1), not RIO's register of
// `onderwijslocaties` with their codes (0002_registers.ts).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table locaties (
      id uuid primary key default gen_random_uuid(),
      instellingscode text not null references instellingen (instellingscode),
      naam text not null check (length(naam) between 1 and 100 and naam = btrim(naam)),
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    );
    -- One index for three jobs: a name is unique per instelling whatever its case (R-LOC-1),
    -- every query is scoped to one instelling (leading column, also the foreign key's index),
    -- and text_pattern_ops lets "lower(naam) like 'abc%'" (a search without %, R-UI-1) use it
    -- in any collation. Uniqueness does not depend on the operator class.
    create unique index locaties_naam_uniek on locaties (instellingscode, lower(naam) text_pattern_ops);
    -- A search with % anywhere ("%oor") cannot use a btree; trigrams can.
    create index locaties_naam_trgm on locaties using gin (lower(naam) gin_trgm_ops);

    create table contactpersonen (
      id uuid primary key default gen_random_uuid(),
      instellingscode text not null references instellingen (instellingscode),
      naam text not null check (length(naam) between 1 and 100 and naam = btrim(naam)),
      functie text check (length(functie) between 1 and 60 and functie = btrim(functie)),
      -- Dutch phone numbers as typed: digits, spaces, a leading + and -, 10 to 15 digits.
      telefoonnummer text not null check (
        telefoonnummer ~ '^[+]?[0-9][0-9 -]*$'
        and length(regexp_replace(telefoonnummer, '[^0-9]', '', 'g')) between 10 and 15
      ),
      email text not null check (length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    );
    -- Two colleagues may share a name, so no uniqueness here; the same search indexes.
    create index contactpersonen_naam on contactpersonen (instellingscode, lower(naam) text_pattern_ops);
    create index contactpersonen_naam_trgm on contactpersonen using gin (lower(naam) gin_trgm_ops);
  `.execute(db);
}
