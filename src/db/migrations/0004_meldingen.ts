// Meldingen: the current row, an append-only table of full versions (R-RAA-4, R-HIS-1),
// drafts of the wizard (R-MEL-20), and the mail outbox (R-MEL-18). The invariants live here:
// no two meldingen of one pupil that are not Ingetrokken share a day (R-MEL-8), and one
// draft makes at most one melding (R-MEL-17).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create sequence melding_nummer_seq;

    create table meldingen (
      id bigint generated always as identity primary key,
      -- human-friendly: year of filing + sequence, e.g. 2026-0000123
      nummer text not null unique check (nummer ~ '^[0-9]{4}-[0-9]{7,}$'),
      versie integer not null default 1 check (versie >= 1),
      status text not null check (status in ('R', 'B', 'G', 'K', 'I')),
      pgn text not null references leerlingen (pgn),
      achternaam text not null,
      instellingscode text not null references instellingen (instellingscode),
      gemeentecode text not null references gemeenten (gemeentecode),
      soort text not null check (soort in ('V3', 'LRV', 'V4', 'RMC', 'O', 'L')),
      begindatum date not null,
      einddatum date,
      prioriteit boolean not null default false,
      onderwijslocatie_naam text,
      -- everything else of the melding, as entered (see melding.types.ts)
      inhoud jsonb not null,
      -- the draft this melding was made from: a replayed save finds it instead of filing twice
      concept_id uuid unique,
      aangemaakt_op timestamptz not null,
      aangemaakt_door uuid,
      gewijzigd_op timestamptz not null,
      check (einddatum is null or einddatum >= begindatum),
      constraint meldingen_geen_overlap exclude using gist (
        pgn with =,
        daterange(begindatum, einddatum, '[]') with &&
      ) where (status <> 'I')
    );
    create index meldingen_instelling on meldingen (instellingscode, status, begindatum desc, id);
    create index meldingen_gemeente on meldingen (gemeentecode, status, aangemaakt_op desc, id);
    create index meldingen_pgn on meldingen (pgn, status);

    create table melding_versies (
      melding_id bigint not null references meldingen (id),
      versie integer not null,
      status text not null,
      -- a full snapshot of the melding at this version, so history never needs reconstructing
      snapshot jsonb not null,
      soort_wijziging text not null,
      op timestamptz not null,
      door_gebruiker_id uuid,
      door_naam text not null,
      primary key (melding_id, versie)
    );
    create function melding_versies_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'melding_versies is append-only: % is not allowed', tg_op;
    end
    $$;
    create trigger melding_versies_no_update before update on melding_versies
      for each row execute function melding_versies_append_only();

    create table concepten (
      id uuid primary key default gen_random_uuid(),
      gebruiker_id uuid not null references gebruikers (id) on delete cascade,
      instellingscode text not null,
      pgn text not null,
      -- what was typed, per step, as submitted (also invalid input: going back loses nothing)
      invoer jsonb not null default '{}',
      -- the steps whose input passed validation
      voltooid text[] not null default '{}',
      kopie_van bigint references meldingen (id),
      aangemaakt_op timestamptz not null,
      gewijzigd_op timestamptz not null,
      verloopt_op timestamptz not null
    );
    create index concepten_gebruiker on concepten (gebruiker_id, gewijzigd_op desc);
    create index concepten_verloopt on concepten (verloopt_op);

    create table uitgaande_mails (
      id bigint generated always as identity primary key,
      aan text not null,
      onderwerp text not null,
      tekst text not null,
      melding_id bigint references meldingen (id),
      soort text not null,
      aangemaakt_op timestamptz not null,
      pogingen integer not null default 0,
      volgende_poging_op timestamptz not null,
      verzonden_op timestamptz,
      -- 'smtp' when delivered to the mail server; 'log' when no SMTP_URL is set (embedded default)
      afgeleverd_via text,
      laatste_fout text
    );
    create index uitgaande_mails_te_versturen on uitgaande_mails (volgende_poging_op) where verzonden_op is null;
  `.execute(db);
}
