// An edit of a filed melding (Wijzigen, R-RAA-3/4) belongs to one browser session, not to the
// user: two sessions of one user (two browsers, or a laptop and a desktop) each have their own
// edit, so what is typed in one never shows in the other, and the second Opslaan is refused by
// optimistic locking like anyone else's. The column holds the session's id hash (sessies.id_hash,
// never the cookie itself) and has no foreign key: a session ends (logout, timeout, the new id at
// login) while its edit stays until it expires, unreachable, like an abandoned draft.
// Edits made before this migration have no session; no session finds them, and they expire.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table concepten add column sessie_id_hash text;
    drop index concepten_wijziging_uniek;
    create unique index concepten_wijziging_uniek on concepten (sessie_id_hash, melding_id) where melding_id is not null;
  `.execute(db);
}
