// Wijzigen of a melding (issue 5, R-RAA-3, R-RAA-4): a change is a draft like a new melding's
// (concepten), that also knows WHICH melding it edits and from WHICH version it started. The
// base version is what optimistic locking compares on Opslaan: a save since then is a
// conflict. A user has at most one edit of a melding (re-opening finds it again); another
// user's edit of the same melding is their own draft. Deleting a melding takes its edits.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table concepten
      add column melding_id bigint references meldingen (id) on delete cascade,
      add column basis_versie integer check (basis_versie >= 1),
      add constraint concepten_wijziging_volledig check ((melding_id is null) = (basis_versie is null));
    create unique index concepten_wijziging_uniek on concepten (gebruiker_id, melding_id) where melding_id is not null;
    create index concepten_melding on concepten (melding_id) where melding_id is not null;
  `.execute(db);
}
