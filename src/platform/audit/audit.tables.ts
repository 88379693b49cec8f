import type { ColumnType, Generated } from 'kysely';

export interface AuditLogTable {
  id: Generated<string>;
  op: ColumnType<Date, Date | string | undefined, never>;
  gebruiker_id: string | null;
  gebruikersnaam: string | null;
  /** The koppeling (registered API client) that acted, when a machine did (issue 16). */
  koppeling_id: string | null;
  actie: string;
  object_type: string | null;
  object_id: string | null;
  instellingscode: string | null;
  gemeentecode: string | null;
  ip: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
