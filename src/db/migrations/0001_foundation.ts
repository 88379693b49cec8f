// The foundation: who may log in and as what, their sessions, failed-login counting, the
// append-only audit log, and the institutions and gemeenten roles are bound to.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists btree_gist;
    create extension if not exists pg_trgm;

    create table rmc_regios (
      code text primary key check (code ~ '^[0-9]{2}$'),
      naam text not null,
      contactgemeente_code text
    );
    create table gemeenten (
      gemeentecode text primary key check (gemeentecode ~ '^[0-9]{4}$'),
      naam text not null,
      provincie text,
      email_meldingen text,
      rmc_regio_code text references rmc_regios (code)
    );
    alter table rmc_regios add constraint rmc_regios_contactgemeente_fk
      foreign key (contactgemeente_code) references gemeenten (gemeentecode) deferrable initially deferred;
    create table instellingen (
      instellingscode text primary key check (instellingscode ~ '^[0-9]{2}[A-Z]{2}$'),
      naam text not null
    );

    create table gebruikers (
      id uuid primary key default gen_random_uuid(),
      gebruikersnaam text not null unique check (gebruikersnaam ~ '^[a-z0-9._@-]{3,64}$'),
      weergavenaam text not null check (length(weergavenaam) between 1 and 100),
      email text,
      wachtwoord_hash text not null,
      totp_geheim text,
      totp_actief boolean not null default false,
      -- the last accepted 30-second step: a code is usable once (replay protection)
      totp_laatste_stap bigint,
      geblokkeerd boolean not null default false,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      check (not totp_actief or totp_geheim is not null)
    );

    create table gebruiker_rollen (
      id bigint generated always as identity primary key,
      gebruiker_id uuid not null references gebruikers (id) on delete cascade,
      rol text not null check (rol in ('melder', 'beheerder_onderwijs', 'gemeente_behandelaar', 'functioneel_beheerder')),
      instellingscode text references instellingen (instellingscode),
      gemeentecode text references gemeenten (gemeentecode),
      check ((rol in ('melder', 'beheerder_onderwijs')) = (instellingscode is not null)),
      check ((rol = 'gemeente_behandelaar') = (gemeentecode is not null))
    );
    create unique index gebruiker_rollen_uniek
      on gebruiker_rollen (gebruiker_id, rol, coalesce(instellingscode, ''), coalesce(gemeentecode, ''));

    -- Sessions are keyed by the SHA-256 of the cookie's random id: a leaked table holds no
    -- usable session. 'anoniem' sessions exist only to carry the login form's CSRF token.
    create table sessies (
      id_hash text primary key,
      gebruiker_id uuid references gebruikers (id) on delete cascade,
      fase text not null check (fase in ('anoniem', 'wachtwoord', 'ingelogd')),
      csrf_token text not null,
      instellingscode text,
      gemeentecode text,
      flash text,
      aangemaakt_op timestamptz not null default now(),
      laatst_actief_op timestamptz not null default now(),
      check ((fase = 'anoniem') = (gebruiker_id is null))
    );
    create index sessies_laatst_actief on sessies (laatst_actief_op);
    create index sessies_gebruiker on sessies (gebruiker_id);

    create table login_pogingen (
      id bigint generated always as identity primary key,
      gebruikersnaam text,
      ip text not null,
      op timestamptz not null default now(),
      geslaagd boolean not null
    );
    create index login_pogingen_naam on login_pogingen (gebruikersnaam, op) where not geslaagd;
    create index login_pogingen_ip on login_pogingen (ip, op) where not geslaagd;

    create table audit_log (
      id bigint generated always as identity primary key,
      op timestamptz not null default now(),
      gebruiker_id uuid,
      gebruikersnaam text,
      actie text not null,
      object_type text,
      object_id text,
      instellingscode text,
      gemeentecode text,
      ip text,
      details jsonb not null default '{}'
    );
    create index audit_log_op on audit_log (op desc);
    create index audit_log_gebruiker on audit_log (gebruikersnaam, op desc);

    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: % is not allowed', tg_op;
    end
    $$;
    create trigger audit_log_no_update_delete before update or delete on audit_log
      for each row execute function audit_log_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only();
  `.execute(db);
}
