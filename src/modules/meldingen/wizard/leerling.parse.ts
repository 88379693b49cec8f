// Step Leerling (R-MEL-6): how to reach the pupil or parent, up to 5 extra contacts, and an
// address that differs from ROD's (street and postcode, or a location and place name). All
// optional; what is given must be well-formed.
import type { FormValues } from '../../../platform/http/form';
import { meldingInvoer as t } from '../messages';
import { normalisePostcode } from '../../registers/face';
import { MAX_EXTRA_CONTACTEN } from '../codes';
import type { AfwijkendAdres, ExtraContact, LeerlingStap } from '../melding.types';
import type { RuleError } from '../rules';
import { isTelefoonnummer } from '../../beheer/face';
import { herschrijfRijen, isEmail, rijNummers, tekst, teLang } from './invoer';
import type { Parsed, StapActie } from './stap';

export const CONTACT = 'contact';
const NAAM_MAX = 100;
const KORT_MAX = 60;
const ADRES_MAX = 100;
const HUISNUMMER_MAX = 10;

export const leerlingVelden: readonly (string | RegExp)[] = [
  'telefoon',
  'email',
  /^contact-\d{1,3}-(naam|relatie|telefoon|email)$/,
  'adresKeuze',
  'adresStraat',
  'adresHuisnummer',
  'adresPostcode',
  'adresPlaats',
  'adresLocatie',
  'adresPlaatsnaam',
];

function telefoonFout(field: string, waarde: string): RuleError[] {
  return waarde !== '' && !isTelefoonnummer(waarde) ? [{ field, text: t.telefoonOngeldig }] : [];
}
function emailFout(field: string, waarde: string): RuleError[] {
  return waarde !== '' && !isEmail(waarde) ? [{ field, text: t.emailOngeldig }] : [];
}
function lengteFout(field: string, waarde: string, max: number): RuleError[] {
  return teLang(waarde, max) ? [{ field, text: t.tekstTeLang(max) }] : [];
}

function parseContacten(invoer: FormValues, errors: RuleError[]): ExtraContact[] {
  // Rows numbered 0… as the form shows them, so an error names the row on the page.
  const v = herschrijfRijen(invoer, CONTACT);
  const contacten: ExtraContact[] = [];
  for (let i = 0; i < rijNummers(v, CONTACT).length; i++) {
    const veld = (naam: string) => `${CONTACT}-${i}-${naam}`;
    const c = { naam: tekst(v, veld('naam')), relatie: tekst(v, veld('relatie')), telefoon: tekst(v, veld('telefoon')), email: tekst(v, veld('email')) };
    // A row left empty is no contact: adding a row and not using it is no mistake.
    if (!c.naam && !c.relatie && !c.telefoon && !c.email) continue;
    if (contacten.length >= MAX_EXTRA_CONTACTEN) errors.push({ field: veld('naam'), text: t.teveelContacten(MAX_EXTRA_CONTACTEN) });
    if (!c.naam) errors.push({ field: veld('naam'), text: t.contactNaamLeeg });
    errors.push(
      ...lengteFout(veld('naam'), c.naam, NAAM_MAX),
      ...lengteFout(veld('relatie'), c.relatie, KORT_MAX),
      ...telefoonFout(veld('telefoon'), c.telefoon),
      ...emailFout(veld('email'), c.email),
    );
    contacten.push(c);
  }
  return contacten;
}

function verplicht(v: FormValues, field: string, leeg: string, max: number, errors: RuleError[]): string {
  const waarde = tekst(v, field);
  if (!waarde) errors.push({ field, text: leeg });
  else errors.push(...lengteFout(field, waarde, max));
  return waarde;
}

function parseAdres(v: FormValues, errors: RuleError[]): AfwijkendAdres | null {
  const keuze = tekst(v, 'adresKeuze') || 'geen';
  if (keuze === 'geen') return null;
  if (keuze === 'straat') {
    const straat = verplicht(v, 'adresStraat', t.straatLeeg, ADRES_MAX, errors);
    const huisnummer = verplicht(v, 'adresHuisnummer', t.huisnummerLeeg, HUISNUMMER_MAX, errors);
    const pc = normalisePostcode(tekst(v, 'adresPostcode'));
    if (!pc.ok) errors.push({ field: 'adresPostcode', text: pc.message });
    const plaats = verplicht(v, 'adresPlaats', t.plaatsLeeg, ADRES_MAX, errors);
    return { soort: 'straat', straat, huisnummer, postcode: pc.ok ? pc.value : '', plaats };
  }
  if (keuze === 'locatie') {
    const locatie = verplicht(v, 'adresLocatie', t.locatieAdresLeeg, ADRES_MAX, errors);
    const plaatsnaam = verplicht(v, 'adresPlaatsnaam', t.plaatsnaamLeeg, ADRES_MAX, errors);
    return { soort: 'locatie', locatie, plaatsnaam };
  }
  errors.push({ field: 'adresKeuze', text: t.adresKeuzeOnbekend });
  return null;
}

export function parseLeerling(v: FormValues): Parsed<LeerlingStap> {
  const errors: RuleError[] = [];
  const telefoon = tekst(v, 'telefoon');
  const email = tekst(v, 'email');
  errors.push(...telefoonFout('telefoon', telefoon), ...emailFout('email', email));
  const extraContacten = parseContacten(v, errors);
  const afwijkendAdres = parseAdres(v, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, data: { telefoon, email, extraContacten, afwijkendAdres } };
}

export function leerlingNaarInvoer(d: LeerlingStap): FormValues {
  const v: FormValues = { telefoon: d.telefoon, email: d.email, adresKeuze: d.afwijkendAdres?.soort ?? 'geen' };
  d.extraContacten.forEach((c, i) => {
    v[`${CONTACT}-${i}-naam`] = c.naam;
    v[`${CONTACT}-${i}-relatie`] = c.relatie;
    v[`${CONTACT}-${i}-telefoon`] = c.telefoon;
    v[`${CONTACT}-${i}-email`] = c.email;
  });
  const a = d.afwijkendAdres;
  if (a?.soort === 'straat') Object.assign(v, { adresStraat: a.straat, adresHuisnummer: a.huisnummer, adresPostcode: a.postcode, adresPlaats: a.plaats });
  if (a?.soort === 'locatie') Object.assign(v, { adresLocatie: a.locatie, adresPlaatsnaam: a.plaatsnaam });
  return v;
}

export const leerlingBegin = (): FormValues => ({ adresKeuze: 'geen' });

/** "Contact toevoegen" and "Verwijderen" of a contact row: no JavaScript needed. */
export const leerlingActies: Record<string, StapActie> = {
  'contact-toevoegen': (invoer) => {
    const rijen = rijNummers(invoer, CONTACT).length;
    if (rijen >= MAX_EXTRA_CONTACTEN) return { invoer };
    return { invoer: { ...herschrijfRijen(invoer, CONTACT), [`${CONTACT}-${rijen}-naam`]: '' } };
  },
  'contact-verwijderen': (invoer, arg) => ({ invoer: herschrijfRijen(invoer, CONTACT, Number(arg)) }),
};
