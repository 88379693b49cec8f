// Login throttling after OWASP's "device cookies": a browser in which an account logged in
// fully (password and code) gets a random token; its SHA-256 is kept here. Failures from such a
// browser are counted per device, failures from any other client per account and per address,
// so an attacker who hammers an account or a school's address slows only untrusted clients —
// never the user's own browser.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table vertrouwde_apparaten (
      token_hash text primary key,
      gebruiker_id uuid not null references gebruikers (id) on delete cascade,
      aangemaakt_op timestamptz not null,
      laatst_gebruikt_op timestamptz not null
    );
    create index vertrouwde_apparaten_gebruiker on vertrouwde_apparaten (gebruiker_id);

    -- The device a failure came from, when it was trusted for that account; null otherwise.
    alter table login_pogingen add column apparaat text;
    create index login_pogingen_apparaat on login_pogingen (apparaat, op) where not geslaagd and apparaat is not null;
  `.execute(db);
}
