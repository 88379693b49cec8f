// What a melding holds (docs/functioneel.md §5): the wizard collects it step by step, the save service
// stores it as `inhoud` with every version, and history compares two of them field by field.
import type { OverdrachtPartij, RedenAfgesloten, RedenIntrekken, Soort, Status, ToelichtingAfsluiting, Verbijzondering } from './codes';
import type { Verzuimdag } from './rules';

/** The pupil as ROD knew them when the melding was filed (R-MEL-6): kept with the melding. */
export interface LeerlingSnapshot {
  pgn: string;
  voornamen: string;
  voorvoegsel: string;
  achternaam: string;
  geboortedatum: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
  woongemeenteCode: string;
  woongemeenteNaam: string;
}

export interface ExtraContact {
  naam: string;
  relatie: string;
  telefoon: string;
  email: string;
}

export type AfwijkendAdres =
  | { soort: 'straat'; straat: string; huisnummer: string; postcode: string; plaats: string }
  | { soort: 'locatie'; locatie: string; plaatsnaam: string };

/** Step Leerling (R-MEL-6). */
export interface LeerlingStap {
  telefoon: string;
  email: string;
  extraContacten: ExtraContact[];
  afwijkendAdres: AfwijkendAdres | null;
}

/** Step Verzuim (R-MEL-7 … R-MEL-13). */
export interface VerzuimStap {
  van: string;
  tm: string | null;
  soort: Soort;
  verbijzondering: Verbijzondering | null;
  reden: string;
  allesGemist: boolean;
  toelichting: string;
  actieGewenst: boolean;
  toelichtingActieGewenst: string;
  prioriteit: boolean;
  /** RIO onderwijsaanbieder, with its name as shown when chosen. */
  onderwijsaanbieder: { code: string; naam: string } | null;
  /** RIO onderwijslocatie when RIO knows the code; an unknown code ("Onderwijslocatie onbekend") is not stored. */
  onderwijslocatie: { code: string; postcode: string; huisnummer: string } | null;
  /** From Beheer locaties; the name is copied so a later rename or delete changes nothing here (R-LOC-2). */
  locatie: { id: string; naam: string } | null;
  contactpersoon: { naam: string; functie: string; telefoon: string; email: string; kopie: boolean };
}

/** Step Lesuren (R-MEL-14). Empty `dagen` with allesGemist = nee means "Niet van toepassing". */
export interface LesurenStap {
  dagen: Verzuimdag[];
}

/** Step Actie school (R-MEL-15). */
export interface ActiesStap {
  acties: string[];
  toelichting: string;
}

/** The gemeente's terugkoppeling the school reads (R-RAA-2, R-GEM-3). */
export interface GemeenteTerugkoppeling {
  /** The gemeentelijke contactpersoon, set by In behandeling nemen. */
  contactpersoon: { naam: string; functie: string; telefoon: string; email: string } | null;
  toelichting: string;
  overgedragenAan: { partij: OverdrachtPartij; anders: string } | null;
  afsluiting: { reden: RedenAfgesloten; toelichting: ToelichtingAfsluiting | null } | null;
}

/** Why a melding was withdrawn (R-INT-1; 'vrijstelling' only by the check of R-VRIJ-3). */
export interface Intrekking {
  reden: RedenIntrekken;
  toelichting: string;
}

export interface MeldingInhoud {
  leerling: LeerlingSnapshot;
  leerlingStap: LeerlingStap;
  verzuim: VerzuimStap;
  lesuren: LesurenStap;
  acties: ActiesStap;
  /** Absent until the gemeente first acts on the melding. */
  gemeente?: GemeenteTerugkoppeling;
  /** Present once the melding is Ingetrokken. */
  intrekking?: Intrekking;
  /** Set when a vrijstelling ended the melding early (R-VRIJ-2, R-VRIJ-3): which one, and the t/m before. */
  vrijstelling?: { vrijstellingId: string; oorspronkelijkeTm: string | null };
}

/** A melding as the pages show it. */
export interface Melding {
  id: string;
  nummer: string;
  versie: number;
  status: Status;
  instellingscode: string;
  gemeentecode: string;
  aangemaaktOp: Date;
  inhoud: MeldingInhoud;
}
