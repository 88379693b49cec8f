// The registers' lookups for other modules (docs/functioneel.md §3), offered through face.ts: the pupil in
// ROD with their enrolments, RIO's aanbieders and locaties of the instelling, the gemeente
// that handles a melding with its RMC contact, and, for statements that list names next to
// their own rows, derived tables of names to join (the owner names its tables, the consumer
// composes one statement; PostgreSQL flattens such a subquery into the join).
import { expressionBuilder, sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/types';

type Db = Kysely<Database> | Transaction<Database>;

/** The pupil with the name of their woongemeente; undefined when ROD does not know the PGN. */
export function leerling(db: Db, pgn: string) {
  return db
    .selectFrom('leerlingen as l')
    .leftJoin('gemeenten as g', 'g.gemeentecode', 'l.woongemeente_code')
    .select([
      'l.pgn',
      'l.voornamen',
      'l.voorvoegsel',
      'l.achternaam',
      'l.geboortedatum',
      'l.straat',
      'l.huisnummer',
      'l.postcode',
      'l.plaats',
      'l.woongemeente_code',
      'g.naam as woongemeente_naam',
      'l.woont_in_buitenland',
      'l.startkwalificatie',
    ])
    .where('l.pgn', '=', pgn)
    .executeTakeFirst();
}
export type LeerlingRij = NonNullable<Awaited<ReturnType<typeof leerling>>>;

export function inschrijvingen(db: Db, pgn: string) {
  return db.selectFrom('inschrijvingen').select(['instellingscode', 'begindatum', 'einddatum', 'hoofdinschrijving']).where('pgn', '=', pgn).execute();
}

/** RIO's current onderwijsaanbieders of the instelling, by code. */
export function aanbieders(db: Db, instellingscode: string) {
  return db
    .selectFrom('onderwijsaanbieders')
    .select(['oac as code', 'naam'])
    .where('instellingscode', '=', instellingscode)
    .where('vervallen_op', 'is', null)
    .orderBy('oac')
    .execute();
}

/** RIO's current onderwijslocaties of the instelling (a handful per instelling). */
export function onderwijslocaties(db: Db, instellingscode: string) {
  return db
    .selectFrom('onderwijslocaties')
    .select(['olc as code', 'postcode', sql<string>`huisnummer::text`.as('huisnummer')])
    .where('instellingscode', '=', instellingscode)
    .where('vervallen_op', 'is', null)
    .orderBy('olc')
    .execute();
}

/** A gemeente's mailbox for meldingen and the contactgemeente of its RMC-regio (R-GEM-1). */
export function gemeenteVoorMelding(db: Db, gemeentecode: string) {
  return db
    .selectFrom('gemeenten as g')
    .leftJoin('rmc_regios as r', 'r.code', 'g.rmc_regio_code')
    .select(['g.gemeentecode', 'g.naam', 'g.email_meldingen', 'r.contactgemeente_code'])
    .where('g.gemeentecode', '=', gemeentecode)
    .executeTakeFirst();
}

const eb = expressionBuilder<Database, never>();

/** gemeentecode and naam of every gemeente of the register: join it `as` an alias. */
export function gemeenteNamenTabel() {
  return eb.selectFrom('gemeenten').select(['gemeentecode', 'naam']);
}

/** gemeentecode, naam and the address for meldingen as it is now, of every gemeente: join it `as` an alias. */
export function gemeenteAdressenTabel() {
  return eb.selectFrom('gemeenten').select(['gemeentecode', 'naam', 'email_meldingen']);
}

/** instellingscode and naam of every instelling of the register: join it `as` an alias. */
export function instellingNamenTabel() {
  return eb.selectFrom('instellingen').select(['instellingscode', 'naam']);
}

/** pgn and name parts of every pupil in ROD: join it `as` an alias. */
export function leerlingNamenTabel() {
  return eb.selectFrom('leerlingen').select(['pgn', 'voornamen', 'voorvoegsel', 'achternaam']);
}

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
