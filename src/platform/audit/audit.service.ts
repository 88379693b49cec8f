// Writes the audit log (R-PRIV-1): who did what to which object, for which institution or
// gemeente, from where. Append-only; the database refuses updates and deletes.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types';

export interface AuditEntry {
  actie: string;
  gebruikerId?: string | null;
  gebruikersnaam?: string | null;
  objectType?: string;
  objectId?: string;
  instellingscode?: string | null;
  gemeentecode?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Appends one line to the audit log, inside the caller's transaction when given one. */
export async function writeAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actie: entry.actie,
      gebruiker_id: entry.gebruikerId ?? null,
      gebruikersnaam: entry.gebruikersnaam ?? null,
      object_type: entry.objectType ?? null,
      object_id: entry.objectId ?? null,
      instellingscode: entry.instellingscode ?? null,
      gemeentecode: entry.gemeentecode ?? null,
      ip: entry.ip ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
