// SQL of drafts (concepten, R-MEL-20), nothing else. Every read and write is keyed by the
// user as well as the id: a draft is its maker's alone. A draft of a new melding has no
// melding_id; an edit of a filed melding (Wijzigen, R-RAA-3) has one, its base version, and
// the browser session it belongs to (migration 0014).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { jsonbTekst } from '../../db/json';
import { leerlingNamenTabel } from '../registers/face';

type Db = Kysely<Database> | Transaction<Database>;
/** The input per step, stored as JSON (see wizard/steps.ts ConceptInvoer). */
type Invoer = object;

export async function insertConcept(
  db: Db,
  row: { gebruikerId: string; instellingscode: string; pgn: string; invoer: Invoer; kopieVan: string | null; op: Date; verlooptOp: Date },
): Promise<string> {
  const r = await db
    .insertInto('concepten')
    .values({
      gebruiker_id: row.gebruikerId,
      instellingscode: row.instellingscode,
      pgn: row.pgn,
      invoer: jsonbTekst(row.invoer),
      kopie_van: row.kopieVan,
      aangemaakt_op: row.op,
      gewijzigd_op: row.op,
      verloopt_op: row.verlooptOp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

const KOLOMMEN = ['id', 'gebruiker_id', 'instellingscode', 'pgn', 'invoer', 'voltooid', 'kopie_van', 'melding_id', 'basis_versie', 'gewijzigd_op', 'verloopt_op'] as const;

/** The user's draft of a NEW melding, unless it has expired (an edit is never one: see vindWijziging). */
export function vindConcept(db: Db, id: string, gebruikerId: string, nu: Date) {
  return db
    .selectFrom('concepten')
    .select(KOLOMMEN)
    .where('id', '=', id)
    .where('gebruiker_id', '=', gebruikerId)
    .where('melding_id', 'is', null)
    .where('verloopt_op', '>', nu)
    .executeTakeFirst();
}

/** The user's edit of this melding in this session (at most one), unless it has expired. */
export function vindWijziging(db: Db, meldingId: string, gebruikerId: string, sessie: string, nu: Date) {
  return db
    .selectFrom('concepten')
    .select(KOLOMMEN)
    .where('melding_id', '=', meldingId)
    .where('gebruiker_id', '=', gebruikerId)
    .where('sessie_id_hash', '=', sessie)
    .where('verloopt_op', '>', nu)
    .executeTakeFirst();
}

/**
 * Starts the session's edit of a melding unless one exists (two tabs of one session posting at
 * once make one: the unique index decides); an expired one is replaced. The caller reads it
 * with vindWijziging.
 */
export async function insertWijziging(
  db: Db,
  row: { gebruikerId: string; sessie: string; instellingscode: string; pgn: string; meldingId: string; basisVersie: number; invoer: Invoer; voltooid: string[]; op: Date; verlooptOp: Date },
): Promise<void> {
  await db.deleteFrom('concepten').where('melding_id', '=', row.meldingId).where('sessie_id_hash', '=', row.sessie).where('verloopt_op', '<=', row.op).execute();
  await db
    .insertInto('concepten')
    .values({
      gebruiker_id: row.gebruikerId,
      instellingscode: row.instellingscode,
      pgn: row.pgn,
      invoer: jsonbTekst(row.invoer),
      voltooid: row.voltooid,
      kopie_van: null,
      melding_id: row.meldingId,
      basis_versie: row.basisVersie,
      sessie_id_hash: row.sessie,
      aangemaakt_op: row.op,
      gewijzigd_op: row.op,
      verloopt_op: row.verlooptOp,
    })
    .onConflict((oc) => oc.columns(['sessie_id_hash', 'melding_id']).where('melding_id', 'is not', null).doNothing())
    .execute();
}

/** Moves an edit onto another base version with the merged input ("Opnieuw beginnen vanaf de nieuwe versie"). */
export async function herbaseerWijziging(db: Db, id: string, gebruikerId: string, w: { invoer: Invoer; basisVersie: number; op: Date; verlooptOp: Date }): Promise<void> {
  await db
    .updateTable('concepten')
    .set({ invoer: jsonbTekst(w.invoer), basis_versie: w.basisVersie, gewijzigd_op: w.op, verloopt_op: w.verlooptOp })
    .where('id', '=', id)
    .where('gebruiker_id', '=', gebruikerId)
    .where('melding_id', 'is not', null)
    .execute();
}
export type ConceptRij = NonNullable<Awaited<ReturnType<typeof vindConcept>>>;

/** Stores a step's input (and which steps were passed); a change keeps the draft 7 more days. */
export async function updateConcept(db: Db, id: string, gebruikerId: string, w: { invoer: Invoer; voltooid: string[]; op: Date; verlooptOp: Date }): Promise<boolean> {
  const r = await db
    .updateTable('concepten')
    .set({ invoer: jsonbTekst(w.invoer), voltooid: w.voltooid, gewijzigd_op: w.op, verloopt_op: w.verlooptOp })
    .where('id', '=', id)
    .where('gebruiker_id', '=', gebruikerId)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export async function deleteConcept(db: Db, id: string, gebruikerId: string): Promise<boolean> {
  const r = await db.deleteFrom('concepten').where('id', '=', id).where('gebruiker_id', '=', gebruikerId).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

/** The user's current drafts of new meldingen for this instelling, with the pupil's name, last changed first (edits are reached from their melding). */
export function conceptenVan(db: Db, gebruikerId: string, instellingscode: string, nu: Date) {
  return db
    .selectFrom('concepten as c')
    .leftJoin(leerlingNamenTabel().as('l'), 'l.pgn', 'c.pgn')
    .select(['c.id', 'c.pgn', 'l.voornamen', 'l.voorvoegsel', 'l.achternaam', 'c.gewijzigd_op', 'c.verloopt_op'])
    .where('c.gebruiker_id', '=', gebruikerId)
    .where('c.instellingscode', '=', instellingscode)
    .where('c.melding_id', 'is', null)
    .where('c.verloopt_op', '>', nu)
    .orderBy('c.gewijzigd_op', 'desc')
    .orderBy('c.id')
    .execute();
}
export type ConceptLijstRij = Awaited<ReturnType<typeof conceptenVan>>[number];

/**
 * Removes at most `max` drafts (new or edits) expired at `nu`, for the housekeeping job;
 * returns how many. Reads skip expired drafts already. The condition is repeated outside the
 * sub-select so that a draft changed (kept longer) meanwhile is kept.
 */
export async function deleteVerlopen(db: Db, nu: Date, max: number): Promise<number> {
  const r = await db
    .deleteFrom('concepten')
    .where('id', 'in', db.selectFrom('concepten').select('id').where('verloopt_op', '<=', nu).limit(max))
    .where('verloopt_op', '<=', nu)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
