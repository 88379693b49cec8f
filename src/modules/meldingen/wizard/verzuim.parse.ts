// Step Verzuim (R-MEL-7 … R-MEL-13): the period, the kind by the pupil's age on its first day,
// the reason, whether the gemeente should act, where the pupil missed school (RIO and Beheer
// locaties) and the school's contact person. Decisions come from rules.ts; this file reads
// the form and names the fields. In edit mode (R-RAA-3) begindatum and soort are the
// melding's, whatever was posted, and an overlap is reported at the einddatum (the one date
// that can change).
import { z } from 'zod';
import { metRegels, type FormValues } from '../../../platform/http/form';
import { meldingInvoer as t, meldingRegels as r } from '../messages';
import { formatDutchDate, parseDutchDate } from '../../../platform/datum';
import { SOORTEN, STANDAARD_REDENEN, type Soort, type Verbijzondering } from '../codes';
import { isTelefoonnummer } from '../../beheer/face';
import { validateOnderwijslocatiecode } from '../../registers/face';
import type { VerzuimStap } from '../melding.types';
import { checkActieGewenst, checkPeriode, checkReden, checkSoort, checkVerbijzondering, leeftijdOp, overlapFout } from '../rules';
import { isEmail, jaNee, jaNeeWaarde, leesStap, tekst, tekstVeld, teLang } from './invoer';
import type { Parsed, StapActie, StapContext, WijzigContext, WizardFeiten } from './stap';
import type { FieldError } from '../../../platform/ui/error-summary';

export const TOELICHTING_MAX = 2000;
export const CONTACT_NAAM_MAX = 100;
export const FUNCTIE_MAX = 60;

export const verzuimVelden: readonly string[] = [
  'van', 'tm', 'soort', 'verbijzondering', 'reden', 'allesGemist', 'toelichting', 'actieGewenst', 'toelichtingActieGewenst',
  'prioriteit', 'oac', 'olc', 'locatie', 'contactKeuze', 'contactNaam', 'contactFunctie', 'contactTelefoon', 'contactEmail', 'kopie',
];

/** The typed date as ISO (null when empty), or `ongeldig` when it is no date. */
function datum(v: FormValues, field: string): { iso: string | null; ongeldig: boolean } {
  const s = tekst(v, field);
  const iso = s === '' ? null : parseDutchDate(s);
  return { iso, ongeldig: s !== '' && iso === null };
}

/** The typed onderwijslocatiecode: none, not of the form 999X999 (R-REG-2), unknown to RIO for the instelling, or RIO's location. */
export function olcUitkomst(feiten: WizardFeiten, code: string) {
  const c = code.trim().toUpperCase();
  if (c === '') return { soort: 'leeg' } as const;
  if (!validateOnderwijslocatiecode(c).ok) return { soort: 'formaat' } as const;
  const gevonden = feiten.onderwijslocaties.find((l) => l.code === c);
  return gevonden ? ({ soort: 'gevonden', locatie: gevonden } as const) : ({ soort: 'onbekend' } as const);
}

/** R-RAA-3: begindatum and soort of a filed melding cannot change; an edit's input always carries the melding's own. */
export function verzuimVast(v: FormValues, w: WijzigContext): FormValues {
  return { ...v, van: formatDutchDate(w.van), soort: w.soort };
}

function periodeFouten(v: FormValues, f: WizardFeiten, errors: FieldError[], w: WijzigContext | undefined): { van: string | null; tm: string | null } {
  const van = datum(v, 'van');
  const tm = datum(v, 'tm');
  if (van.ongeldig) errors.push({ field: 'van', text: r.vanOngeldig });
  if (tm.ongeldig) errors.push({ field: 'tm', text: r.tmOngeldig });
  const p = { van: van.iso, tm: tm.iso };
  // An unreadable van is not also "empty".
  const fouten = checkPeriode(p, f.vandaag).filter((e) => !(e.field === 'van' && van.ongeldig));
  errors.push(...fouten);
  if (p.van && fouten.length === 0 && !tm.ongeldig) {
    // R-MEL-8, decided in rules.ts overlapFout; the database checks it again on save.
    const overlap = overlapFout({ van: p.van, tm: p.tm }, f.andereMeldingen, w?.nummer);
    if (overlap) errors.push(overlap);
  }
  return p;
}

