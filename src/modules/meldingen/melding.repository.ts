// SQL of meldingen and their versions (migration 0004), nothing else: the save service owns
// the transaction and passes it in (STYLE.md habit 7).
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { OPEN_STATUSSEN } from './codes';
import type { MeldingenTable, MeldingVersiesTable } from './melding.tables';

type Db = Kysely<Database> | Transaction<Database>;

/** The next number of the sequence; numbers may skip (a rolled-back save used one). */
export async function volgendNummer(trx: Db): Promise<string> {
  const r = await sql<{ n: string }>`select nextval('melding_nummer_seq')::text as n`.execute(trx);
  return r.rows[0]!.n;
}

export async function insertMelding(trx: Db, row: Insertable<MeldingenTable>): Promise<string> {
  const r = await trx.insertInto('meldingen').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function insertVersie(trx: Db, row: Insertable<MeldingVersiesTable>): Promise<void> {
  await trx.insertInto('melding_versies').values(row).execute();
}

/** The melding a draft became (R-MEL-17): found again by the draft's id. */
export function meldingVanConcept(db: Db, conceptId: string) {
  return db
    .selectFrom('meldingen')
    .select(['id', 'nummer', 'instellingscode', 'aangemaakt_door', 'inhoud', 'zonder_ontvanger'])
    .where('concept_id', '=', conceptId)
    .executeTakeFirst();
}

/** The periods of all the pupil's meldingen, any instelling: R-MEL-8 (rules.ts overlapFout) decides which count. */
export function perioden(db: Db, pgn: string) {
  return db
    .selectFrom('meldingen')
    .select(['nummer', 'instellingscode', 'status', 'begindatum', 'einddatum'])
    .where('pgn', '=', pgn)
    .orderBy('begindatum')
    .execute();
}

/** R-MEL-10: whether the pupil has a V3 melding that is not Ingetrokken. */
export async function heeftV3(db: Db, pgn: string): Promise<boolean> {
  const r = await db.selectFrom('meldingen').select('id').where('pgn', '=', pgn).where('soort', '=', 'V3').where('status', '<>', 'I').limit(1).executeTakeFirst();
  return r !== undefined;
}

/** R-MEL-5: the pupil's open meldingen (Geregistreerd, In behandeling) at this instelling, newest first. */
export function openMeldingen(db: Db, pgn: string, instellingscode: string) {
  return db
    .selectFrom('meldingen')
    .select(['nummer', 'soort', 'begindatum', 'einddatum', 'status'])
    .where('pgn', '=', pgn)
    .where('instellingscode', '=', instellingscode)
    .where('status', 'in', [...OPEN_STATUSSEN])
    .orderBy('begindatum', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
export type OpenMeldingRij = Awaited<ReturnType<typeof openMeldingen>>[number];

/** One melding by its number, with the name of its behandelende gemeente; the caller checks the instelling. */
export function meldingOpNummer(db: Db, nummer: string) {
  return db
    .selectFrom('meldingen as m')
    .leftJoin('gemeenten as g', 'g.gemeentecode', 'm.gemeentecode')
    .select(['m.id', 'm.nummer', 'm.versie', 'm.status', 'm.pgn', 'm.instellingscode', 'm.gemeentecode', 'm.soort', 'm.begindatum', 'm.einddatum', 'm.inhoud', 'm.aangemaakt_op'])
    .select('g.naam as gemeente_naam')
    .where('m.nummer', '=', nummer)
    .executeTakeFirst();
}
