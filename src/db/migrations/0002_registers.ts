// The registries the service consults (docs/functioneel.md §3): ROD (leerlingen, inschrijvingen), the
// vestigingen of the instellingen, RIO (onderwijsaanbieders, onderwijslocaties), and the
// bookkeeping of every register import (R-REG-3). The import never deletes: what disappears
// from a newer file gets an end date (`vervallen_op` on reference rows, `einddatum` on an
// inschrijving), because meldingen and roles keep referring to it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- The import's peildatum of the first file a row was missing from; null = in the register.
    alter table rmc_regios add column vervallen_op date;
    alter table gemeenten add column vervallen_op date;
    alter table instellingen add column vervallen_op date;

    create table vestigingen (
      instellingscode text not null references instellingen (instellingscode),
      vestigingscode text not null check (vestigingscode ~ '^[0-9]{2}$'),
      naam text not null,
      plaats text not null,
      gemeentecode text not null references gemeenten (gemeentecode),
      vervallen_op date,
      primary key (instellingscode, vestigingscode)
    );

    create table onderwijsaanbieders (
      oac text primary key check (oac ~ '^[0-9]{3}A[0-9]{3}$'),
      instellingscode text not null references instellingen (instellingscode),
      naam text not null,
      vervallen_op date
    );
    create index onderwijsaanbieders_instelling on onderwijsaanbieders (instellingscode);

    create table onderwijslocaties (
      olc text primary key check (olc ~ '^[0-9]{3}X[0-9]{3}$'),
      instellingscode text not null references instellingen (instellingscode),
      postcode text not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$' and right(postcode, 2) not in ('SA', 'SD', 'SS')),
      huisnummer integer not null check (huisnummer > 0),
      vervallen_op date
    );
    create index onderwijslocaties_instelling on onderwijslocaties (instellingscode);

    -- ROD. A pupil is never deleted: meldingen refer to the pgn.
    create table leerlingen (
      pgn text primary key check (pgn ~ '^[0-9]{9}$'),
      voornamen text not null,
      voorvoegsel text,
      achternaam text not null,
      geboortedatum date not null,
      geslacht text not null check (geslacht in ('M', 'V')),
      straat text,
      huisnummer integer check (huisnummer > 0),
      postcode text check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$' and right(postcode, 2) not in ('SA', 'SD', 'SS')),
      plaats text,
      woongemeente_code text references gemeenten (gemeentecode),
      woont_in_buitenland boolean not null,
      land text,
      startkwalificatie boolean not null,
      -- Abroad: a country and no Dutch address at all; else a full address and no country.
      check (case when woont_in_buitenland
        then num_nonnulls(straat, huisnummer, postcode, plaats, woongemeente_code) = 0 and land is not null
        else num_nulls(straat, huisnummer, postcode, plaats, woongemeente_code) = 0 and land is null end)
    );
    -- Name search (R-UI-1): a term without % is a prefix (btree, any collation thanks to
    -- text_pattern_ops); a % anywhere needs trigrams.
    create index leerlingen_achternaam_prefix on leerlingen (lower(achternaam) text_pattern_ops);
    create index leerlingen_achternaam_trgm on leerlingen using gin (lower(achternaam) gin_trgm_ops);

    -- The natural key is the primary key. It leads with pgn, so it is also the index for "the
    -- current enrolments of a pupil" (a pupil has a handful of rows; the date test filters them).
    create table inschrijvingen (
      pgn text not null references leerlingen (pgn),
      instellingscode text not null,
      vestigingscode text not null,
      begindatum date not null,
      einddatum date,
      hoofdinschrijving boolean not null,
      primary key (pgn, instellingscode, vestigingscode, begindatum),
      foreign key (instellingscode, vestigingscode) references vestigingen (instellingscode, vestigingscode),
      check (einddatum is null or einddatum >= begindatum)
    );
    -- The pupils of a school (and the foreign key's index).
    create index inschrijvingen_vestiging on inschrijvingen (instellingscode, vestigingscode);

    -- One row per imported file: what, which exact file, by whom, when, and how it went.
    create table register_imports (
      id bigint generated always as identity primary key,
      soort text not null check (soort in ('gemeenten', 'rmc-regios', 'instellingen', 'rio-aanbieders', 'rio-locaties', 'leerlingen', 'inschrijvingen')),
      bestandsnaam text not null,
      sha256 text check (sha256 ~ '^[0-9a-f]{64}$'),
      bytes bigint,
      peildatum date not null,
      gestart_op timestamptz not null,
      beeindigd_op timestamptz,
      door_gebruiker_id uuid,
      door_naam text not null,
      resultaat text not null check (resultaat in ('bezig', 'geladen', 'afgekeurd', 'mislukt')),
      rijen integer,
      toegevoegd integer,
      gewijzigd integer,
      beeindigd integer,
      ongewijzigd integer,
      -- the first bad rows ({line, column, reason}) and how many more there were
      fouten jsonb not null default '[]',
      fouten_meer integer not null default 0,
      check ((resultaat = 'bezig') = (beeindigd_op is null))
    );
    create index register_imports_gestart on register_imports (gestart_op desc, id desc);
  `.execute(db);
}
