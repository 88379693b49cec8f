// SQL for users, their roles and login attempts.
import { sql, type Kysely, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../../db/types';
import type { GebruikerSelect } from '../../platform/session/session.repository';
import type { RolToekenning } from '../../platform/permissions';
import type { GebruikerRow, NewGebruiker, Rol } from './auth.tables';

type Db = Kysely<Database> | Transaction<Database>;

export function findByGebruikersnaam(db: Db, gebruikersnaam: string): Promise<GebruikerRow | undefined> {
  return db.selectFrom('gebruikers').selectAll().where('gebruikersnaam', '=', gebruikersnaam).executeTakeFirst();
}

export function findById(db: Db, id: string): Promise<GebruikerRow | undefined> {
  return db.selectFrom('gebruikers').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * A user with their roles as one row (the roles a JSON list): the session's query uses it,
 * so every page loads session, user and roles in one statement (issue 5's speed goal).
 */
export function gebruikerMetRollen(db: Db) {
  return db.selectFrom('gebruikers as g').select(['g.id', 'g.gebruikersnaam', 'g.weergavenaam', 'g.geblokkeerd']).select((eb) =>
    jsonArrayFrom(
      eb
        .selectFrom('gebruiker_rollen as r')
        .select(['r.rol', 'r.instellingscode', 'r.gemeentecode'])
        .whereRef('r.gebruiker_id', '=', 'g.id')
        .orderBy('r.rol')
        .orderBy('r.instellingscode')
        .orderBy('r.gemeentecode'),
    ).as('rollen'),
  );
}

export function findGebruikerMetRollen(db: Db, id: string) {
  return gebruikerMetRollen(db).where('g.id', '=', id).executeTakeFirst();
}

/** The session's user with roles (the platform's session statement embeds it, see services.ts). */
export const sessieGebruiker: GebruikerSelect = (db, gebruikerId) => gebruikerMetRollen(db).where('g.id', '=', gebruikerId);

export function rollenVan(db: Db, gebruikerId: string): Promise<(RolToekenning & { id: string })[]> {
  return db
    .selectFrom('gebruiker_rollen')
    .select(['id', 'rol', 'instellingscode', 'gemeentecode'])
    .where('gebruiker_id', '=', gebruikerId)
    .orderBy('rol')
    .orderBy('instellingscode')
    .orderBy('gemeentecode')
    .execute();
}

export async function insertGebruiker(db: Db, row: NewGebruiker): Promise<string> {
  const r = await db.insertInto('gebruikers').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateGebruiker(
  db: Db,
  id: string,
  changes: Partial<Pick<GebruikerRow, 'weergavenaam' | 'email' | 'wachtwoord_hash' | 'totp_geheim' | 'totp_actief' | 'geblokkeerd'>> & { totp_laatste_stap?: string | null },
): Promise<boolean> {
  const r = await db.updateTable('gebruikers').set({ ...changes, gewijzigd_op: new Date() }).where('id', '=', id).executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

/**
 * Stores a new, inactive TOTP secret, only for an account without an active one and without
 * a pending one (the first is kept until confirmed). False: nothing changed.
 */
export async function startTotpEnrolment(db: Db, gebruikerId: string, secret: string): Promise<boolean> {
  const r = await db
    .updateTable('gebruikers')
    .set({ totp_geheim: secret, totp_actief: false, totp_laatste_stap: null, gewijzigd_op: new Date() })
    .where('id', '=', gebruikerId)
    .where('totp_actief', '=', false)
    .where('totp_geheim', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

/** Activates the pending secret the code was checked against; false when it changed meanwhile. */
export async function activateTotp(db: Db, gebruikerId: string, secret: string): Promise<boolean> {
  const r = await db
    .updateTable('gebruikers')
    .set({ totp_actief: true, gewijzigd_op: new Date() })
    .where('id', '=', gebruikerId)
    .where('totp_actief', '=', false)
    .where('totp_geheim', '=', secret)
    .executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

/**
 * Records that `step` was used, only if it is newer than the last one used. False means the
 * code was already used (a replay): the database decides, so two parallel requests with the
 * same code cannot both pass.
 */
export async function claimTotpStep(db: Db, gebruikerId: string, step: number): Promise<boolean> {
  const r = await db
    .updateTable('gebruikers')
    .set({ totp_laatste_stap: String(step) })
    .where('id', '=', gebruikerId)
    .where((eb) => eb.or([eb('totp_laatste_stap', 'is', null), eb('totp_laatste_stap', '<', String(step))]))
    .executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

export async function insertRol(db: Db, gebruikerId: string, rol: Rol, instellingscode: string | null, gemeentecode: string | null): Promise<void> {
  await db
    .insertInto('gebruiker_rollen')
    .values({ gebruiker_id: gebruikerId, rol, instellingscode, gemeentecode })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function deleteRol(db: Db, gebruikerId: string, rolId: string): Promise<boolean> {
  const r = await db.deleteFrom('gebruiker_rollen').where('id', '=', rolId).where('gebruiker_id', '=', gebruikerId).executeTakeFirst();
  return r.numDeletedRows === 1n;
}

/** `op` comes from the app's clock, the same clock that later counts the window. */
export async function recordLoginPoging(
  db: Db,
  p: { gebruikersnaam: string | null; ip: string; geslaagd: boolean; op: Date; apparaat?: string | null },
): Promise<void> {
  await db.insertInto('login_pogingen').values({ gebruikersnaam: p.gebruikersnaam, ip: p.ip, geslaagd: p.geslaagd, op: p.op, apparaat: p.apparaat ?? null }).execute();
}

/** Removes at most `max` login attempts made before `voor` (the housekeeping job); returns how many. */
export async function verwijderLoginPogingenVoor(db: Db, voor: Date, max: number): Promise<number> {
  const r = await db
    .deleteFrom('login_pogingen')
    .where('id', 'in', db.selectFrom('login_pogingen').select('id').where('op', '<', voor).limit(max))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Removes at most `max` trusted devices not used since `voor` (they no longer count as trusted). */
export async function verwijderApparatenVoor(db: Db, voor: Date, max: number): Promise<number> {
  const r = await db
    .deleteFrom('vertrouwde_apparaten')
    .where('token_hash', 'in', db.selectFrom('vertrouwde_apparaten').select('token_hash').where('laatst_gebruikt_op', '<', voor).limit(max))
    .where('laatst_gebruikt_op', '<', voor)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

type Counted = { n: string | number; last: Date | string | null };
const failures = (c: Counted | undefined) => ({ count: Number(c?.n ?? 0), last: c?.last ? new Date(c.last) : null });

/**
 * Failed attempts since `since` with the last one's time, per throttle key (rules.ts): this
 * trusted device; this account from untrusted clients; this address from untrusted clients.
 */
export async function countMislukt(
  db: Db,
  k: { gebruikersnaam: string; ip: string; apparaat: string | null; since: Date },
): Promise<{ apparaat: { count: number; last: Date | null } | null; account: { count: number; last: Date | null }; adres: { count: number; last: Date | null } }> {
  const { rows } = await sql<{ sleutel: string; n: string; last: Date | string | null }>`
    select 'account' as sleutel, count(*) as n, max(op) as last from login_pogingen
      where not geslaagd and gebruikersnaam = ${k.gebruikersnaam} and apparaat is null and op >= ${k.since}
    union all
    select 'adres', count(*), max(op) from login_pogingen
      where not geslaagd and ip = ${k.ip} and apparaat is null and op >= ${k.since}
    union all
    select 'apparaat', count(*), max(op) from login_pogingen
      where not geslaagd and apparaat = ${k.apparaat ?? ''} and op >= ${k.since}
  `.execute(db);
  const by = (sleutel: string) => rows.find((r) => r.sleutel === sleutel);
  return { apparaat: k.apparaat ? failures(by('apparaat')) : null, account: failures(by('account')), adres: failures(by('adres')) };
}

/** The device token's owner, when it is known and was used since `since`. */
export async function apparaatVan(db: Db, tokenHash: string, since: Date): Promise<string | undefined> {
  const r = await db
    .selectFrom('vertrouwde_apparaten')
    .select('gebruiker_id')
    .where('token_hash', '=', tokenHash)
    .where('laatst_gebruikt_op', '>=', since)
    .executeTakeFirst();
  return r?.gebruiker_id;
}

/** Records (or refreshes) a device in which the account logged in fully. */
export async function onthoudApparaat(db: Db, tokenHash: string, gebruikerId: string, op: Date): Promise<void> {
  await db
    .insertInto('vertrouwde_apparaten')
    .values({ token_hash: tokenHash, gebruiker_id: gebruikerId, aangemaakt_op: op, laatst_gebruikt_op: op })
    .onConflict((oc) => oc.column('token_hash').doUpdateSet({ gebruiker_id: gebruikerId, laatst_gebruikt_op: op }))
    .execute();
}

/** Forgets every trusted device of the account (after a reset of its password or token). */
export async function vergeetApparaten(db: Db, gebruikerId: string): Promise<void> {
  await db.deleteFrom('vertrouwde_apparaten').where('gebruiker_id', '=', gebruikerId).execute();
}

/** E-mail addresses of the active functioneel beheerders (for alerts). */
export async function functioneelBeheerEmails(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('gebruikers as g')
    .innerJoin('gebruiker_rollen as r', 'r.gebruiker_id', 'g.id')
    .select('g.email')
    .distinct()
    .where('r.rol', '=', 'functioneel_beheerder')
    .where('g.geblokkeerd', '=', false)
    .where('g.email', 'is not', null)
    .execute();
  return rows.map((r) => r.email!).sort();
}

/** The sort keys of the users overview (R-UI-2). */
export type GebruikerSort = 'inlognaam' | 'naam' | 'status';

export interface GebruikerZoekFilter {
  /** An ILIKE pattern on inlognaam or naam (R-UI-1, see beheer/rules.ts), or null for all. */
  patroon: string | null;
}

function gefilterd(db: Db, filter: GebruikerZoekFilter) {
  const q = db.selectFrom('gebruikers');
  const p = filter.patroon;
  return p === null ? q : q.where((eb) => eb.or([eb('gebruikersnaam', 'ilike', p), eb('weergavenaam', 'ilike', p)]));
}

export async function countGebruikers(db: Db, filter: GebruikerZoekFilter): Promise<number> {
  const r = await gefilterd(db, filter).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * One page of users, sorted in the database over ALL matches. The inlognaam is unique, so it
 * ends every ordering: paging then never shows a row twice or skips one. Names sort by
 * lower() so PGlite and PostgreSQL agree whatever their collation.
 */
export function zoekGebruikers(db: Db, filter: GebruikerZoekFilter, sort: GebruikerSort, dir: 'asc' | 'desc', limit: number, offset: number) {
  let q = gefilterd(db, filter).select(['id', 'gebruikersnaam', 'weergavenaam', 'geblokkeerd', 'totp_actief']);
  if (sort === 'naam') q = q.orderBy(sql`lower(weergavenaam)`, dir);
  if (sort === 'status') q = q.orderBy('geblokkeerd', dir).orderBy('totp_actief', dir);
  return q.orderBy('gebruikersnaam', sort === 'inlognaam' ? dir : 'asc').limit(limit).offset(offset).execute();
}

/** The roles of several users in one query (for a page of the overview). */
export function rollenVanGebruikers(db: Db, ids: readonly string[]): Promise<(RolToekenning & { gebruiker_id: string })[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('gebruiker_rollen')
    .select(['gebruiker_id', 'rol', 'instellingscode', 'gemeentecode'])
    .where('gebruiker_id', 'in', ids)
    .orderBy('rol')
    .orderBy('instellingscode')
    .orderBy('gemeentecode')
    .execute();
}

/** The user's own e-mail address (a form's prefill elsewhere); '' when none is known. */
export async function gebruikerEmail(db: Db, gebruikerId: string): Promise<string> {
  const r = await db.selectFrom('gebruikers').select('email').where('id', '=', gebruikerId).executeTakeFirst();
  return r?.email ?? '';
}
