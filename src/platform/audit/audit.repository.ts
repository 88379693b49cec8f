// SQL for reading the audit log (R-PRIV-1: functioneel beheer can search it). Writing lives in
// audit.service.ts; nothing ever updates or deletes a line.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/types';

type Db = Kysely<Database> | Transaction<Database>;

/** Calendar dates typed by people are Dutch days: a day starts at midnight in Amsterdam. */
export const AUDIT_TIJDZONE = 'Europe/Amsterdam';

export interface AuditFilter {
  /** An ILIKE pattern on the inlognaam (R-UI-1), or null. */
  gebruikersnaamPatroon: string | null;
  actie: string | null;
  /** Matches the line's instellingscode or its gemeentecode. */
  code: string | null;
  /** ISO calendar dates, both inclusive. */
  van: string | null;
  totEnMet: string | null;
}

export type AuditSort = 'tijd';

function gefilterd(db: Db, f: AuditFilter) {
  let q = db.selectFrom('audit_log');
  if (f.gebruikersnaamPatroon !== null) q = q.where('gebruikersnaam', 'ilike', f.gebruikersnaamPatroon);
  if (f.actie !== null) q = q.where('actie', '=', f.actie);
  const code = f.code;
  if (code !== null) q = q.where((eb) => eb.or([eb('instellingscode', '=', code), eb('gemeentecode', '=', code)]));
  // Day bounds are computed in the database, in one time zone, whatever the server's is.
  if (f.van !== null) q = q.where('op', '>=', sql<Date>`(${f.van}::date)::timestamp at time zone ${AUDIT_TIJDZONE}`);
  if (f.totEnMet !== null) q = q.where('op', '<', sql<Date>`(${f.totEnMet}::date + 1)::timestamp at time zone ${AUDIT_TIJDZONE}`);
  return q;
}

export async function countAudit(db: Db, filter: AuditFilter): Promise<number> {
  const r = await gefilterd(db, filter).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** One page of lines; the id breaks ties between lines written in the same microsecond. */
export function zoekAudit(db: Db, filter: AuditFilter, dir: 'asc' | 'desc', limit: number, offset: number) {
  return gefilterd(db, filter)
    .select(['id', 'op', 'gebruikersnaam', 'actie', 'object_type', 'object_id', 'instellingscode', 'gemeentecode', 'ip', 'details'])
    .orderBy('op', dir)
    .orderBy('id', dir)
    .limit(limit)
    .offset(offset)
    .execute();
}

export type AuditRij = Awaited<ReturnType<typeof zoekAudit>>[number];
