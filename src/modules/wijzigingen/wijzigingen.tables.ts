// Row types of the change feed (migration 0017). The rows are written by triggers only; this
// module reads and purges them.
import type { ColumnType, Generated } from 'kysely';

/** An xid8 as text: 64 bits do not fit a JS number, and the drivers hand the type over as text. */
type Xid8 = ColumnType<string, never, never>;

export interface WijzigingenTable {
  id: Generated<string>;
  xid: Xid8;
  soort_object: 'melding' | 'vrijstelling';
  melding_nummer: string | null;
  vrijstelling_id: string | null;
  soort_wijziging: string;
  versie: number;
  /** Who may see the change: the melding's (or vrijstelling's) gemeente, on routing the old one too. */
  gemeentecodes: string[];
  /** The melding's instelling; null for a vrijstelling. */
  instellingscode: string | null;
  op: Date;
}

/** One row: the position of the last purged feed row. */
export interface WijzigingenOpgeruimdTable {
  enkel: Generated<boolean>;
  xid: ColumnType<string, string, string>;
  id: ColumnType<string, string, string>;
}

export interface WijzigingTables {
  wijzigingen: WijzigingenTable;
  wijzigingen_opgeruimd: WijzigingenOpgeruimdTable;
}