function soortFout(v: FormValues, f: WizardFeiten, van: string | null, errors: FieldError[], w: WijzigContext | undefined): Soort | null {
  // The soort of a filed melding was checked when it was filed and cannot change (R-RAA-3).
  if (w) return w.soort;
  const s = tekst(v, 'soort');
  if (s === '') {
    errors.push({ field: 'soort', text: r.soortLeeg });
    return null;
  }
  if (!(SOORTEN as readonly string[]).includes(s)) {
    errors.push({ field: 'soort', text: t.soortOnbekend });
    return null;
  }
  const soort = s as Soort;
  // R-MEL-9 by the age on the first day; without a valid van the van error comes first.
  if (van) {
    const fout = checkSoort({ soort, leeftijd: leeftijdOp(f.leerling.geboortedatum, van), startkwalificatie: f.leerling.startkwalificatie, eerdereV3: f.eerdereV3 });
    if (fout) errors.push({ field: 'soort', text: fout });
  }
  return soort;
}

function lengte(field: string, s: string, max: number, errors: FieldError[]): string {
  if (teLang(s, max)) errors.push({ field, text: t.tekstTeLang(max) });
  return s;
}

function contactFouten(v: FormValues, errors: FieldError[]): VerzuimStap['contactpersoon'] {
  const naam = tekst(v, 'contactNaam');
  const functie = tekst(v, 'contactFunctie');
  const telefoon = tekst(v, 'contactTelefoon');
  const email = tekst(v, 'contactEmail');
  if (!naam) errors.push({ field: 'contactNaam', text: t.contactNaamVerplicht });
  else if (teLang(naam, CONTACT_NAAM_MAX)) errors.push({ field: 'contactNaam', text: t.contactNaamTeLang(CONTACT_NAAM_MAX) });
  if (teLang(functie, FUNCTIE_MAX)) errors.push({ field: 'contactFunctie', text: t.functieTeLang(FUNCTIE_MAX) });
  if (telefoon && !isTelefoonnummer(telefoon)) errors.push({ field: 'contactTelefoon', text: t.telefoonOngeldig });
  if (!email) errors.push({ field: 'contactEmail', text: t.contactEmailVerplicht });
  else if (!isEmail(email)) errors.push({ field: 'contactEmail', text: t.emailOngeldig });
  const kopie = jaNee(v, 'kopie') ?? false;
  return { naam, functie, telefoon, email, kopie };
}

/** The step's input: every field one text (the form's, or a JSON body's of the same names). */
const verzuimInvoer = z.object(Object.fromEntries(verzuimVelden.map((k) => [k, tekstVeld])));

/** The step's schema, for the pupil's facts and today (`ctx.feiten`), in edit mode for the melding changed. */
export const verzuimSchema = (ctx: StapContext) => metRegels(verzuimInvoer, (v) => verzuimRegels(v, ctx));

export const parseVerzuim = (invoer: FormValues, ctx: StapContext): Parsed<VerzuimStap> =>
  leesStap(verzuimSchema(ctx), invoer, { tekstvakken: ['reden', 'toelichting', 'toelichtingActieGewenst'] });

