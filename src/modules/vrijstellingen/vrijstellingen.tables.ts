// Row types of the vrijstellingen tables (migration 0007).
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { VrijstellingSoort } from './rules';

export interface VrijstellingenTable {
  id: Generated<string>;
  pgn: string;
  /** The registering gemeente: the only one that may change or end it. */
  gemeentecode: string;
  soort: VrijstellingSoort;
  begindatum: string;
  /** Last exempt day; null = open-ended. */
  einddatum: string | null;
  versie: Generated<number>;
  aangemaakt_op: ColumnType<Date, Date, never>;
  aangemaakt_door: ColumnType<string | null, string | null, never>;
  aangemaakt_door_naam: ColumnType<string, string, never>;
  gewijzigd_op: Date;
  gewijzigd_door: string | null;
  gewijzigd_door_naam: string;
}

export type VrijstellingRij = Selectable<VrijstellingenTable>;

/** A pupil found by PGN under a random id, so URLs carry no PGN. */
export interface VrijstellingLeerlingkeuzesTable {
  id: string;
  gebruiker_id: string;
  gemeentecode: string;
  pgn: string;
  aangemaakt_op: Date;
  verloopt_op: Date;
}

export interface VrijstellingTables {
  vrijstellingen: VrijstellingenTable;
  vrijstelling_leerlingkeuzes: VrijstellingLeerlingkeuzesTable;
}
