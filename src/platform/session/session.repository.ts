// SQL for sessions. The cookie carries a random id; the table only its SHA-256.
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import type { SessieRow } from '../../modules/auth/auth.tables';
import { gebruikerMetRollen } from '../../modules/auth/gebruikers.repository';
import { fixedStatement } from '../../db/fixed-statement';
import type { Database } from '../../db/types';

const sessieMetGebruiker = fixedStatement((db: Kysely<Database>, idHash: string) =>
  db
    .selectFrom('sessies as s')
    .selectAll('s')
    .select(jsonObjectFrom(gebruikerMetRollen(db).where('g.id', '=', sql.ref<string>('s.gebruiker_id'))).as('gebruiker'))
    .where('s.id_hash', '=', idHash),
);

/**
 * The session with its logged-in user and their roles, in one statement: every page needs
 * all three, and each statement is a round trip (issue 5's speed goal). Built once: see
 * fixed-statement.ts.
 */
export async function findSessie(db: Kysely<Database>, idHash: string) {
  return (await sessieMetGebruiker(db, idHash))[0];
}

export async function insertSessie(db: Kysely<Database>, row: SessieRow): Promise<void> {
  await db.insertInto('sessies').values(row).execute();
}

export async function deleteSessie(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessies').where('id_hash', '=', idHash).execute();
}

export async function touchSessie(db: Kysely<Database>, idHash: string, now: Date): Promise<void> {
  await db.updateTable('sessies').set({ laatst_actief_op: now }).where('id_hash', '=', idHash).execute();
}

export async function updateSessie(
  db: Kysely<Database>,
  idHash: string,
  changes: Partial<Pick<SessieRow, 'instellingscode' | 'gemeentecode' | 'flash'>>,
): Promise<void> {
  await db.updateTable('sessies').set(changes).where('id_hash', '=', idHash).execute();
}

/** Removes every session of a user (blocked, TOTP reset). */
export async function deleteSessiesVanGebruiker(db: Kysely<Database>, gebruikerId: string): Promise<void> {
  await db.deleteFrom('sessies').where('gebruiker_id', '=', gebruikerId).execute();
}

/**
 * Removes at most `max` sessions that have ended: idle since `idleBefore`, started before
 * `createdBefore`, or still half-way (password, no code) since `halfwayBefore`. For the
 * housekeeping job; `load` already refuses them. The condition is repeated outside the
 * sub-select so that a session touched meanwhile (a row changed under the DELETE) is kept.
 */
export async function verwijderVerlopenSessies(
  db: Kysely<Database>,
  g: { idleBefore: Date; createdBefore: Date; halfwayBefore: Date },
  max: number,
): Promise<number> {
  const verlopen = (eb: ExpressionBuilder<Database, 'sessies'>) =>
    eb.or([
      eb('laatst_actief_op', '<', g.idleBefore),
      eb('aangemaakt_op', '<', g.createdBefore),
      eb.and([eb('fase', '=', 'wachtwoord'), eb('aangemaakt_op', '<', g.halfwayBefore)]),
    ]);
  const r = await db
    .deleteFrom('sessies')
    .where('id_hash', 'in', db.selectFrom('sessies').select('id_hash').where(verlopen).limit(max))
    .where(verlopen)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
