// The shape of one wizard step ("a journey is data"): what it is called,
// where it lives, which fields it owns, how its raw input becomes typed data (or field
// errors), how typed data becomes input again (kopiëren), the buttons that change the form
// without leaving it, its view and its rows on the Overzicht. steps.ts lists them in order;
// handler.tsx is the one GET/POST handler that runs any of them, for a new melding and (in
// edit mode, `StapContext.wijzigen`) for a change to a filed one (R-RAA-3).
import type { ComponentChildren } from 'preact';
import type { FormValues } from '../../../platform/http/form';
import type { SummaryRow } from '../../../platform/ui/summary-list';
import type { Soort } from '../codes';
import type { ActiesStap, LeerlingStap, LesurenStap, VerzuimStap } from '../melding.types';
import type { AndereMelding } from '../rules';
import type { FieldError } from '../../../platform/ui/error-summary';

/** What each step produces when its input is valid; together they make a MeldingInhoud. */
export interface StapData {
  leerling: LeerlingStap;
  verzuim: VerzuimStap;
  lesuren: LesurenStap;
  acties: ActiesStap;
}
export type StapId = keyof StapData;

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/** The pupil as ROD knows them now (R-MEL-6): shown read-only, and the facts for R-MEL-9. */
export interface RodLeerling {
  pgn: string;
  voornamen: string;
  voorvoegsel: string;
  achternaam: string;
  geboortedatum: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
  woongemeenteCode: string | null;
  woongemeenteNaam: string;
  woontInBuitenland: boolean;
  startkwalificatie: boolean;
}

/** Everything outside the form a step's rules need, loaded once per request. */
export interface WizardFeiten {
  /** Today, a Dutch calendar day (ISO). */
  vandaag: string;
  instellingscode: string;
  leerling: RodLeerling;
  /** R-MEL-10: an earlier V3 melding of this pupil that is not Ingetrokken. */
  eerdereV3: boolean;
  /** R-MEL-8: the pupil's meldingen (rules.ts overlapFout decides which count); the number only when it is this instelling's. */
  andereMeldingen: readonly AndereMelding[];
  /** RIO, for this instelling (R-MEL-7). */
  aanbieders: readonly { code: string; naam: string }[];
  onderwijslocaties: readonly { code: string; postcode: string; huisnummer: string }[];
  /** Beheer locaties and contactpersonen of this instelling (their services' choice lists). */
  locaties: readonly { id: string; naam: string }[];
  contactpersonen: readonly { id: string; naam: string; functie: string | null; telefoonnummer: string | null; email: string }[];
}

/**
 * Edit mode (Wijzigen, R-RAA-3): the melding being changed, and what of it may NOT change.
 * The parsers put begindatum and soort back whatever was posted; the melding itself is no
 * "other melding" for the overlap rule (R-MEL-8).
 */
export interface WijzigContext {
  nummer: string;
  van: string;
  soort: Soort;
}

export interface StapContext {
  feiten: WizardFeiten;
  /** The typed data of the steps before this one (all valid: the handler sees to that). */
  eerder: Partial<StapData>;
  /** Set when the steps change a filed melding instead of making a new one. */
  wijzigen?: WijzigContext | undefined;
}

export interface StapViewProps {
  invoer: FormValues;
  errors: readonly FieldError[];
  ctx: StapContext;
}

/**
 * A button inside a step that changes the form without leaving it ("Contact toevoegen",
 * "Overnemen", "Verwijderen"): it gets the input and the button's argument (`name=actie
 * value="naam:arg"`) and returns the new input, or field errors for the same page.
 */
export type StapActie = (invoer: FormValues, arg: string, ctx: StapContext) => { invoer: FormValues; errors?: FieldError[] };

export interface Stap<K extends StapId> {
  id: K;
  /** The URL segment under /verzuim/opvoeren/<concept>/ (and /verzuim/meldingen/<nummer>/wijzigen/). */
  pad: string;
  /** The page's h1 after "Opvoeren verzuim - ". */
  titel: string;
  /** The section heading on the Overzicht. */
  sectie: string;
  /** The posted fields this step owns; the draft keeps exactly these, as typed. */
  velden: readonly (string | RegExp)[];
  /** Prefixes of repeated rows (`contact-0-naam`, `dag-2-datum`), renumbered 0… when stored. */
  rijen: readonly string[];
  parse(invoer: FormValues, ctx: StapContext): Parsed<StapData[K]>;
  /** The inverse of parse: input that parses to `data` (used by kopiëren, R-MEL-19). */
  naarInvoer(data: StapData[K]): FormValues;
  /** The input of a first visit, e.g. "Alle lessen gemist: nee", the first verzuimdag = van. */
  beginInvoer(ctx: StapContext): FormValues;
  acties: Readonly<Record<string, StapActie>>;
  /** Edit mode: the input with what may not change put back (R-RAA-3); what the draft then keeps. */
  vastInWijzigen?: (invoer: FormValues, w: WijzigContext) => FormValues;
  /** Shows the warning bar about Toelichting (R-UI-6). */
  privacy: boolean;
  View(props: StapViewProps): ComponentChildren;
  /** Its rows on the Overzicht (R-MEL-16). */
  samenvatting(data: StapData[K], alles: StapData, leerling: RodLeerling): SummaryRow[];
}

/** Any step of the table (the union keeps each step's own data type). */
export type AnyStap = { [K in StapId]: Stap<K> }[StapId];
