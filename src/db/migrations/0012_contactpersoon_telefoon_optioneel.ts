// A contactpersoon's telephone number is optional, as on the melding form the list fills
// (manual §4.1, "Telefoonnummer contactpersoon" has no *): null when not filled in. The
// format check stays for a number that is given (a check on null passes).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table contactpersonen alter column telefoonnummer drop not null`.execute(db);
}
