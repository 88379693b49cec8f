import { describe, expect, it } from 'vitest';
import { STANDAARD_REDENEN } from '../../../src/modules/meldingen/codes';
import type { WizardFeiten } from '../../../src/modules/meldingen/wizard/stap';
import { parseVerzuim, verzuimActies, verzuimNaarInvoer } from '../../../src/modules/meldingen/wizard/verzuim.parse';
import type { FormValues } from '../../../src/platform/http/form';
import { feiten, geldigVerzuim } from './wizard-feiten';

const parse = (over: FormValues, f: WizardFeiten = feiten()) => parseVerzuim({ ...geldigVerzuim, ...over }, { feiten: f, eerder: {} });
const errors = (over: FormValues, f?: WizardFeiten) => {
  const r = parse(over, f);
  return r.ok ? [] : r.errors;
};
const fields = (over: FormValues, f?: WizardFeiten) => errors(over, f).map((e) => e.field);

describe('Verzuim step: the period (R-MEL-7, R-MEL-8)', () => {
  it('R-MEL-7 a valid step parses to typed data with ISO dates', () => {
    const r = parse({});
    expect(r.ok && r.data).toMatchObject({ van: '2026-09-01', tm: '2026-09-10', soort: 'V3', actieGewenst: true, prioriteit: false, contactpersoon: { naam: 'Piet Jansen', kopie: false } });
  });

  it.each([
    ['', 'van', 'Vul de begindatum van de verzuimperiode in'],
    ['31-09-2026', 'van', 'Vul de begindatum in als DD-MM-JJJJ'],
    ['2026-09-01', 'van', 'Vul de begindatum in als DD-MM-JJJJ'],
    ['02-10-2026', 'van', 'mag niet in de toekomst liggen'],
  ])('R-MEL-7 van %j is refused at van', (van, field, text) => {
    const e = errors({ van, tm: '', soort: 'O' });
    expect(e.map((x) => x.field)).toEqual([field]);
    expect(e[0]!.text).toContain(text);
  });

  it.each([
    ['1-9-2026', '2026-09-01'],
    ['01092026', '2026-09-01'],
    [' 01-10-2026 ', '2026-10-01'],
  ])('R-UI-5 van typed as %j is %s', (van, iso) => {
    const r = parse({ van, tm: '', soort: 'O' });
    expect(r.ok && r.data.van).toBe(iso);
  });

  it('R-MEL-7 t/m may stay empty (still going on), must be a date, and not before van', () => {
    const open = parse({ tm: '' });
    expect(open.ok && open.data.tm).toBeNull();
    expect(fields({ tm: '32-09-2026' })).toEqual(['tm']);
    expect(fields({ tm: '31-08-2026' })).toEqual(['tm']);
    expect(parse({ tm: '01-09-2026' }).ok).toBe(true);
  });

  it('R-MEL-8 a period overlapping another melding (even one day, open end = forever) is refused at van, naming it', () => {
    const e = errors({ van: '30-06-2026', tm: '' });
    expect(e.map((x) => x.field)).toEqual(['van']);
    expect(e[0]!.text).toContain('valt samen met een andere melding voor deze leerling (melding 2026-0000001)');
    expect(fields({ van: '01-05-2026', tm: '01-06-2026' })).toEqual(['van']);
    expect(fields({ van: '01-05-2026', tm: '' })).toEqual(['van']);
    expect(parse({ van: '01-07-2026', tm: '' }).ok).toBe(true);
    expect(parse({ van: '01-05-2026', tm: '31-05-2026' }).ok).toBe(true);
  });

  it("R-MEL-8 another institution's melding is not named", () => {
    const f = feiten({ andereMeldingen: [{ nummer: null, status: 'R', periode: { van: '2026-09-05', tm: null } }] });
    const e = errors({}, f);
    expect(e).toHaveLength(1);
    expect(e[0]!.text).not.toContain('melding 20');
    expect(e[0]!.text).toContain('samenvalt');
  });
});

