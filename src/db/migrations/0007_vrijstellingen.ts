// Vrijstellingen (issue 6, R-VRIJ-1 … R-VRIJ-4): a gemeente records that a pupil is exempt from
// leerplicht (art. 5 sub a/b/c, art. 5a) or has vervangende leerplicht (art. 15) for a period.
// The invariant lives here: two vrijstellingen of one pupil never share a day, whichever
// gemeente registered them (a pupil is exempt or not; two overlapping grounds would make the
// effect on meldingen ambiguous). The pupil-choice table keeps the PGN out of URLs.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table vrijstellingen (
      id uuid primary key default gen_random_uuid(),
      pgn text not null references leerlingen (pgn),
      -- the gemeente that registered it, and the only one that may change or end it
      gemeentecode text not null references gemeenten (gemeentecode),
      -- R-VRIJ-4, the article of the Leerplichtwet 1969: art. 5 onder a, b, c; art. 5a; art. 15
      soort text not null check (soort in ('5_onder_a', '5_onder_b', '5_onder_c', '5a', '15')),
      begindatum date not null,
      -- the last exempt day; null = open-ended
      einddatum date,
      -- optimistic locking: a change names the version it was made on
      versie integer not null default 1 check (versie >= 1),
      aangemaakt_op timestamptz not null,
      aangemaakt_door uuid,
      aangemaakt_door_naam text not null,
      gewijzigd_op timestamptz not null,
      gewijzigd_door uuid,
      gewijzigd_door_naam text not null,
      check (einddatum is null or einddatum >= begindatum),
      constraint vrijstellingen_geen_overlap exclude using gist (
        pgn with =,
        daterange(begindatum, einddatum, '[]') with &&
      )
    );
    create index vrijstellingen_gemeente on vrijstellingen (gemeentecode, begindatum desc, id);

    -- A pupil found by PGN, under a random id, so the pupil's page has a URL without the PGN
    -- (no BSN in access logs or browser history). Private to the user and gemeente; a day long.
    create table vrijstelling_leerlingkeuzes (
      id text primary key check (id ~ '^[A-Za-z0-9_-]{16,64}$'),
      gebruiker_id uuid not null references gebruikers (id) on delete cascade,
      gemeentecode text not null,
      pgn text not null,
      aangemaakt_op timestamptz not null,
      verloopt_op timestamptz not null
    );
    create index vrijstelling_leerlingkeuzes_verloopt on vrijstelling_leerlingkeuzes (verloopt_op);
  `.execute(db);
}
