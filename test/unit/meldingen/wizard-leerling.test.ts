import { describe, expect, it } from 'vitest';
import { leerlingActies, leerlingNaarInvoer, parseLeerling } from '../../../src/modules/meldingen/wizard/leerling.parse';
import type { FormValues } from '../../../src/platform/http/form';
import { feiten } from './wizard-feiten';

const ctx = { feiten: feiten(), eerder: {} };
const fields = (r: ReturnType<typeof parseLeerling>) => (r.ok ? [] : r.errors.map((e) => e.field));

describe('Leerling step (R-MEL-6)', () => {
  it('R-MEL-6 everything is optional: an empty form is a valid step', () => {
    expect(parseLeerling({})).toEqual({ ok: true, data: { telefoon: '', email: '', extraContacten: [], afwijkendAdres: null } });
  });

  it.each([
    ['telefoon', '12345'],
    ['telefoon', '020-ABC-4567'],
    ['email', 'geen-adres'],
    ['email', 'a@b'],
  ])('R-MEL-6 a malformed %s (%s) is refused at the field', (field, value) => {
    expect(fields(parseLeerling({ [field]: value }))).toEqual([field]);
  });

  it('R-MEL-6 extra contacts: empty rows are dropped, a filled row needs a name, formats are checked per row', () => {
    const r = parseLeerling({
      'contact-0-naam': 'Oma',
      'contact-0-relatie': 'grootmoeder',
      'contact-1-naam': '',
      'contact-2-naam': '',
      'contact-2-telefoon': '06 1234 5678',
      'contact-3-naam': 'Buurman',
      'contact-3-email': 'fout',
    });
    // Rows are numbered as the form shows them: 0, 1, 2, 3.
    expect(fields(r)).toEqual(['contact-2-naam', 'contact-3-email']);
    const ok = parseLeerling({ 'contact-0-naam': 'Oma', 'contact-0-telefoon': '06 1234 5678', 'contact-4-naam': 'Opa' });
    expect(ok.ok && ok.data.extraContacten.map((c) => c.naam)).toEqual(['Oma', 'Opa']);
  });

  it('R-MEL-6 at most 5 extra contacts', () => {
    const six: FormValues = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`contact-${i}-naam`, `Contact ${i}`]));
    expect(fields(parseLeerling(six))).toEqual(['contact-5-naam']);
    const five: FormValues = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`contact-${i}-naam`, `Contact ${i}`]));
    expect(parseLeerling(five).ok).toBe(true);
  });

  it('R-MEL-6 "Contact toevoegen" adds one empty row up to 5; "Verwijderen" removes one and renumbers', () => {
    let v: FormValues = {};
    for (let i = 0; i < 7; i++) v = leerlingActies['contact-toevoegen']!(v, '', ctx).invoer;
    expect(Object.keys(v).filter((k) => k.endsWith('-naam'))).toHaveLength(5);
    v = { 'contact-0-naam': 'A', 'contact-1-naam': 'B', 'contact-2-naam': 'C' };
    expect(leerlingActies['contact-verwijderen']!(v, '1', ctx).invoer).toEqual({ 'contact-0-naam': 'A', 'contact-1-naam': 'C' });
  });

  it('R-MEL-6 afwijkend adres as street + house number + postcode + plaats: all four required, postcode checked (R-REG-2)', () => {
    expect(fields(parseLeerling({ adresKeuze: 'straat' }))).toEqual(['adresStraat', 'adresHuisnummer', 'adresPostcode', 'adresPlaats']);
    expect(fields(parseLeerling({ adresKeuze: 'straat', adresStraat: 'Kade', adresHuisnummer: '3', adresPostcode: '1234 SA', adresPlaats: 'Urk' }))).toEqual(['adresPostcode']);
    const ok = parseLeerling({ adresKeuze: 'straat', adresStraat: 'Kade', adresHuisnummer: '3', adresPostcode: '1234 ab', adresPlaats: 'Urk' });
    expect(ok.ok && ok.data.afwijkendAdres).toEqual({ soort: 'straat', straat: 'Kade', huisnummer: '3', postcode: '1234AB', plaats: 'Urk' });
  });

  it('R-MEL-6 afwijkend adres as locatie + plaatsnaam: both required; the other form\'s fields are ignored', () => {
    expect(fields(parseLeerling({ adresKeuze: 'locatie', adresStraat: 'genegeerd' }))).toEqual(['adresLocatie', 'adresPlaatsnaam']);
    const ok = parseLeerling({ adresKeuze: 'locatie', adresLocatie: 'Woonwagenkamp', adresPlaatsnaam: 'Urk', adresPostcode: 'x' });
    expect(ok.ok && ok.data.afwijkendAdres).toEqual({ soort: 'locatie', locatie: 'Woonwagenkamp', plaatsnaam: 'Urk' });
    expect(fields(parseLeerling({ adresKeuze: 'maan' }))).toEqual(['adresKeuze']);
  });

  it('R-MEL-19 naarInvoer is the inverse of parse', () => {
    const input = { telefoon: '020 123 45 67', email: 'ouder@example.nl', 'contact-0-naam': 'Oma', 'contact-0-relatie': 'oma', 'contact-0-telefoon': '', 'contact-0-email': '', adresKeuze: 'locatie', adresLocatie: 'Boot', adresPlaatsnaam: 'Urk' };
    const r = parseLeerling(input);
    if (!r.ok) throw new Error('parse failed');
    expect(parseLeerling(leerlingNaarInvoer(r.data))).toEqual(r);
  });
});