describe('Verzuim step: the kind by age on the first day (R-MEL-9, R-MEL-10)', () => {
  // Born 2008-09-15: 17 until 2026-09-14, 18 from 2026-09-15.
  it.each([
    ['V3', '14-09-2026', true],
    ['V3', '15-09-2026', false],
    ['V4', '14-09-2026', false],
    ['V4', '15-09-2026', true],
    ['RMC', '15-09-2026', true],
    ['O', '14-09-2026', true],
    ['L', '15-09-2026', true],
  ])('R-MEL-9 %s with van %s: %s', (soort, van, ok) => {
    const e = errors({ soort, van, tm: '' });
    expect(e.length === 0).toBe(ok);
    if (!ok) expect(e.map((x) => x.field)).toEqual(['soort']);
    if (!ok) expect(e[0]!.text).toMatch(/kan niet gekozen worden voor een leerling van 1[78] jaar/);
  });

  it('R-MEL-9 RMC verzuim 18+ is refused with a startkwalificatie, and at 23', () => {
    const base = feiten();
    const metSk = feiten({ leerling: { ...base.leerling, startkwalificatie: true } });
    expect(errors({ soort: 'RMC', van: '15-09-2026', tm: '' }, metSk)[0]!.text).toContain('RMC verzuim 18+ is alleen');
    const oud = feiten({ leerling: { ...base.leerling, geboortedatum: '2003-09-01' } });
    expect(errors({ soort: 'RMC', van: '01-09-2026', tm: '' }, oud)[0]!.text).toContain('RMC verzuim 18+ is alleen');
    const jong = feiten({ leerling: { ...base.leerling, geboortedatum: '2003-09-02' } });
    expect(parse({ soort: 'RMC', van: '01-09-2026', tm: '' }, jong).ok).toBe(true);
  });

  it('R-MEL-10 LRV needs an earlier V3 melding', () => {
    expect(errors({ soort: 'LRV' })[0]!.text).toContain('Langdurig relatief verzuim 18- kan alleen');
    expect(parse({ soort: 'LRV' }, feiten({ eerdereV3: true })).ok).toBe(true);
  });

  it('R-MEL-9 no kind, or an unknown code, is refused at soort; with an invalid van only van is reported', () => {
    expect(fields({ soort: '' })).toEqual(['soort']);
    expect(fields({ soort: 'X' })).toEqual(['soort']);
    expect(fields({ soort: 'V4', van: 'gisteren' })).toEqual(['van']);
  });
});

describe('Verzuim step: required-if rules (R-MEL-11 … R-MEL-13)', () => {
  it.each([
    ['O', 'vermoedelijk_ongeoorloofd', []],
    ['O', 'mogelijk_langdurig_ziek', []],
    ['O', 'iets_anders', ['verbijzondering']],
    ['V3', 'vermoedelijk_ongeoorloofd', ['verbijzondering']],
    ['L', 'mogelijk_langdurig_ziek', ['verbijzondering']],
    ['V3', '', []],
  ])('R-MEL-11 soort %s with verbijzondering %j → errors at %j', (soort, verbijzondering, expected) => {
    expect(fields({ soort, verbijzondering })).toEqual(expected);
  });

  it('R-MEL-7 vermoedelijke reden is required, at most 200 characters', () => {
    expect(fields({ reden: '  ' })).toEqual(['reden']);
    expect(fields({ reden: 'x'.repeat(201) })).toEqual(['reden']);
    expect(parse({ reden: 'x'.repeat(200) }).ok).toBe(true);
  });

  // Every combination of actie gewenst × toelichting × prioriteit.
  it.each([
    ['ja', '', 'nee', []],
    ['ja', '', 'ja', []],
    ['ja', 'graag snel', 'ja', []],
    ['nee', 'loopt al via zorgteam', 'nee', []],
    ['nee', '', 'nee', ['toelichtingActieGewenst']],
    ['nee', 'reden', 'ja', ['prioriteit']],
    ['nee', '', 'ja', ['toelichtingActieGewenst', 'prioriteit']],
    ['', '', 'nee', ['actieGewenst']],
    ['', 'x', 'ja', ['actieGewenst']],
  ])('R-MEL-12 R-MEL-13 actie gewenst %j, toelichting %j, prioriteit %j → errors at %j', (actieGewenst, toelichtingActieGewenst, prioriteit, expected) => {
    expect(fields({ actieGewenst, toelichtingActieGewenst, prioriteit })).toEqual(expected);
  });

  it('R-MEL-13 prioriteit defaults to nee, and is stored as nee unless actie gewenst', () => {
    const { prioriteit: _p, ...zonder } = geldigVerzuim;
    const r = parseVerzuim(zonder, { feiten: feiten(), eerder: {} });
    expect(r.ok && r.data.prioriteit).toBe(false);
    const ja = parse({ prioriteit: 'ja' });
    expect(ja.ok && ja.data.prioriteit).toBe(true);
  });

  it('R-MEL-7 alle lessen gemist defaults to nee', () => {
    const { allesGemist: _a, ...zonder } = geldigVerzuim;
    const r = parseVerzuim(zonder, { feiten: feiten(), eerder: {} });
    expect(r.ok && r.data.allesGemist).toBe(false);
  });
});

