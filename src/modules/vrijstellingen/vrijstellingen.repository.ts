// SQL of vrijstellingen, only: the vrijstellingen themselves and the pupil choices that keep a
// PGN out of URLs. The pupil as ROD knows them and their names come from the registers' face;
// the meldingen a vrijstelling touches from meldingen' face (read under lock there; every
// change to a melding goes through meldingen/versie.ts).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/types';
import type { SortDir } from '../../platform/ui/overzicht-state';
import type { VrijstellingSoort } from './rules';
import type { VrijstellingRij } from './vrijstellingen.tables';
import { openMeldingOverlapt } from '../meldingen/face';
import * as registers from '../registers/face';

type Db = Kysely<Database> | Transaction<Database>;

/** The pupil with their woongemeente's name (registers' lookup); undefined when ROD does not know the PGN. */
export async function leerling(db: Db, pgn: string) {
  const l = await registers.leerling(db, pgn);
  return (
    l && {
      pgn: l.pgn,
      voornamen: l.voornamen,
      voorvoegsel: l.voorvoegsel,
      achternaam: l.achternaam,
      geboortedatum: l.geboortedatum,
      woongemeente_code: l.woongemeente_code,
      woongemeente_naam: l.woongemeente_naam,
      woont_in_buitenland: l.woont_in_buitenland,
    }
  );
}
export type LeerlingRij = NonNullable<Awaited<ReturnType<typeof leerling>>>;

