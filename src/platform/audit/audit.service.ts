// Writes the audit log (R-PRIV-1): who did what to which object, for which institution or
// gemeente, from where. Append-only; the database refuses updates and deletes. Also the
// search functioneel beheer uses to read it.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { jsonbTekst } from '../../db/json';
import { pageInfo, type OverzichtState } from '../ui/overzicht-state';
import { countAudit, zoekAudit, type AuditFilter, type AuditRij, type AuditSort } from './audit.repository';

export interface AuditEntry {
  actie: string;
  gebruikerId?: string | null;
  gebruikersnaam?: string | null;
  /** The koppeling that acted through the API (issue 16); a user's actions leave it null. */
  koppelingId?: string | null;
  objectType?: string;
  objectId?: string;
  instellingscode?: string | null;
  gemeentecode?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Appends one line to the audit log, inside the caller's transaction when given one. */
export async function writeAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry): Promise<void> {
  await insertAudit(db, [entry]);
}

/**
 * Appends the lines in one statement. The lines travel as one JSON array, so the statement's text
 * is the same for one line or a hundred: the pool prepares it once (db/prepared-statements.ts)
 * instead of spending a prepared name on every group size.
 */
export async function insertAudit(db: Kysely<Database> | Transaction<Database>, entries: readonly AuditEntry[]): Promise<void> {
  const lines = entries.map((entry) => ({
    actie: entry.actie,
    gebruiker_id: entry.gebruikerId ?? null,
    gebruikersnaam: entry.gebruikersnaam ?? null,
    koppeling_id: entry.koppelingId ?? null,
    object_type: entry.objectType ?? null,
    object_id: entry.objectId ?? null,
    instellingscode: entry.instellingscode ?? null,
    gemeentecode: entry.gemeentecode ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
  }));
  await sql`
    insert into audit_log (actie, gebruiker_id, gebruikersnaam, koppeling_id, object_type, object_id, instellingscode, gemeentecode, ip, details)
    select actie, gebruiker_id, gebruikersnaam, koppeling_id, object_type, object_id, instellingscode, gemeentecode, ip, details
    from jsonb_to_recordset(${jsonbTekst(lines)}::jsonb) as r(actie text, gebruiker_id uuid, gebruikersnaam text, koppeling_id uuid,
      object_type text, object_id text, instellingscode text, gemeentecode text, ip text, details jsonb)`.execute(db);
}

/** Who looks at the audit log; the view itself is a line in it. */
export interface AuditLezer {
  gebruikerId: string | null;
  gebruikersnaam: string;
  ip?: string | null;
}

/**
 * One page of audit lines matching the filter (R-PRIV-1), and a line 'audit_ingezien' saying
 * who searched for what: reading the log is itself accountable. Paging as pageInfo clamps it.
 */
export async function zoekAuditLog(
  db: Kysely<Database>,
  filter: AuditFilter,
  state: OverzichtState<AuditSort>,
  lezer: AuditLezer,
): Promise<{ rows: AuditRij[]; total: number }> {
  const total = await countAudit(db, filter);
  const { offset, perPage } = pageInfo(total, state);
  const rows = await zoekAudit(db, filter, state.dir, perPage, offset);
  const gezocht = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null));
  await writeAudit(db, {
    actie: 'audit_ingezien',
    gebruikerId: lezer.gebruikerId,
    gebruikersnaam: lezer.gebruikersnaam,
    ip: lezer.ip ?? null,
    details: { filter: gezocht, pagina: state.page, gevonden: total },
  });
  return { rows, total };
}
