// SQL of the contactpersonen, nothing else. Every query is scoped to one instellingscode;
// only `instellingVan` is not, because it exists to tell the audit log whose record it was.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/types';
import type { SortDir } from '../../../platform/ui/overzicht-state';
import type { ContactpersoonRow } from './contactpersonen.tables';

type Db = Kysely<Database> | Transaction<Database>;

/** The sort keys of the overview (R-UI-2). */
export type ContactpersoonSort = 'naam';

/** The fields a person types; the rest the database and the service fill in. */
export interface ContactpersoonGegevens {
  naam: string;
  functie: string | null;
  telefoonnummer: string | null;
  email: string;
}

/** Filtered by a LIKE pattern from namePattern() on the name (R-UI-1), or not at all. */
function gefilterd(db: Db, instellingscode: string, patroon: string | null) {
  const q = db.selectFrom('contactpersonen').where('instellingscode', '=', instellingscode);
  return patroon === null ? q : q.where(sql<boolean>`lower(naam) like lower(${patroon})`);
}

export async function telContactpersonen(db: Db, instellingscode: string, patroon: string | null): Promise<number> {
  const r = await gefilterd(db, instellingscode, patroon).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** One page, sorted in the database over ALL matches (R-UI-2); the id breaks ties (equal names). Exported to EXPLAIN it in a test. */
export function zoekContactpersonenQuery(db: Db, instellingscode: string, patroon: string | null, dir: SortDir, limit: number, offset: number) {
  return gefilterd(db, instellingscode, patroon).selectAll().orderBy(sql`lower(naam)`, dir).orderBy('id', dir).limit(limit).offset(offset);
}

export function zoekContactpersonen(...args: Parameters<typeof zoekContactpersonenQuery>): Promise<ContactpersoonRow[]> {
  return zoekContactpersonenQuery(...args).execute();
}

/** All of the instelling's contactpersonen by name, for the melding form's choice list. */
export function alleContactpersonen(db: Db, instellingscode: string): Promise<ContactpersoonRow[]> {
  return gefilterd(db, instellingscode, null).selectAll().orderBy(sql`lower(naam)`).orderBy('id').execute();
}

/** One contactpersoon of the instelling; with `forUpdate` locked until the transaction ends. */
export function vindContactpersoon(db: Db, instellingscode: string, id: string, forUpdate = false): Promise<ContactpersoonRow | undefined> {
  const q = db.selectFrom('contactpersonen').selectAll().where('id', '=', id).where('instellingscode', '=', instellingscode);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

/** Whose contactpersoon this id is, if anyone's: only for the audit line of a refusal. */
export async function instellingVan(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('contactpersonen').select('instellingscode').where('id', '=', id).executeTakeFirst())?.instellingscode;
}

export function insertContactpersoon(db: Db, instellingscode: string, values: ContactpersoonGegevens, op: Date): Promise<ContactpersoonRow> {
  return db
    .insertInto('contactpersonen')
    .values({ instellingscode, ...values, aangemaakt_op: op, gewijzigd_op: op })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateContactpersoon(db: Db, instellingscode: string, id: string, values: ContactpersoonGegevens, op: Date): Promise<ContactpersoonRow | undefined> {
  return db
    .updateTable('contactpersonen')
    .set({ ...values, gewijzigd_op: op })
    .where('id', '=', id)
    .where('instellingscode', '=', instellingscode)
    .returningAll()
    .executeTakeFirst();
}

export function deleteContactpersoon(db: Db, instellingscode: string, id: string): Promise<ContactpersoonRow | undefined> {
  return db.deleteFrom('contactpersonen').where('id', '=', id).where('instellingscode', '=', instellingscode).returningAll().executeTakeFirst();
}
