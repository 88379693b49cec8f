// Row type of the sessions table (migration 0001). Sessions are the request pipeline's, not a
// module's: the platform reads them on every request before any module runs.
import type { ColumnType, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type SessieFase = 'anoniem' | 'wachtwoord' | 'ingelogd';
export interface SessiesTable {
  id_hash: string;
  gebruiker_id: string | null;
  fase: SessieFase;
  csrf_token: string;
  instellingscode: string | null;
  gemeentecode: string | null;
  flash: string | null;
  aangemaakt_op: Timestamp;
  laatst_actief_op: Timestamp;
}
export type SessieRow = Selectable<SessiesTable>;

export interface SessieTables {
  sessies: SessiesTable;
}
