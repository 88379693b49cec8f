// SQL of the onderwijslocaties, nothing else. Every query is scoped to one instellingscode;
// only `instellingVan` is not, because it exists to tell the audit log whose record it was.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/types';
import type { SortDir } from '../../../platform/ui/overzicht-state';
import type { LocatieRow } from './locaties.tables';

type Db = Kysely<Database> | Transaction<Database>;

/** The sort keys of the overview (R-UI-2). */
export type LocatieSort = 'naam';

/**
 * The instelling's locations, filtered by a LIKE pattern from namePattern() or not at all.
 * `lower(naam) like lower(…)` is case-insensitive (R-UI-1) and matches the expression of the
 * indexes: the btree (text_pattern_ops) for a prefix, the trigram index for a % anywhere.
 */
function gefilterd(db: Db, instellingscode: string, patroon: string | null) {
  const q = db.selectFrom('locaties').where('instellingscode', '=', instellingscode);
  return patroon === null ? q : q.where(sql<boolean>`lower(naam) like lower(${patroon})`);
}

export async function telLocaties(db: Db, instellingscode: string, patroon: string | null): Promise<number> {
  const r = await gefilterd(db, instellingscode, patroon).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * One page, sorted in the database over ALL matches (R-UI-2). Names sort case-insensitively;
 * the id ends the ordering so paging never shows a row twice or skips one. The query is
 * exported so a test can EXPLAIN it: a change that loses the search indexes then fails.
 */
export function zoekLocatiesQuery(db: Db, instellingscode: string, patroon: string | null, dir: SortDir, limit: number, offset: number) {
  return gefilterd(db, instellingscode, patroon).selectAll().orderBy(sql`lower(naam)`, dir).orderBy('id', dir).limit(limit).offset(offset);
}

export function zoekLocaties(...args: Parameters<typeof zoekLocatiesQuery>): Promise<LocatieRow[]> {
  return zoekLocatiesQuery(...args).execute();
}

/** All of the instelling's locations by name, for a choice list. */
export function alleLocaties(db: Db, instellingscode: string): Promise<LocatieRow[]> {
  return gefilterd(db, instellingscode, null).selectAll().orderBy(sql`lower(naam)`).orderBy('id').execute();
}

/** One location of the instelling; with `forUpdate` locked until the transaction ends. */
export function vindLocatie(db: Db, instellingscode: string, id: string, forUpdate = false): Promise<LocatieRow | undefined> {
  const q = db.selectFrom('locaties').selectAll().where('id', '=', id).where('instellingscode', '=', instellingscode);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

/** Whose location this id is, if anyone's: only for the audit line of a refusal. */
export async function instellingVan(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('locaties').select('instellingscode').where('id', '=', id).executeTakeFirst())?.instellingscode;
}

export function insertLocatie(db: Db, values: { instellingscode: string; naam: string; op: Date }): Promise<LocatieRow> {
  return db
    .insertInto('locaties')
    .values({ instellingscode: values.instellingscode, naam: values.naam, aangemaakt_op: values.op, gewijzigd_op: values.op })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateLocatie(db: Db, instellingscode: string, id: string, values: { naam: string; op: Date }): Promise<LocatieRow | undefined> {
  return db
    .updateTable('locaties')
    .set({ naam: values.naam, gewijzigd_op: values.op })
    .where('id', '=', id)
    .where('instellingscode', '=', instellingscode)
    .returningAll()
    .executeTakeFirst();
}

export function deleteLocatie(db: Db, instellingscode: string, id: string): Promise<LocatieRow | undefined> {
  return db.deleteFrom('locaties').where('id', '=', id).where('instellingscode', '=', instellingscode).returningAll().executeTakeFirst();
}
