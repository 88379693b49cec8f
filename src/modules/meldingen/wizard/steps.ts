// The melding wizard as data (docs/functioneel.md §5): the steps in order, each with its
// URL, title, fields, parser, view and Overzicht rows. Leerling zoeken comes before (it makes
// the draft), the Overzicht and Opslaan after; handler.tsx runs whatever this table says.
import { meldingScherm as s } from '../messages';
import type { FormValues } from '../../../platform/http/form';
import { actiesNaarInvoer, actiesVelden, parseActies } from './acties.parse';
import { alleenVelden, herschrijfRijen } from './invoer';
import { CONTACT, leerlingActies, leerlingBegin, leerlingNaarInvoer, leerlingVelden, parseLeerling } from './leerling.parse';
import { DAG, lesurenActies, lesurenBegin, lesurenNaarInvoer, lesurenVelden, parseLesuren } from './lesuren.parse';
import type { AnyStap, Parsed, Stap, StapContext, StapData, StapId, WijzigContext, WizardFeiten } from './stap';
import { parseVerzuim, verzuimActies, verzuimBegin, verzuimNaarInvoer, verzuimVast, verzuimVelden } from './verzuim.parse';
import { ActiesView } from './views/acties';
import { LeerlingView } from './views/leerling';
import { LesurenView } from './views/lesuren';
import { actiesRijen, leerlingRijen, lesurenRijen, verzuimRijen } from './views/samenvatting';
import { VerzuimView } from './views/verzuim';

const leerling: Stap<'leerling'> = {
  id: 'leerling',
  pad: 'leerling',
  titel: s.leerlingTitel,
  sectie: s.sectieLeerling,
  velden: leerlingVelden,
  rijen: [CONTACT],
  parse: parseLeerling,
  naarInvoer: leerlingNaarInvoer,
  beginInvoer: leerlingBegin,
  acties: leerlingActies,
  privacy: true,
  View: LeerlingView,
  samenvatting: (d, _alles, l) => leerlingRijen(d, l),
};

const verzuim: Stap<'verzuim'> = {
  id: 'verzuim',
  pad: 'verzuim',
  titel: s.verzuimTitel,
  sectie: s.sectieVerzuim,
  velden: verzuimVelden,
  rijen: [],
  parse: parseVerzuim,
  naarInvoer: verzuimNaarInvoer,
  beginInvoer: verzuimBegin,
  acties: verzuimActies,
  vastInWijzigen: verzuimVast,
  privacy: true,
  View: VerzuimView,
  samenvatting: (d) => verzuimRijen(d),
};

const lesuren: Stap<'lesuren'> = {
  id: 'lesuren',
  pad: 'lesuren',
  titel: s.lesurenTitel,
  sectie: s.sectieLesuren,
  velden: lesurenVelden,
  rijen: [DAG],
  parse: parseLesuren,
  naarInvoer: lesurenNaarInvoer,
  beginInvoer: lesurenBegin,
  acties: lesurenActies,
  privacy: true,
  View: LesurenView,
  samenvatting: (d, alles) => lesurenRijen(d, alles.verzuim.allesGemist),
};

const acties: Stap<'acties'> = {
  id: 'acties',
  pad: 'actie-school',
  titel: s.actiesTitel,
  sectie: s.sectieActies,
  velden: actiesVelden,
  rijen: [],
  parse: parseActies,
  naarInvoer: actiesNaarInvoer,
  beginInvoer: () => ({}),
  acties: {},
  privacy: true,
  View: ActiesView,
  samenvatting: (d) => actiesRijen(d),
};

/** The steps, in order. */
export const STAPPEN: readonly AnyStap[] = [leerling, verzuim, lesuren, acties];

/** The Overzicht's URL segment: after the last step. */
export const OVERZICHT = 'overzicht';

export const stapMetPad = (pad: string): AnyStap | undefined => STAPPEN.find((st) => st.pad === pad);
export const stapIndex = (id: StapId): number => STAPPEN.findIndex((st) => st.id === id);

/** The raw input of all steps, as the draft keeps it (concepten.invoer). */
export type ConceptInvoer = Partial<Record<StapId, FormValues>>;

/** A step's input as the draft holds it, or its first-visit input. */
export function invoerVan(stap: AnyStap, invoer: ConceptInvoer, ctx: StapContext): FormValues {
  return invoer[stap.id] ?? stap.beginInvoer(ctx);
}

/** A post reduced to the step's fields, its rows numbered 0…: what the draft stores. */
export function bewaarbaar(stap: AnyStap, post: FormValues): FormValues {
  return stap.rijen.reduce<FormValues>((v, prefix) => herschrijfRijen(v, prefix), alleenVelden(post, stap.velden));
}

function parseStap(stap: AnyStap, v: FormValues, ctx: StapContext): Parsed<StapData[StapId]> {
  return stap.parse(v, ctx);
}

export interface Doorloop {
  /** The typed data of every step that parsed, in order, up to the first that did not. */
  data: Partial<StapData>;
  /** The first step that is not complete (never passed with Verder, or its input fails now). */
  eersteOnvolledig: { stap: AnyStap; errors: readonly { field: string; text: string }[] } | null;
}

/**
 * Parses the steps in order from the draft's input, each with the data of those before it,
 * and stops at the first incomplete one. A step is complete when it was passed with Verder
 * (`voltooid`) and its input still parses against today's facts: a later change (another
 * period, a melding filed meanwhile) can make it incomplete again.
 */
export function doorloop(invoer: ConceptInvoer, voltooid: readonly string[], feiten: WizardFeiten, wijzigen?: WijzigContext): Doorloop {
  const data: Partial<StapData> = {};
  for (const stap of STAPPEN) {
    const ctx: StapContext = { feiten, eerder: { ...data }, wijzigen };
    const result = parseStap(stap, invoerVan(stap, invoer, ctx), ctx);
    if (!result.ok) return { data, eersteOnvolledig: { stap, errors: voltooid.includes(stap.id) ? result.errors : [] } };
    if (!voltooid.includes(stap.id)) return { data, eersteOnvolledig: { stap, errors: [] } };
    (data as Record<StapId, unknown>)[stap.id] = result.data;
  }
  return { data, eersteOnvolledig: null };
}

/** All four steps' data: a complete melding's content (R-MEL-16). */
export function isCompleet(data: Partial<StapData>): data is StapData {
  return STAPPEN.every((st) => data[st.id] !== undefined);
}

/** The ids of all steps: an edit starts complete, from a filed melding. */
export const ALLE_STAPPEN: readonly StapId[] = STAPPEN.map((st) => st.id);

/** The input that reproduces `data`, per step (kopiëren R-MEL-19, and the start of an edit R-RAA-3). */
export function naarConceptInvoer(data: StapData): ConceptInvoer {
  return {
    leerling: leerling.naarInvoer(data.leerling),
    verzuim: verzuim.naarInvoer(data.verzuim),
    lesuren: lesuren.naarInvoer(data.lesuren),
    acties: acties.naarInvoer(data.acties),
  };
}
