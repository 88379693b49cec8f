// The gemeente's actions on a melding (R-GEM-3, R-GEM-4), pure: what each action's form must
// hold, and what each action changes in the melding. No database, no request: the service
// runs these under the row lock of nieuweVersie (meldingen/versie.ts).
import { z } from 'zod';
import { isTelefoonnummer } from '../beheer/face';
import { OVERDRACHT_PARTIJEN, REDENEN_AFGESLOTEN, TOELICHTINGEN_AFSLUITING, type OverdrachtPartij, type RedenAfgesloten, type ToelichtingAfsluiting, type GemeenteTerugkoppeling, type MeldingInhoud, type Actie, type HuidigeMelding, type Wijziging, isEmail, tekst, tekstVeld } from '../meldingen/face';
import { metRegels, parseForm, type FormValues } from '../../platform/http/form';
import { gemeenteFouten as f } from './messages';
import type { FieldError } from '../../platform/ui/error-summary';

export const CP_NAAM_MAX = 100;
export const CP_FUNCTIE_MAX = 60;
export const CP_EMAIL_MAX = 254;
export const TOELICHTING_MAX = 2000;
export const ANDERS_MAX = 100;

/** The gemeente's actions, each with the path segment of its page. */
export const GEMEENTE_ACTIES = {
  in_behandeling_nemen: 'in-behandeling-nemen',
  terugkoppelen: 'terugkoppelen',
  overdragen: 'overdragen',
  afsluiten: 'afsluiten',
  ter_kennisgeving_aannemen: 'ter-kennisgeving-aannemen',
  routeren: 'routeren',
} as const satisfies Partial<Record<Actie, string>>;
export type GemeenteActie = keyof typeof GEMEENTE_ACTIES;

export const isGemeenteActie = (a: string): a is GemeenteActie => Object.hasOwn(GEMEENTE_ACTIES, a);
/** The action whose page has this path segment, or undefined. */
export const actieVanPad = (pad: string): GemeenteActie | undefined =>
  (Object.keys(GEMEENTE_ACTIES) as GemeenteActie[]).find((a) => GEMEENTE_ACTIES[a] === pad);

/** What an action carries once its form is valid. */
export type ActieInvoer =
  | { actie: 'in_behandeling_nemen'; contactpersoon: { naam: string; functie: string; telefoon: string; email: string } }
  | { actie: 'terugkoppelen'; toelichting: string }
  | { actie: 'overdragen'; overgedragenAan: { partij: OverdrachtPartij; anders: string } }
  | { actie: 'afsluiten'; afsluiting: { reden: RedenAfgesloten; toelichting: ToelichtingAfsluiting | null } }
  | { actie: 'ter_kennisgeving_aannemen' }
  | { actie: 'routeren'; gemeentecode: string };

export type ParseUitkomst = { ok: true; invoer: ActieInvoer } | { ok: false; errors: FieldError[] };

/** The form's field names per action, in form order (for re-rendering and the error summary). */
export const ACTIE_VELDEN: Record<GemeenteActie, readonly string[]> = {
  in_behandeling_nemen: ['naam', 'functie', 'telefoon', 'email'],
  terugkoppelen: ['toelichting'],
  overdragen: ['partij', 'anders'],
  afsluiten: ['reden', 'toelichtingAfsluiting'],
  ter_kennisgeving_aannemen: [],
  routeren: ['gemeente'],
};

const een = <T extends string>(lijst: readonly T[], v: string): T | undefined => lijst.find((x) => x === v);
/** Spaces and control characters of a one-line field folded, as Beheer contactpersonen does. */
const regel = (v: FormValues, key: string) => tekst(v, key).replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ');

/** An action's input: its own fields (ACTIE_VELDEN), each one text; a field of another action is ignored. */
const actieInvoer = (actie: GemeenteActie) => z.object(Object.fromEntries(ACTIE_VELDEN[actie].map((k) => [k, tekstVeld])));

/**
 * An action's schema (R-GEM-3), for a form or a JSON body. Routeren is checked against the
 * register by the service (which gemeenten exist); here only that one was chosen.
 */
export const actieSchema = (actie: GemeenteActie) => metRegels(actieInvoer(actie), (v) => actieRegels(actie, v));

/**
 * Reads and checks an action's form (R-GEM-3) through its schema; a control character in one of
 * the action's own fields is refused at the field.
 * @example parseActie('terugkoppelen', { toelichting: '' }) // { ok: false, errors: [{ field: 'toelichting', … }] }
 */
export function parseActie(actie: GemeenteActie, v: FormValues): ParseUitkomst {
  // Only the action's own fields: a posted field of another action is ignored, not refused.
  const r = parseForm(actieSchema(actie), Object.fromEntries(ACTIE_VELDEN[actie].map((k) => [k, v[k]])), { tekstvakken: ['toelichting'] });
  return r.ok ? { ok: true, invoer: r.data } : { ok: false, errors: r.errors };
}