describe('Verzuim step: RIO, locaties and the contact person (R-MEL-7)', () => {
  it('R-MEL-7 the OAC must come from RIO for the instelling, and keeps its name', () => {
    expect(fields({ oac: '999A999' })).toEqual(['oac']);
    const r = parse({ oac: '110A133' });
    expect(r.ok && r.data.onderwijsaanbieder).toEqual({ code: '110A133', naam: 'Het Lyceum' });
  });

  it('R-MEL-7 R-REG-2 a known OLC is stored with postcode and huisnummer; an unknown one or one not of the form 999X999 is a field error, never dropped', () => {
    const known = parse({ olc: '110x912' });
    expect(known.ok && known.data.onderwijslocatie).toEqual({ code: '110X912', postcode: '1234AB', huisnummer: '12' });
    expect(fields({ olc: '999X999' })).toEqual(['olc']);
    expect(errors({ olc: '999X999' })[0]!.text).toContain('Onderwijslocatie onbekend');
    expect(fields({ olc: 'abc' })).toEqual(['olc']);
    expect(errors({ olc: 'abc' })[0]!.text).toContain('999X999');
    expect(errors({ olc: 'abc' })[0]!.text).not.toContain('onbekend');
    const leeg = parse({ olc: '  ' });
    expect(leeg.ok && leeg.data.onderwijslocatie).toBeNull();
  });

  it('R-LOC-2 the onderwijslocatie comes from Beheer locaties and its name is copied', () => {
    expect(fields({ locatie: '00000000-0000-4000-8000-000000000000' })).toEqual(['locatie']);
    const r = parse({ locatie: '7c1e9a4e-2f0b-4c57-9a55-0d1f3b7f6a11' });
    expect(r.ok && r.data.locatie).toEqual({ id: '7c1e9a4e-2f0b-4c57-9a55-0d1f3b7f6a11', naam: 'Hoofdgebouw' });
  });

  it('R-MEL-7 naam (≤ 100) and e-mail of the contact person are required; functie ≤ 60; telefoon checked when given', () => {
    expect(fields({ contactNaam: '', contactEmail: '' })).toEqual(['contactNaam', 'contactEmail']);
    expect(fields({ contactNaam: 'x'.repeat(101), contactFunctie: 'y'.repeat(61), contactTelefoon: '123', contactEmail: 'fout' })).toEqual([
      'contactNaam',
      'contactFunctie',
      'contactTelefoon',
      'contactEmail',
    ]);
  });

  it('R-MEL-7 "Overnemen" fills the contact fields from Beheer contactpersonen; an unknown choice is an error', () => {
    const ctx = { feiten: feiten(), eerder: {} };
    const r = verzuimActies.overnemen!({ contactKeuze: '0b9c2f7e-8d9a-4a3b-9f0e-5c6d7e8f9a01' }, '', ctx);
    expect(r.invoer).toMatchObject({ contactNaam: 'Piet Jansen', contactFunctie: 'Mentor', contactTelefoon: '020 123 45 67', contactEmail: 'piet@school.example' });
    expect(verzuimActies.overnemen!({ contactKeuze: '' }, '', ctx).errors?.[0]?.field).toBe('contactKeuze');
  });

  it('R-CON-1 R-MEL-7 a contactpersoon without telephone number (optional in both places) is taken over with an empty one, and the step is valid', () => {
    const id = '0b9c2f7e-8d9a-4a3b-9f0e-5c6d7e8f9a02';
    const f = feiten({ contactpersonen: [{ id, naam: 'Sanne Smit', functie: null, telefoonnummer: null, email: 'sanne@school.example' }] });
    const r = verzuimActies.overnemen!({ ...geldigVerzuim, contactKeuze: id }, '', { feiten: f, eerder: {} });
    expect(r.invoer).toMatchObject({ contactNaam: 'Sanne Smit', contactFunctie: '', contactTelefoon: '' });
    const p = parseVerzuim(r.invoer, { feiten: f, eerder: {} });
    expect(p.ok && p.data.contactpersoon).toMatchObject({ naam: 'Sanne Smit', telefoon: '' });
  });

  it('R-MEL-7 a standard reason is one click away', () => {
    const ctx = { feiten: feiten(), eerder: {} };
    STANDAARD_REDENEN.forEach((tekst, i) => expect(verzuimActies.reden!({ reden: 'iets' }, String(i), ctx).invoer.reden).toBe(tekst));
    expect(verzuimActies.reden!({ reden: 'iets' }, '9', ctx).invoer.reden).toBe('iets');
  });

  it('R-MEL-19 naarInvoer is the inverse of parse', () => {
    const r = parse({ tm: '', soort: 'O', verbijzondering: 'mogelijk_langdurig_ziek', oac: '110A133', olc: '110X912', locatie: '7c1e9a4e-2f0b-4c57-9a55-0d1f3b7f6a11', kopie: 'ja' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(parseVerzuim(verzuimNaarInvoer(r.data), { feiten: feiten(), eerder: {} })).toEqual(r);
  });
});
