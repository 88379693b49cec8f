// SQL of meldingen and their versions (migration 0004), nothing else: the save service owns
// the transaction and passes it in.
import { expressionBuilder, sql, type Expression, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { OPEN_STATUSSEN } from './codes';
import type { MeldingenTable, MeldingVersiesTable } from './melding.tables';
import { gemeenteNamenTabel, instellingNamenTabel } from '../registers/face';

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

/** One melding by its number, with the names of its instelling and behandelende gemeente; the caller (toegang.ts) checks the scope. */
export function meldingOpNummer(db: Db, nummer: string) {
  return db
    .selectFrom('meldingen as m')
    .leftJoin(instellingNamenTabel().as('i'), 'i.instellingscode', 'm.instellingscode')
    .leftJoin(gemeenteNamenTabel().as('g'), 'g.gemeentecode', 'm.gemeentecode')
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
export type MeldingMetNamen = NonNullable<Awaited<ReturnType<typeof meldingOpNummer>>>;

/** Who saved this version of the melding (for the conflict message); '' when unknown. */
export async function versieDoor(db: Db, meldingId: string, versie: number): Promise<string> {
  const r = await db.selectFrom('melding_versies').select('door_naam').where('melding_id', '=', meldingId).where('versie', '=', versie).executeTakeFirst();
  return r?.door_naam ?? '';
}

// ---------------------------------------------------------------------------------------------
// For vrijstellingen (through face.ts): the open meldingen a period touches.

/**
 * The pupil's meldingen that are Geregistreerd or In behandeling and share a day with the
 * period, locked FOR UPDATE in the caller's transaction: the versions read here are the ones
 * the versioned write then expects, and nobody can save over them until commit.
 */
export function openMeldingenInPeriode(trx: Transaction<Database>, pgn: string, van: string, tm: string | null) {
  return trx
    .selectFrom('meldingen')
    .select(['id', 'nummer', 'versie', 'status', 'begindatum', 'einddatum'])
    .where('pgn', '=', pgn)
    .where('status', 'in', ['R', 'B'])
    .where(sql<boolean>`daterange(begindatum, einddatum, '[]') && daterange(${van}::date, ${tm}::date, '[]')`)
    .orderBy('begindatum')
    .orderBy('id')
    .forUpdate()
    .execute();
}

const eb = expressionBuilder<Database, never>();

/**
 * A query fragment for `exists (…)`: an open melding (R or B) of the pupil `pgn` that shares a
 * day with the period `van`–`tm` (tm null: open-ended). The arguments are the caller's columns,
 * so the caller keeps one statement without naming this module's table.
 */
export function openMeldingOverlapt(pgn: Expression<string>, van: Expression<string>, tm: Expression<string | null>) {
  return eb
    .selectFrom('meldingen as m')
    .select(sql`1`.as('een'))
    .where('m.pgn', '=', pgn)
    .where('m.status', 'in', ['R', 'B'])
    .where(sql<boolean>`daterange(m.begindatum, m.einddatum, '[]') && daterange(${van}, ${tm}, '[]')`);
}
