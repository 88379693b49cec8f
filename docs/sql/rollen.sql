-- The two PostgreSQL roles of the Verzuimloket (docs/operations.md, "PostgreSQL"). Run as a
-- superuser with psql, in the service's database, before the first start:
--   psql -v eigenaar=verzuimloket_eigenaar -v dienst=verzuimloket_dienst \
--        -v eigenaar_wachtwoord=… -v dienst_wachtwoord=… -d verzuimloket -f docs/sql/rollen.sql
-- test/integration/db/rollen.test.ts runs this file, so what it grants is what the service needs.

-- The schema's owner: migrations (MIGRATION_DATABASE_URL) and the first load of an empty register.
create role :"eigenaar" login password :'eigenaar_wachtwoord';
-- The role the service runs as (DATABASE_URL): reads and writes rows, changes no schema.
create role :"dienst" login password :'dienst_wachtwoord';

-- The extensions need a superuser (or a trusted-extension setup); the migrations then find them.
create extension if not exists btree_gist;
create extension if not exists pg_trgm;

grant connect, temporary on database :"DBNAME" to :"dienst";
grant all on schema public to :"eigenaar";
grant usage on schema public to :"dienst";

-- Every table and sequence the owner's migrations create, now and later, is the service's to use.
alter default privileges for role :"eigenaar" in schema public grant select, insert, update, delete on tables to :"dienst";
alter default privileges for role :"eigenaar" in schema public grant usage, select on sequences to :"dienst";
