// The tables of koppelingen (migration 0018): registered API clients and the client assertion
// ids they have used. Named only inside this module.
import type { ColumnType, Generated } from 'kysely';

export const SOORTEN = ['gemeente', 'school'] as const;
export type KoppelingSoort = (typeof SOORTEN)[number];

/** A JSON Web Key Set as registered: the client's public keys. */
export interface Jwks {
  keys: Record<string, unknown>[];
}

export interface KoppelingenTable {
  id: Generated<string>;
  naam: string;
  soort: KoppelingSoort;
  codes: string[];
  scopes: string[];
  /** Written as JSON text (db/json.ts), read as the parsed set. */
  jwks: ColumnType<Jwks | null, string | null, string | null>;
  jwks_url: string | null;
  actief: Generated<boolean>;
  aangemaakt_op: ColumnType<Date, Date, never>;
  aangemaakt_door: ColumnType<string, string, never>;
  gewijzigd_op: Date;
}

export interface KoppelingAssertionsTable {
  koppeling_id: string;
  jti: string;
  verloopt_op: Date;
}

export interface KoppelingTables {
  koppelingen: KoppelingenTable;
  koppeling_assertions: KoppelingAssertionsTable;
}

export type KoppelingRow = {
  id: string;
  naam: string;
  soort: KoppelingSoort;
  codes: string[];
  scopes: string[];
  jwks: Jwks | null;
  jwks_url: string | null;
  actief: boolean;
  aangemaakt_op: Date;
  aangemaakt_door: string;
  gewijzigd_op: Date;
};
