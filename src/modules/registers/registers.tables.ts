// Row types of the registries the service consults (docs/functioneel.md §3; migrations 0001 and 0002).
// Dates are ISO strings ('2026-09-01'); `vervallen_op` is set by the import when a row is no
// longer in the register (null = current).
import type { ColumnType, Generated } from 'kysely';

export interface RmcRegiosTable {
  code: string;
  naam: string;
  contactgemeente_code: string | null;
  vervallen_op: string | null;
}
export interface GemeentenTable {
  gemeentecode: string;
  naam: string;
  provincie: string | null;
  email_meldingen: string | null;
  rmc_regio_code: string | null;
  vervallen_op: string | null;
}
export interface InstellingenTable {
  instellingscode: string;
  /** The name of its lowest-numbered vestiging. */
  naam: string;
  vervallen_op: string | null;
}
export interface VestigingenTable {
  instellingscode: string;
  vestigingscode: string;
  naam: string;
  plaats: string;
  gemeentecode: string;
  vervallen_op: string | null;
}
export interface OnderwijsaanbiedersTable {
  oac: string;
  instellingscode: string;
  naam: string;
  vervallen_op: string | null;
}
export interface OnderwijslocatiesTable {
  olc: string;
  instellingscode: string;
  /** Without a space: '1234AB'; show with formatPostcode. */
  postcode: string;
  huisnummer: number;
  vervallen_op: string | null;
}
export interface LeerlingenTable {
  pgn: string;
  voornamen: string;
  voorvoegsel: string | null;
  achternaam: string;
  geboortedatum: string;
  geslacht: 'M' | 'V';
  straat: string | null;
  huisnummer: number | null;
  postcode: string | null;
  plaats: string | null;
  woongemeente_code: string | null;
  woont_in_buitenland: boolean;
  land: string | null;
  startkwalificatie: boolean;
}
export interface InschrijvingenTable {
  pgn: string;
  instellingscode: string;
  vestigingscode: string;
  begindatum: string;
  /** Last day; null = current. */
  einddatum: string | null;
  hoofdinschrijving: boolean;
}

export const REGISTER_SOORTEN = ['gemeenten', 'rmc-regios', 'instellingen', 'rio-aanbieders', 'rio-locaties', 'leerlingen', 'inschrijvingen'] as const;
export type RegisterSoort = (typeof REGISTER_SOORTEN)[number];
export type ImportResultaat = 'bezig' | 'geladen' | 'afgekeurd' | 'mislukt';

/** A bad row as reported: the file's line (header = 1), the CSV column, a Dutch reason. */
export interface RowError {
  line: number;
  column: string;
  reason: string;
}

export interface RegisterImportsTable {
  id: Generated<string>;
  soort: RegisterSoort;
  bestandsnaam: string;
  sha256: string | null;
  bytes: string | null;
  peildatum: string;
  gestart_op: Date;
  beeindigd_op: Date | null;
  door_gebruiker_id: string | null;
  door_naam: string;
  resultaat: ImportResultaat;
  rijen: number | null;
  toegevoegd: number | null;
  gewijzigd: number | null;
  beeindigd: number | null;
  ongewijzigd: number | null;
  fouten: ColumnType<RowError[], string | undefined, string>;
  fouten_meer: Generated<number>;
}

export interface RegisterTables {
  rmc_regios: RmcRegiosTable;
  gemeenten: GemeentenTable;
  instellingen: InstellingenTable;
  vestigingen: VestigingenTable;
  onderwijsaanbieders: OnderwijsaanbiedersTable;
  onderwijslocaties: OnderwijslocatiesTable;
  leerlingen: LeerlingenTable;
  inschrijvingen: InschrijvingenTable;
  register_imports: RegisterImportsTable;
}
