// The statements on koppelingen and koppeling_assertions; nothing else names these tables.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { jsonbTekst } from '../../db/json';
import type { Jwks, KoppelingRow, KoppelingSoort } from './koppelingen.tables';

type Db = Kysely<Database> | Transaction<Database>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether a client id can be one at all (a malformed uuid would be a database error). */
export const isKoppelingId = (id: string): boolean => UUID.test(id);

export async function findKoppeling(db: Db, id: string): Promise<KoppelingRow | undefined> {
  if (!isKoppelingId(id)) return undefined;
  return db.selectFrom('koppelingen').selectAll().where('id', '=', id).executeTakeFirst();
}

export function alleKoppelingen(db: Db): Promise<KoppelingRow[]> {
  return db.selectFrom('koppelingen').selectAll().orderBy('naam').orderBy('id').execute();
}

export async function insertKoppeling(
  db: Db,
  k: { naam: string; soort: KoppelingSoort; codes: string[]; scopes: string[]; jwks: Jwks | null; jwksUrl: string | null; op: Date; door: string },
): Promise<string> {
  const row = await db
    .insertInto('koppelingen')
    .values({
      naam: k.naam,
      soort: k.soort,
      codes: k.codes,
      scopes: k.scopes,
      jwks: k.jwks ? jsonbTekst(k.jwks) : null,
      jwks_url: k.jwksUrl,
      aangemaakt_op: k.op,
      aangemaakt_door: k.door,
      gewijzigd_op: k.op,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSleutels(db: Db, id: string, bron: { jwks: Jwks | null; jwksUrl: string | null }, op: Date): Promise<boolean> {
  const r = await db
    .updateTable('koppelingen')
    .set({ jwks: bron.jwks ? jsonbTekst(bron.jwks) : null, jwks_url: bron.jwksUrl, gewijzigd_op: op })
    .where('id', '=', id)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export async function updateActief(db: Db, id: string, actief: boolean, op: Date): Promise<boolean> {
  const r = await db.updateTable('koppelingen').set({ actief, gewijzigd_op: op }).where('id', '=', id).where('actief', '=', !actief).executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/**
 * Records a client assertion's jti as used; false when it was used before. The primary key
 * decides, so two processes racing with the same assertion cannot both win.
 */
export async function gebruikJti(db: Db, koppelingId: string, jti: string, verlooptOp: Date): Promise<boolean> {
  const r = await db
    .insertInto('koppeling_assertions')
    .values({ koppeling_id: koppelingId, jti, verloopt_op: verlooptOp })
    .onConflict((oc) => oc.columns(['koppeling_id', 'jti']).doNothing())
    .executeTakeFirst();
  return (r.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/** Housekeeping: forgets at most `max` assertion ids that expired before `nu` (a replay is refused by exp then). */
export async function verwijderVerlopenAssertions(db: Db, nu: Date, max: number): Promise<number> {
  const r = await sql`
    delete from koppeling_assertions
    where (koppeling_id, jti) in (select koppeling_id, jti from koppeling_assertions where verloopt_op < ${nu} limit ${max})`.execute(db);
  return Number(r.numAffectedRows ?? 0n);
}