export function vind(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<VrijstellingRij | undefined> {
  const q = db.selectFrom('vrijstellingen').selectAll().where('id', '=', id);
  return (opts.lock ? q.forUpdate() : q).executeTakeFirst();
}

export interface NieuweVrijstelling {
  pgn: string;
  gemeentecode: string;
  soort: VrijstellingSoort;
  begindatum: string;
  einddatum: string | null;
  op: Date;
  door: string | null;
  doorNaam: string;
}

export function voegToe(trx: Db, v: NieuweVrijstelling): Promise<VrijstellingRij> {
  return trx
    .insertInto('vrijstellingen')
    .values({
      pgn: v.pgn,
      gemeentecode: v.gemeentecode,
      soort: v.soort,
      begindatum: v.begindatum,
      einddatum: v.einddatum,
      aangemaakt_op: v.op,
      aangemaakt_door: v.door,
      aangemaakt_door_naam: v.doorNaam,
      gewijzigd_op: v.op,
      gewijzigd_door: v.door,
      gewijzigd_door_naam: v.doorNaam,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Writes a new version when `verwachteVersie` is still current; undefined otherwise (optimistic locking). */
export function werkBij(
  trx: Db,
  id: string,
  verwachteVersie: number,
  v: { soort: VrijstellingSoort; begindatum: string; einddatum: string | null; op: Date; door: string | null; doorNaam: string },
): Promise<VrijstellingRij | undefined> {
  return trx
    .updateTable('vrijstellingen')
    .set({
      soort: v.soort,
      begindatum: v.begindatum,
      einddatum: v.einddatum,
      versie: verwachteVersie + 1,
      gewijzigd_op: v.op,
      gewijzigd_door: v.door,
      gewijzigd_door_naam: v.doorNaam,
    })
    .where('id', '=', id)
    .where('versie', '=', verwachteVersie)
    .returningAll()
    .executeTakeFirst();
}

/** The pupil's other vrijstelling that shares a day with the period (to name it in the overlap message). */
export function overlappende(db: Db, pgn: string, van: string, tm: string | null, behalve: string | null) {
  let q = db
    .selectFrom('vrijstellingen')
    .select(['id', 'begindatum', 'einddatum', 'gemeentecode'])
    .where('pgn', '=', pgn)
    .where(sql<boolean>`daterange(begindatum, einddatum, '[]') && daterange(${van}::date, ${tm}::date, '[]')`);
  if (behalve) q = q.where('id', '<>', behalve);
  return q.orderBy('begindatum').executeTakeFirst();
}

/**
 * The vrijstellingen that an open melding overlaps (R-VRIJ-3's check), at most one row per
 * vrijstelling. The join probes meldingen by (pgn, status) per vrijstelling. FOR SHARE: a
 * gemeente's change to one of them waits for the check (and the check sees a change that
 * committed first), so the check never applies a period that is no longer current.
 */
export function vrijstellingenMetOpenMeldingen(trx: Transaction<Database>): Promise<VrijstellingRij[]> {
  return trx
    .selectFrom('vrijstellingen as v')
    .selectAll('v')
    .where((eb) => eb.exists(openMeldingOverlapt(eb.ref('v.pgn'), eb.ref('v.begindatum'), eb.ref('v.einddatum'))))
    .orderBy('v.begindatum')
    .orderBy('v.id')
    .forShare('v')
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Overviews.

export const GEMEENTE_SORTS = ['naam', 'pgn', 'soort', 'begindatum', 'einddatum'] as const;
export type GemeenteSort = (typeof GEMEENTE_SORTS)[number];

export interface OverzichtRij {
  id: string;
  versie: number;
  pgn: string;
  gemeentecode: string;
  gemeente_naam: string | null;
  soort: VrijstellingSoort;
  begindatum: string;
  einddatum: string | null;
  voornamen: string;
  voorvoegsel: string | null;
  achternaam: string;
}

function overzicht(db: Db) {
  return db
    .selectFrom('vrijstellingen as v')
    .innerJoin(registers.leerlingNamenTabel().as('l'), 'l.pgn', 'v.pgn')
    .leftJoin(registers.gemeenteNamenTabel().as('g'), 'g.gemeentecode', 'v.gemeentecode')
    .select(['v.id', 'v.versie', 'v.pgn', 'v.gemeentecode', 'g.naam as gemeente_naam', 'v.soort', 'v.begindatum', 'v.einddatum', 'l.voornamen', 'l.voorvoegsel', 'l.achternaam']);
}

export async function telVanGemeente(db: Db, gemeentecode: string): Promise<number> {
  const r = await db.selectFrom('vrijstellingen').select((eb) => eb.fn.countAll<string>().as('n')).where('gemeentecode', '=', gemeentecode).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** One page of the gemeente's vrijstellingen, sorted over all of them; the id breaks ties. */
export function vanGemeente(db: Db, gemeentecode: string, sort: GemeenteSort, dir: SortDir, limit: number, offset: number): Promise<OverzichtRij[]> {
  const d = dir === 'desc' ? sql.raw('desc') : sql.raw('asc');
  const kolom = {
    naam: sql`lower(l.achternaam) collate "C" ${d}, lower(l.voornamen) collate "C" ${d}`,
    pgn: sql`v.pgn ${d}`,
    soort: sql`v.soort ${d}`,
    begindatum: sql`v.begindatum ${d}`,
    // Open-ended counts as the latest end.
    einddatum: sql`v.einddatum ${d} nulls ${sql.raw(dir === 'desc' ? 'first' : 'last')}`,
  }[sort];
  return overzicht(db)
    .where('v.gemeentecode', '=', gemeentecode)
    .orderBy(sql`${kolom}, v.id`)
    .limit(limit)
    .offset(offset)
    .execute();
}

/** All vrijstellingen of one pupil (any gemeente), newest first; a pupil has a handful. */
export function vanLeerling(db: Db, pgn: string): Promise<OverzichtRij[]> {
  return overzicht(db).where('v.pgn', '=', pgn).orderBy('v.begindatum', 'desc').orderBy('v.id').execute();
}

// ---------------------------------------------------------------------------------------------
// Pupil choices (no PGN in URLs).

export async function bewaarKeuze(db: Db, k: { id: string; gebruikerId: string; gemeentecode: string; pgn: string; op: Date; verlooptOp: Date }): Promise<void> {
  await db
    .insertInto('vrijstelling_leerlingkeuzes')
    .values({ id: k.id, gebruiker_id: k.gebruikerId, gemeentecode: k.gemeentecode, pgn: k.pgn, aangemaakt_op: k.op, verloopt_op: k.verlooptOp })
    .execute();
}

/** Removes at most `max` pupil choices expired at `nu`, for the housekeeping job; `keuze` ignores them already. */
export async function verwijderVerlopenKeuzes(db: Db, nu: Date, max: number): Promise<number> {
  const r = await db
    .deleteFrom('vrijstelling_leerlingkeuzes')
    .where('id', 'in', db.selectFrom('vrijstelling_leerlingkeuzes').select('id').where('verloopt_op', '<=', nu).limit(max))
    .where('verloopt_op', '<=', nu)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function keuze(db: Db, id: string, gebruikerId: string, gemeentecode: string, op: Date): Promise<string | undefined> {
  const r = await db
    .selectFrom('vrijstelling_leerlingkeuzes')
    .select('pgn')
    .where('id', '=', id)
    .where('gebruiker_id', '=', gebruikerId)
    .where('gemeentecode', '=', gemeentecode)
    .where('verloopt_op', '>', op)
    .executeTakeFirst();
  return r?.pgn;
}
