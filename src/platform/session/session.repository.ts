// SQL for sessions. The cookie carries a random id; the table only its SHA-256.
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { fixedStatement } from '../../db/fixed-statement';
import type { Database } from '../../db/types';
import type { CurrentUser } from '../permissions';
import type { SessieRow } from './session.tables';

/** A user with their roles, as the session needs them. */
export type SessieGebruiker = CurrentUser & { geblokkeerd: boolean };

/**
 * The select of one user with their roles, given by the module that owns users (auth) when the
 * app is composed: the platform names no module's table, yet the session, its user and their
 * roles still come in one statement (every page needs all three; issue 5's speed goal).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the select's own tables are the owner's business
export type GebruikerSelect = (db: Kysely<Database>, gebruikerId: Expression<string>) => SelectQueryBuilder<Database, any, SessieGebruiker>;

/** The session with its user and roles by the SHA-256 of its id; built once (fixed-statement.ts). */
export function sessieLezer(gebruiker: GebruikerSelect) {
  const statement = fixedStatement((db: Kysely<Database>, idHash: string) =>
    db
      .selectFrom('sessies as s')
      .selectAll('s')
      .select(jsonObjectFrom(gebruiker(db, sql.ref<string>('s.gebruiker_id'))).as('gebruiker'))
      .where('s.id_hash', '=', idHash),
  );
  return async (db: Kysely<Database>, idHash: string) => (await statement(db, idHash))[0];
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
