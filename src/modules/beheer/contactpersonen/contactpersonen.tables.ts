// Row types of the contactpersonen a school's administrator keeps (R-CON-1).
import type { ColumnType, Generated, Selectable } from 'kysely';

export interface ContactpersonenTable {
  id: Generated<string>;
  instellingscode: string;
  naam: string;
  /** Null when not filled in: the function is the one optional field. */
  functie: string | null;
  telefoonnummer: string;
  email: string;
  aangemaakt_op: ColumnType<Date, Date | undefined, never>;
  gewijzigd_op: ColumnType<Date, Date | undefined, Date>;
}

export type ContactpersoonRow = Selectable<ContactpersonenTable>;

export interface ContactpersoonTables {
  contactpersonen: ContactpersonenTable;
}
