// SQL of the gemeente behandelaar's use cases, nothing else: one melding with the names the
// detail page shows, the gemeenten register for Routeren, and the user's e-mail address for
// the contactpersoon's prefill. The search of the inbox is the shared melding search
// (meldingen/raadplegen/zoeken.repository.ts); every change goes through nieuweVersie.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types';

type Db = Kysely<Database> | Transaction<Database>;

/** One melding by its number, any gemeente (the service checks the scope), with display names. */
export function meldingMetNamen(db: Db, nummer: string) {
  return db
    .selectFrom('meldingen as m')
    .leftJoin('instellingen as i', 'i.instellingscode', 'm.instellingscode')
    .leftJoin('gemeenten as g', 'g.gemeentecode', 'm.gemeentecode')
    .select([
      'm.id',
      'm.nummer',
      'm.versie',
      'm.status',
      'm.pgn',
      'm.instellingscode',
      'i.naam as instelling_naam',
      'm.gemeentecode',
      'g.naam as gemeente_naam',
      'm.soort',
      'm.begindatum',
      'm.einddatum',
      'm.prioriteit',
      'm.inhoud',
      'm.aangemaakt_op',
    ])
    .where('m.nummer', '=', nummer)
    .executeTakeFirst();
}
export type MeldingMetNamen = NonNullable<Awaited<ReturnType<typeof meldingMetNamen>>>;

/** The gemeenten of the register that are current (an import marks the ones that left it). */
export function actueleGemeenten(db: Db) {
  return db.selectFrom('gemeenten').select(['gemeentecode', 'naam', 'email_meldingen']).where('vervallen_op', 'is', null).orderBy('naam').orderBy('gemeentecode').execute();
}

/** One current gemeente of the register, or undefined. */
export function actueleGemeente(db: Db, gemeentecode: string) {
  return db
    .selectFrom('gemeenten')
    .select(['gemeentecode', 'naam', 'email_meldingen'])
    .where('gemeentecode', '=', gemeentecode)
    .where('vervallen_op', 'is', null)
    .executeTakeFirst();
}

/** The user's own e-mail address (for the contactpersoon's prefill); '' when none is known. */
export async function gebruikerEmail(db: Db, gebruikerId: string): Promise<string> {
  const r = await db.selectFrom('gebruikers').select('email').where('id', '=', gebruikerId).executeTakeFirst();
  return r?.email ?? '';
}

/** Who saved this version of the melding (for the conflict message); '' when unknown. */
export async function versieDoor(db: Db, meldingId: string, versie: number): Promise<string> {
  const r = await db.selectFrom('melding_versies').select('door_naam').where('melding_id', '=', meldingId).where('versie', '=', versie).executeTakeFirst();
  return r?.door_naam ?? '';
}
