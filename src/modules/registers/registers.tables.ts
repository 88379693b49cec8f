// Row types of the registries the service consults (SPEC §3).
export interface RmcRegiosTable {
  code: string;
  naam: string;
  contactgemeente_code: string | null;
}
export interface GemeentenTable {
  gemeentecode: string;
  naam: string;
  provincie: string | null;
  email_meldingen: string | null;
  rmc_regio_code: string | null;
}
export interface InstellingenTable {
  instellingscode: string;
  naam: string;
}

export interface RegisterTables {
  rmc_regios: RmcRegiosTable;
  gemeenten: GemeentenTable;
  instellingen: InstellingenTable;
}
