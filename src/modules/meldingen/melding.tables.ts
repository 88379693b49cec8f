// Row types of the melding tables (migrations 0004, 0006).
import type { ColumnType, Generated } from 'kysely';
import type { Soort, Status } from './codes';
import type { MeldingInhoud } from './melding.types';

type Json<T> = ColumnType<T, string, string>;

export interface MeldingenTable {
  id: Generated<string>;
  nummer: string;
  versie: Generated<number>;
  status: Status;
  pgn: string;
  achternaam: string;
  instellingscode: string;
  gemeentecode: string;
  soort: Soort;
  begindatum: string;
  einddatum: string | null;
  prioriteit: Generated<boolean>;
  onderwijslocatie_naam: string | null;
  inhoud: Json<MeldingInhoud>;
  concept_id: string | null;
  aangemaakt_op: Date;
  aangemaakt_door: string | null;
  gewijzigd_op: Date;
  /** The behandelende gemeente had no email_meldingen when the melding was filed: no mail went to it (migration 0016). */
  zonder_ontvanger: Generated<boolean>;
}

export interface MeldingVersiesTable {
  melding_id: string;
  versie: number;
  status: Status;
  snapshot: Json<Record<string, unknown>>;
  soort_wijziging: string;
  op: Date;
  door_gebruiker_id: string | null;
  door_naam: string;
}

export interface ConceptenTable {
  id: Generated<string>;
  gebruiker_id: string;
  instellingscode: string;
  pgn: string;
  invoer: Json<Record<string, Record<string, string | string[]>>>;
  voltooid: ColumnType<string[], string[] | undefined, string[]>;
  kopie_van: string | null;
  /** Set for an edit of a filed melding (migration 0006): which melding, from which version. */
  melding_id: ColumnType<string | null, string | null | undefined, string | null>;
  basis_versie: ColumnType<number | null, number | null | undefined, number | null>;
  /** An edit's browser session: sessies.id_hash (migration 0014); null for a new melding. */
  sessie_id_hash: ColumnType<string | null, string | null | undefined, string | null>;
  aangemaakt_op: Date;
  gewijzigd_op: Date;
  verloopt_op: Date;
}

export interface MeldingTables {
  meldingen: MeldingenTable;
  melding_versies: MeldingVersiesTable;
  concepten: ConceptenTable;
}
