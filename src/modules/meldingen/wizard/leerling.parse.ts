// Step Leerling (R-MEL-6): how to reach the pupil or parent, up to 5 extra contacts, and an
// address that differs from ROD's (street and postcode, or a location and place name). All
// optional; what is given must be well-formed.
import { z } from 'zod';
import { metRegels, type FormValues } from '../../../platform/http/form';
import { meldingInvoer as t } from '../messages';
import { normalisePostcode } from '../../registers/face';
import { MAX_EXTRA_CONTACTEN } from '../codes';
import type { AfwijkendAdres, ExtraContact, LeerlingStap } from '../melding.types';
import { isTelefoonnummer } from '../../beheer/face';
import { herschrijfRijen, isEmail, leesStap, rijenVeld, rijNummers, tekst, tekstVeld, teLang } from './invoer';
import type { Parsed, StapActie } from './stap';
import type { FieldError } from '../../../platform/ui/error-summary';

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

function telefoonFout(field: string, waarde: string): FieldError[] {
  return waarde !== '' && !isTelefoonnummer(waarde) ? [{ field, text: t.telefoonOngeldig }] : [];
}
function emailFout(field: string, waarde: string): FieldError[] {
  return waarde !== '' && !isEmail(waarde) ? [{ field, text: t.emailOngeldig }] : [];
}
function lengteFout(field: string, waarde: string, max: number): FieldError[] {
  return teLang(waarde, max) ? [{ field, text: t.tekstTeLang(max) }] : [];
}

/** A contact row as the schema reads it (`contact-N-naam` in a form, `contact: [{ naam }]` in JSON). */
const contactRij = { naam: tekstVeld, relatie: tekstVeld, telefoon: tekstVeld, email: tekstVeld };

function parseContacten(rijen: readonly ExtraContact[], errors: FieldError[]): ExtraContact[] {
  // Rows numbered 0… as the form shows them (metRijen), so an error names the row on the page.
  const contacten: ExtraContact[] = [];
  rijen.forEach((c, i) => {
    const veld = (naam: string) => `${CONTACT}-${i}-${naam}`;
    // A row left empty is no contact: adding a row and not using it is no mistake.
    if (!c.naam && !c.relatie && !c.telefoon && !c.email) return;
    if (contacten.length >= MAX_EXTRA_CONTACTEN) errors.push({ field: veld('naam'), text: t.teveelContacten(MAX_EXTRA_CONTACTEN) });
    if (!c.naam) errors.push({ field: veld('naam'), text: t.contactNaamLeeg });
    errors.push(
      ...lengteFout(veld('naam'), c.naam, NAAM_MAX),
      ...lengteFout(veld('relatie'), c.relatie, KORT_MAX),
      ...telefoonFout(veld('telefoon'), c.telefoon),
      ...emailFout(veld('email'), c.email),
    );
    contacten.push({ naam: c.naam, relatie: c.relatie, telefoon: c.telefoon, email: c.email });
  });
  return contacten;
}

function verplicht(v: FormValues, field: string, leeg: string, max: number, errors: FieldError[]): string {
  const waarde = tekst(v, field);
  if (!waarde) errors.push({ field, text: leeg });
  else errors.push(...lengteFout(field, waarde, max));
  return waarde;
}

function parseAdres(v: FormValues, errors: FieldError[]): AfwijkendAdres | null {
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

/** The step's input; the other fields of the address form are read by its choice. */
const leerlingInvoer = z.object({
  telefoon: tekstVeld,
  email: tekstVeld,
  [CONTACT]: rijenVeld(contactRij),
  adresKeuze: tekstVeld,
  adresStraat: tekstVeld,
  adresHuisnummer: tekstVeld,
  adresPostcode: tekstVeld,
  adresPlaats: tekstVeld,
  adresLocatie: tekstVeld,
  adresPlaatsnaam: tekstVeld,
});

function leerlingRegels({ [CONTACT]: rijen, ...v }: z.output<typeof leerlingInvoer>): Parsed<LeerlingStap> {
  const errors: FieldError[] = [];
  const telefoon = tekst(v, 'telefoon');
  const email = tekst(v, 'email');
  errors.push(...telefoonFout('telefoon', telefoon), ...emailFout('email', email));
  const extraContacten = parseContacten(rijen, errors);
  const afwijkendAdres = parseAdres(v, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, data: { telefoon, email, extraContacten, afwijkendAdres } };
}

/** The step's schema (a form, or a JSON body with `contact` as a list). */
export const leerlingSchema = metRegels(leerlingInvoer, leerlingRegels);

export const parseLeerling = (v: FormValues): Parsed<LeerlingStap> => leesStap(leerlingSchema, v, { rijen: [CONTACT] });

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
