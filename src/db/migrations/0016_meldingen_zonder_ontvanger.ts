// Whether a melding's behandelende gemeente had no address for meldingen (gemeenten.email_meldingen)
// when it was filed, so that no mail went to the gemeente (issue 15 item 8). A fact of the
// filing, kept on the melding: it stays true when the gemeente gets an address later (the
// page "Meldingen zonder ontvanger" then shows that address), and it does not depend on the
// outbox keeping its rows. Meldingen filed before this migration count as mailed (false): for
// them the outbox (no 'melding_nieuw' mail) is the only witness, and a backfill over every
// melding would also mark rows that were loaded without mail (bench and demo data).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table meldingen add column zonder_ontvanger boolean not null default false;
    create index meldingen_zonder_ontvanger on meldingen (aangemaakt_op desc, id) where zonder_ontvanger;
  `.execute(db);
}
