// Row types of the onderwijslocaties a school's administrator keeps (R-LOC-1).
import type { ColumnType, Generated, Selectable } from 'kysely';

export interface LocatiesTable {
  id: Generated<string>;
  instellingscode: string;
  naam: string;
  aangemaakt_op: ColumnType<Date, Date | undefined, never>;
  gewijzigd_op: ColumnType<Date, Date | undefined, Date>;
}

export type LocatieRow = Selectable<LocatiesTable>;

export interface LocatieTables {
  locaties: LocatiesTable;
}
