// Row types of the auth tables (see migration 0001).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

import type { Rol } from '../../platform/permissions';

// Roles are the platform's vocabulary (the request guard decides by them); auth stores them.
export { ROLLEN, type Rol } from '../../platform/permissions';

export interface GebruikersTable {
  id: Generated<string>;
  gebruikersnaam: string;
  weergavenaam: string;
  email: string | null;
  wachtwoord_hash: string;
  totp_geheim: string | null;
  totp_actief: Generated<boolean>;
  totp_laatste_stap: string | null;
  geblokkeerd: Generated<boolean>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}
export type GebruikerRow = Selectable<GebruikersTable>;
export type NewGebruiker = Insertable<GebruikersTable>;

export interface GebruikerRollenTable {
  id: Generated<string>;
  gebruiker_id: string;
  rol: Rol;
  instellingscode: string | null;
  gemeentecode: string | null;
}
export type GebruikerRolRow = Selectable<GebruikerRollenTable>;


export interface LoginPogingenTable {
  id: Generated<string>;
  gebruikersnaam: string | null;
  ip: string;
  op: Timestamp;
  geslaagd: boolean;
  /** SHA-256 of the device token, when the attempt came from a browser trusted for that account. */
  apparaat: string | null;
}

export interface VertrouwdeApparatenTable {
  token_hash: string;
  gebruiker_id: string;
  aangemaakt_op: Timestamp;
  laatst_gebruikt_op: Timestamp;
}

export interface AuthTables {
  gebruikers: GebruikersTable;
  gebruiker_rollen: GebruikerRollenTable;
  login_pogingen: LoginPogingenTable;
  vertrouwde_apparaten: VertrouwdeApparatenTable;
}