function actieRegels(actie: GemeenteActie, v: FormValues): { ok: true; data: ActieInvoer } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fout = (field: string, text: string) => errors.push({ field, text });
  const klaar = (invoer: ActieInvoer) => (errors.length > 0 ? { ok: false as const, errors } : { ok: true as const, data: invoer });
  switch (actie) {
    case 'in_behandeling_nemen': {
      const naam = regel(v, 'naam');
      const functie = regel(v, 'functie');
      const telefoon = regel(v, 'telefoon');
      const email = tekst(v, 'email');
      if (!naam) fout('naam', f.cpNaamLeeg);
      else if (naam.length > CP_NAAM_MAX) fout('naam', f.teLang(CP_NAAM_MAX));
      if (functie.length > CP_FUNCTIE_MAX) fout('functie', f.teLang(CP_FUNCTIE_MAX));
      if (telefoon && !isTelefoonnummer(telefoon)) fout('telefoon', f.telefoonOngeldig);
      if (!email) fout('email', f.cpEmailLeeg);
      else if (!isEmail(email)) fout('email', f.emailOngeldig);
      return klaar({ actie, contactpersoon: { naam, functie, telefoon, email } });
    }
    case 'terugkoppelen': {
      const toelichting = tekst(v, 'toelichting');
      if (!toelichting) fout('toelichting', f.toelichtingLeeg);
      else if (toelichting.length > TOELICHTING_MAX) fout('toelichting', f.teLang(TOELICHTING_MAX));
      return klaar({ actie, toelichting });
    }
    case 'overdragen': {
      const p = tekst(v, 'partij');
      const partij = een(OVERDRACHT_PARTIJEN, p);
      const anders = regel(v, 'anders');
      if (!p) fout('partij', f.partijLeeg);
      else if (!partij) fout('partij', f.keuzeOnbekend);
      if (partij === 'anders' && !anders) fout('anders', f.andersLeeg);
      else if (anders.length > ANDERS_MAX) fout('anders', f.teLang(ANDERS_MAX));
      // "Anders, nl." text only belongs with Anders; with CJG/JJI/JZ it is dropped.
      return klaar({ actie, overgedragenAan: { partij: partij ?? 'anders', anders: partij === 'anders' ? anders : '' } });
    }
    case 'afsluiten': {
      const r = tekst(v, 'reden');
      const reden = een(REDENEN_AFGESLOTEN, r);
      const t = tekst(v, 'toelichtingAfsluiting');
      const toelichting = t === '' ? null : (een(TOELICHTINGEN_AFSLUITING, t) ?? null);
      if (!r) fout('reden', f.redenLeeg);
      else if (!reden) fout('reden', f.keuzeOnbekend);
      if (t !== '' && toelichting === null) fout('toelichtingAfsluiting', f.keuzeOnbekend);
      return klaar({ actie, afsluiting: { reden: reden ?? 'terug_naar_school', toelichting } });
    }
    case 'ter_kennisgeving_aannemen':
      return klaar({ actie });
    case 'routeren': {
      const gemeentecode = tekst(v, 'gemeente');
      if (!gemeentecode) fout('gemeente', f.gemeenteLeeg);
      return klaar({ actie, gemeentecode });
    }
  }
}

/** The form values that show a melding's current terugkoppeling in an action's form. */
export function formulierWaarden(actie: GemeenteActie, inhoud: MeldingInhoud, voorstel: { naam: string; email: string }): FormValues {
  const g = inhoud.gemeente;
  switch (actie) {
    case 'in_behandeling_nemen': {
      const c = g?.contactpersoon;
      return c ? { naam: c.naam, functie: c.functie, telefoon: c.telefoon, email: c.email } : { naam: voorstel.naam, functie: '', telefoon: '', email: voorstel.email };
    }
    case 'terugkoppelen':
      return { toelichting: g?.toelichting ?? '' };
    case 'overdragen':
      return { partij: g?.overgedragenAan?.partij ?? '', anders: g?.overgedragenAan?.anders ?? '' };
    case 'afsluiten':
      return { reden: g?.afsluiting?.reden ?? '', toelichtingAfsluiting: g?.afsluiting?.toelichting ?? '' };
    default:
      return {};
  }
}

/**
 * R-GEM-4: the t/m a melding gets when it is closed without one — the closing day (the Dutch
 * today), but never before the begindatum (the database requires einddatum ≥ begindatum).
 * @example sluitDatum('2030-03-16', '2030-03-02') === '2030-03-16'
 * @example sluitDatum('2030-03-16', '2030-03-20') === '2030-03-20'
 */
export function sluitDatum(vandaag: string, begindatum: string): string {
  return vandaag < begindatum ? begindatum : vandaag;
}

const LEEG: GemeenteTerugkoppeling = { contactpersoon: null, toelichting: '', overgedragenAan: null, afsluiting: null };

/**
 * What the action changes (R-GEM-3, R-GEM-4, R-GEM-5), from the melding as it is under the lock.
 * Routeren hands the melding over as a new one: the new gemeente starts without the old one's
 * terugkoppeling (the versions keep it).
 */
export function wijzigingVoor(huidig: Pick<HuidigeMelding, 'inhoud' | 'einddatum' | 'begindatum'>, invoer: ActieInvoer, vandaag: string): Wijziging {
  const inhoud = huidig.inhoud;
  const g = inhoud.gemeente ?? LEEG;
  const met = (gemeente: GemeenteTerugkoppeling): MeldingInhoud => ({ ...inhoud, gemeente });
  switch (invoer.actie) {
    case 'in_behandeling_nemen':
      return { inhoud: met({ ...g, contactpersoon: invoer.contactpersoon }) };
    case 'terugkoppelen':
      return { inhoud: met({ ...g, toelichting: invoer.toelichting }) };
    case 'overdragen':
      return { inhoud: met({ ...g, overgedragenAan: invoer.overgedragenAan }) };
    case 'afsluiten':
    case 'ter_kennisgeving_aannemen': {
      const afsluiting = invoer.actie === 'afsluiten' ? invoer.afsluiting : g.afsluiting;
      if (huidig.einddatum !== null) return { inhoud: met({ ...g, afsluiting }) };
      const tm = sluitDatum(vandaag, huidig.begindatum);
      return { inhoud: { ...met({ ...g, afsluiting }), verzuim: { ...inhoud.verzuim, tm } }, einddatum: tm };
    }
    case 'routeren': {
      const { gemeente: _weg, ...rest } = inhoud;
      return { inhoud: rest, gemeentecode: invoer.gemeentecode };
    }
  }
}
