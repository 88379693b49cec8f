// Koppelingen (issue 16): the machines functioneel beheer registers for the JSON API — a
// gemeente's case system or a school's administration system — with the codes they act for,
// their scopes and their public keys. The rules a row must keep live in the database, so no
// path (pages, CLI, a hand-written statement) can store a koppeling without codes or with two
// sources of keys. Client assertions already used are kept until they expire: the unique
// (koppeling, jti) makes a replay fail in the database, also with several processes.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table koppelingen (
      id uuid primary key default gen_random_uuid(),
      naam text not null check (length(naam) between 1 and 100),
      soort text not null check (soort in ('gemeente', 'school')),
      codes text[] not null check (cardinality(codes) > 0),
      scopes text[] not null,
      jwks jsonb,
      jwks_url text check (jwks_url like 'https://%'),
      actief boolean not null default true,
      aangemaakt_op timestamptz not null,
      aangemaakt_door text not null,
      gewijzigd_op timestamptz not null,
      constraint koppelingen_een_sleutelbron check ((jwks is null) <> (jwks_url is null))
    );

    create table koppeling_assertions (
      koppeling_id uuid not null references koppelingen (id) on delete cascade,
      jti text not null,
      verloopt_op timestamptz not null,
      primary key (koppeling_id, jti)
    );
    create index koppeling_assertions_verloopt on koppeling_assertions (verloopt_op);

    -- A koppeling as the actor of an audit line, next to a user (gebruiker_id).
    alter table audit_log add column koppeling_id uuid;
    create index audit_log_koppeling on audit_log (koppeling_id, op) where koppeling_id is not null;
  `.execute(db);
}
