// Row types of the contactpersonen a school's administrator keeps (R-CON-1).
import type { ColumnType, Generated, Selectable } from 'kysely';

export interface ContactpersonenTable {
  id: Generated<string>;
  instellingscode: string;
  naam: string;
  /** Null when not filled in (optional, like telefoonnummer). */
  functie: string | null;
  /** Null when not filled in: optional, as on the melding form (manual §4.1). */
  telefoonnummer: string | null;
  email: string;
  aangemaakt_op: ColumnType<Date, Date | undefined, never>;
  gewijzigd_op: ColumnType<Date, Date | undefined, Date>;
}

export type ContactpersoonRow = Selectable<ContactpersonenTable>;

export interface ContactpersoonTables {
  contactpersonen: ContactpersonenTable;
}
