// The housekeeping job deletes login attempts older than 30 days in batches of 1,000
// (platform/jobs/opruimen.ts). The existing indexes cover failures only, per key; without one
// on `op` every batch would read the whole table.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index login_pogingen_op on login_pogingen (op)`.execute(db);
}
