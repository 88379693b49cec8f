/**
 * Stored search criteria with personal data (a PGN, an achternaam), so the URL of a search
 * carries a random id instead of them (R-PRIV; the same reason Leerling zoeken posts its
 * PGN). A URL, unlike a form post, lands in the browser's history, in proxy and server logs
 * and in the Referer of the next request. The row is private to the user and the scope
 * (instelling or gemeente) the search was for, and expires after ZOEKOPDRACHT_DAGEN.
 *
 * Exports (the gemeente inbox may use the same):
 *   bewaarZoekopdracht(db, { gebruikerId, scope, criteria, nu }) → Promise<string>  (the id)
 *   zoekopdrachtCriteria(db, { id, gebruikerId, scope, nu }) → Promise<Record<string,string> | null>
 *   verwijderVerlopenZoekopdrachten(db, nu, max) → Promise<number>  (the housekeeping job)
 */
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/types';

export const ZOEKOPDRACHT_DAGEN = 7;
/** The URL parameter that names a stored search. */
export const ZOEKOPDRACHT_PARAM = 'zoekopdracht';

interface ZoekopdrachtenTable {
  id: string;
  gebruiker_id: string;
  scope: string;
  criteria: Record<string, string>;
  aangemaakt_op: Date;
  verloopt_op: Date;
}
type Db = Kysely<Database>;
const tabel = (db: Db) => db.withTables<{ zoekopdrachten: ZoekopdrachtenTable }>();

export const isZoekopdrachtId = (id: string): boolean => /^[A-Za-z0-9_-]{16,64}$/.test(id);

export async function bewaarZoekopdracht(
  db: Db,
  o: { gebruikerId: string; scope: string; criteria: Record<string, string>; nu: Date },
): Promise<string> {
  const id = randomBytes(16).toString('base64url');
  // Expired searches are removed by the housekeeping job (verwijderVerlopenZoekopdrachten), not here.
  await tabel(db)
    .insertInto('zoekopdrachten')
    .values({
      id,
      gebruiker_id: o.gebruikerId,
      scope: o.scope,
      criteria: sql`${JSON.stringify(o.criteria)}::jsonb` as unknown as Record<string, string>,
      aangemaakt_op: o.nu,
      verloopt_op: new Date(o.nu.getTime() + ZOEKOPDRACHT_DAGEN * 86_400_000),
    })
    .execute();
  return id;
}

/** The criteria of a stored search of this user and scope that has not expired; else null. */
export async function zoekopdrachtCriteria(db: Db, o: { id: string; gebruikerId: string; scope: string; nu: Date }): Promise<Record<string, string> | null> {
  if (!isZoekopdrachtId(o.id)) return null;
  const r = await tabel(db)
    .selectFrom('zoekopdrachten')
    .select('criteria')
    .where('id', '=', o.id)
    .where('gebruiker_id', '=', o.gebruikerId)
    .where('scope', '=', o.scope)
    .where('verloopt_op', '>', o.nu)
    .executeTakeFirst();
  if (!r) return null;
  const c = r.criteria as unknown;
  // pg gives jsonb parsed; keep only string values whatever is stored.
  const obj = (typeof c === 'string' ? JSON.parse(c) : c) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(obj).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/**
 * Removes at most `max` searches expired at `nu`, for the housekeeping job; returns how many.
 * `zoekopdrachtCriteria` ignores them already.
 */
export async function verwijderVerlopenZoekopdrachten(db: Db, nu: Date, max: number): Promise<number> {
  const t = tabel(db);
  const r = await t
    .deleteFrom('zoekopdrachten')
    .where('id', 'in', t.selectFrom('zoekopdrachten').select('id').where('verloopt_op', '<=', nu).limit(max))
    .where('verloopt_op', '<=', nu)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