function verzuimRegels(invoer: FormValues, { feiten: f, wijzigen: w }: StapContext): Parsed<VerzuimStap> {
  const v = w ? verzuimVast(invoer, w) : invoer;
  const errors: FieldError[] = [];
  const { van, tm } = periodeFouten(v, f, errors, w);
  const soort = soortFout(v, f, van, errors, w);
  const verbijzonderingTekst = tekst(v, 'verbijzondering') || null;
  const vbFout = checkVerbijzondering(soort, verbijzonderingTekst);
  if (vbFout) errors.push({ field: 'verbijzondering', text: vbFout });
  const reden = tekst(v, 'reden');
  const redenFout = checkReden(reden);
  if (redenFout) errors.push({ field: 'reden', text: redenFout });
  const allesGemist = jaNee(v, 'allesGemist') ?? false; // the manual: "staat standaard op nee"
  const toelichting = lengte('toelichting', tekst(v, 'toelichting'), TOELICHTING_MAX, errors);
  const actieGewenst = jaNee(v, 'actieGewenst');
  const toelichtingActieGewenst = lengte('toelichtingActieGewenst', tekst(v, 'toelichtingActieGewenst'), TOELICHTING_MAX, errors);
  const prioriteit = jaNee(v, 'prioriteit') ?? false; // "Standaard staat deze op 'Nee'"
  errors.push(...checkActieGewenst({ actieGewenst, toelichting: toelichtingActieGewenst, prioriteit }));
  const oac = tekst(v, 'oac');
  const aanbieder = oac ? (f.aanbieders.find((a) => a.code === oac) ?? null) : null;
  if (oac && !aanbieder) errors.push({ field: 'oac', text: t.aanbiederOnbekend });
  // A code typed is kept only when RIO knows it: never dropped silently (R-MEL-7).
  const olcCheck = olcUitkomst(f, tekst(v, 'olc'));
  if (olcCheck.soort === 'formaat') errors.push({ field: 'olc', text: t.olcFormaat });
  if (olcCheck.soort === 'onbekend') errors.push({ field: 'olc', text: t.olcOnbekend });
  const olc = olcCheck.soort === 'gevonden' ? olcCheck.locatie : null;
  const locatieId = tekst(v, 'locatie');
  const locatie = locatieId ? (f.locaties.find((l) => l.id === locatieId) ?? null) : null;
  if (locatieId && !locatie) errors.push({ field: 'locatie', text: t.locatieOnbekend });
  const contactpersoon = contactFouten(v, errors);

  if (errors.length > 0 || !van || !soort || actieGewenst === null) return { ok: false, errors };
  return {
    ok: true,
    data: {
      van,
      tm,
      soort,
      verbijzondering: verbijzonderingTekst as Verbijzondering | null,
      reden,
      allesGemist,
      toelichting,
      actieGewenst,
      toelichtingActieGewenst,
      // Only meaningful with actie gewenst = ja (R-MEL-13); checkActieGewenst refused the rest.
      prioriteit: actieGewenst && prioriteit,
      onderwijsaanbieder: aanbieder ? { code: aanbieder.code, naam: aanbieder.naam } : null,
      onderwijslocatie: olc ? { code: olc.code, postcode: olc.postcode, huisnummer: olc.huisnummer } : null,
      locatie: locatie ? { id: locatie.id, naam: locatie.naam } : null,
      contactpersoon,
    },
  };
}

export function verzuimNaarInvoer(d: VerzuimStap): FormValues {
  return {
    van: formatDutchDate(d.van),
    tm: d.tm ? formatDutchDate(d.tm) : '',
    soort: d.soort,
    verbijzondering: d.verbijzondering ?? '',
    reden: d.reden,
    allesGemist: jaNeeWaarde(d.allesGemist),
    toelichting: d.toelichting,
    actieGewenst: jaNeeWaarde(d.actieGewenst),
    toelichtingActieGewenst: d.toelichtingActieGewenst,
    prioriteit: jaNeeWaarde(d.prioriteit),
    oac: d.onderwijsaanbieder?.code ?? '',
    olc: d.onderwijslocatie?.code ?? '',
    locatie: d.locatie?.id ?? '',
    contactNaam: d.contactpersoon.naam,
    contactFunctie: d.contactpersoon.functie,
    contactTelefoon: d.contactpersoon.telefoon,
    contactEmail: d.contactpersoon.email,
    kopie: jaNeeWaarde(d.contactpersoon.kopie),
  };
}

export const verzuimBegin = (): FormValues => ({ allesGemist: 'nee', prioriteit: 'nee', kopie: 'nee' });

export const verzuimActies: Record<string, StapActie> = {
  /** One click fills a standard reason (no special personal data, R-MEL-7). */
  reden: (invoer, arg) => {
    const tekstKeuze = STANDAARD_REDENEN[Number(arg)];
    return { invoer: tekstKeuze ? { ...invoer, reden: tekstKeuze } : invoer };
  },
  /** "Overnemen": fills the contact fields from the chosen Beheer contactpersoon. */
  overnemen: (invoer, _arg, { feiten }) => {
    const c = feiten.contactpersonen.find((p) => p.id === tekst(invoer, 'contactKeuze'));
    if (!c) return { invoer, errors: [{ field: 'contactKeuze', text: t.contactpersoonOnbekend }] };
    return { invoer: { ...invoer, contactNaam: c.naam, contactFunctie: c.functie ?? '', contactTelefoon: c.telefoonnummer ?? '', contactEmail: c.email } };
  },
  /** "Toon keuzes" (without JavaScript): shows the soorten for the pupil's age on the typed van (R-MEL-9). */
  keuzes: (invoer) => ({ invoer }),
  /** "Controleren": shows what RIO knows of the typed onderwijslocatiecode. */
  'olc-controleren': (invoer) => ({ invoer }),
};
