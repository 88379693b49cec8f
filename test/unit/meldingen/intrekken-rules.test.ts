// The limits of Melding intrekken (R-INT-2) on every boundary day: the school year's first day
// (31 July / 1 August), the year-back day and the day before it, and 29 February.
import { describe, expect, it } from 'vitest';
import { intrekkenVanaf, magIntrekken, REDENEN_INTREKKEN_SCHOOL } from '../../../src/modules/meldingen/intrekken/intrekken.rules';
import { eenJaarTerug, schooljaarBegin } from '../../../src/platform/datum';
import { TOELICHTING_INTREKKEN_MAX, toetsIntrekken } from '../../../src/modules/meldingen/intrekken/intrekken.parse';
import { ingetrokkenMails } from '../../../src/modules/meldingen/intrekken/intrekken-mail';
import { langeDatum } from '../../../src/modules/meldingen/intrekken/messages';

describe('R-INT-2 the school year (1 August – 31 July)', () => {
  it.each([
    ['2030-07-31', '2029-08-01'],
    ['2030-08-01', '2030-08-01'],
    ['2030-08-02', '2030-08-01'],
    ['2030-12-31', '2030-08-01'],
    ['2031-01-01', '2030-08-01'],
    ['2030-03-16', '2029-08-01'],
    ['2028-02-29', '2027-08-01'],
  ])('R-INT-2 on %s the school year began %s', (vandaag, begin) => {
    expect(schooljaarBegin(vandaag)).toBe(begin);
  });

  it('R-INT-2 "Geen inschrijving" on 31-07-2030: from 01-08-2029 (31-07-2029 refused); on 01-08-2030: from 01-08-2030 (31-07-2030 refused)', () => {
    expect(magIntrekken('geen_inschrijving', '2029-08-01', '2030-07-31')).toEqual({ ok: true });
    expect(magIntrekken('geen_inschrijving', '2029-07-31', '2030-07-31')).toEqual({ ok: false, reden: 'geen_inschrijving', vanaf: '2029-08-01' });
    expect(magIntrekken('geen_inschrijving', '2030-08-01', '2030-08-01')).toEqual({ ok: true });
    expect(magIntrekken('geen_inschrijving', '2030-07-31', '2030-08-01')).toEqual({ ok: false, reden: 'geen_inschrijving', vanaf: '2030-08-01' });
    expect(magIntrekken('geen_inschrijving', '2029-08-01', '2030-08-01')).toMatchObject({ ok: false });
  });
});

describe('R-INT-2 one year back', () => {
  it.each([
    ['2030-03-16', '2029-03-16'],
    ['2030-01-01', '2029-01-01'],
    ['2030-12-31', '2029-12-31'],
    // 29 February: a year earlier has no 29 February, so its last day, 28 February.
    ['2028-02-29', '2027-02-28'],
    ['2028-02-28', '2027-02-28'],
    ['2028-03-01', '2027-03-01'],
    // A year after a leap day: the limit is the same day, so 29-02-2028 itself is one day too old on 01-03-2029.
    ['2029-02-28', '2028-02-28'],
    ['2029-03-01', '2028-03-01'],
    ['2000-02-29', '1999-02-28'],
  ])('R-INT-2 on %s one year back is %s', (vandaag, terug) => {
    expect(eenJaarTerug(vandaag)).toBe(terug);
  });

  it.each(['foutief_opgevoerd', 'onterecht_opgevoerd'] as const)('R-INT-2 %s: the year-back day is allowed, the day before refused', (reden) => {
    expect(magIntrekken(reden, '2029-03-16', '2030-03-16')).toEqual({ ok: true });
    expect(magIntrekken(reden, '2029-03-15', '2030-03-16')).toEqual({ ok: false, reden, vanaf: '2029-03-16' });
    expect(magIntrekken(reden, '2030-03-16', '2030-03-16')).toEqual({ ok: true });
    // Leap years.
    expect(magIntrekken(reden, '2027-02-28', '2028-02-29')).toEqual({ ok: true });
    expect(magIntrekken(reden, '2027-02-27', '2028-02-29')).toMatchObject({ ok: false, vanaf: '2027-02-28' });
    expect(magIntrekken(reden, '2028-02-29', '2029-02-28')).toEqual({ ok: true });
    expect(magIntrekken(reden, '2028-02-28', '2029-02-28')).toEqual({ ok: true });
    expect(magIntrekken(reden, '2028-02-27', '2029-02-28')).toMatchObject({ ok: false, vanaf: '2028-02-28' });
    expect(magIntrekken(reden, '2028-03-01', '2029-03-01')).toEqual({ ok: true });
    expect(magIntrekken(reden, '2028-02-29', '2029-03-01')).toMatchObject({ ok: false, vanaf: '2028-03-01' });
  });

  it('R-INT-2 the school year is never more than a year back, so "Geen inschrijving" is the stricter limit', () => {
    for (let d = Date.UTC(2027, 0, 1); d <= Date.UTC(2029, 11, 31); d += 86_400_000) {
      const vandaag = new Date(d).toISOString().slice(0, 10);
      expect(intrekkenVanaf('geen_inschrijving', vandaag) >= intrekkenVanaf('foutief_opgevoerd', vandaag)).toBe(true);
    }
  });

  it('R-INT-2 a malformed date is a bug, not a refusal', () => {
    expect(() => magIntrekken('foutief_opgevoerd', '16-03-2030', '2030-03-16')).toThrow(RangeError);
    expect(() => eenJaarTerug('2030/03/16')).toThrow(RangeError);
  });
});

describe('R-INT-1 R-INT-2 the Intrekken form', () => {
  it('R-INT-1 the school has exactly three reasons; "vrijstelling" is the system\'s', () => {
    expect(REDENEN_INTREKKEN_SCHOOL).toEqual(['geen_inschrijving', 'foutief_opgevoerd', 'onterecht_opgevoerd']);
    expect(toetsIntrekken({ reden: 'vrijstelling' }, '2030-03-02', '2030-03-16')).toEqual({ ok: false, errors: [{ field: 'reden', text: 'Kies een reden van intrekken uit de lijst' }] });
  });

  it('R-INT-1 a reason is required; the toelichting is optional, trimmed and at most 1000 characters', () => {
    expect(toetsIntrekken({}, '2030-03-02', '2030-03-16')).toEqual({ ok: false, errors: [{ field: 'reden', text: 'Kies de reden van intrekken' }] });
    expect(toetsIntrekken({ reden: 'foutief_opgevoerd' }, '2030-03-02', '2030-03-16')).toEqual({ ok: true, reden: 'foutief_opgevoerd', toelichting: '' });
    expect(toetsIntrekken({ reden: ' onterecht_opgevoerd ', toelichting: '  dubbel  ' }, '2030-03-02', '2030-03-16')).toEqual({ ok: true, reden: 'onterecht_opgevoerd', toelichting: 'dubbel' });
    expect(toetsIntrekken({ reden: 'foutief_opgevoerd', toelichting: 'é'.repeat(TOELICHTING_INTREKKEN_MAX) }, '2030-03-02', '2030-03-16').ok).toBe(true);
    expect(toetsIntrekken({ reden: '', toelichting: 'x'.repeat(TOELICHTING_INTREKKEN_MAX + 1) }, '2030-03-02', '2030-03-16')).toEqual({
      ok: false,
      errors: [
        { field: 'reden', text: 'Kies de reden van intrekken' },
        { field: 'toelichting', text: 'De toelichting mag niet langer zijn dan 1000 tekens' },
      ],
    });
  });

  it('R-INT-2 the refusal names the limit and the melding\'s begindatum', () => {
    expect(toetsIntrekken({ reden: 'geen_inschrijving' }, '2029-07-31', '2030-03-16')).toEqual({
      ok: false,
      errors: [{ field: 'reden', text: 'Geen inschrijving kan alleen voor meldingen met een begindatum op of na 1 augustus 2029. Deze melding begint op 31 juli 2029.' }],
    });
    expect(toetsIntrekken({ reden: 'onterecht_opgevoerd' }, '2027-02-27', '2028-02-29')).toEqual({
      ok: false,
      errors: [{ field: 'reden', text: 'Onterecht opgevoerd kan alleen tot een jaar terug: voor meldingen met een begindatum op of na 28 februari 2027. Deze melding begint op 27 februari 2027.' }],
    });
  });

  it('langeDatum writes a date out in Dutch', () => {
    expect(langeDatum('2029-08-01')).toBe('1 augustus 2029');
    expect(langeDatum('2028-02-29')).toBe('29 februari 2028');
    expect(langeDatum('2030-12-31')).toBe('31 december 2030');
  });
});

describe('R-INT-1 the gemeente\'s e-mail', () => {
  const base = { meldingId: '7', nummer: '2030-0000042', instelling: { code: '01AB', naam: 'Het Lyceum' }, gemeenteEmail: 'leerplicht@amsterdam.example', baseUrl: 'https://verzuimloket.example' };
  it('R-INT-1 R-MEL-18 one mail to the gemeente: number, institution and a link behind the login', () => {
    const [mail, ...rest] = ingetrokkenMails(base);
    expect(rest).toEqual([]);
    expect(mail).toMatchObject({ aan: 'leerplicht@amsterdam.example', soort: 'melding_ingetrokken', meldingId: '7', onderwerp: 'Verzuimmelding 2030-0000042 is ingetrokken' });
    expect(mail!.tekst).toContain('Meldingnummer: 2030-0000042');
    expect(mail!.tekst).toContain('Onderwijsinstelling: 01AB - Het Lyceum');
    expect(mail!.tekst).toContain('https://verzuimloket.example/gemeente/meldingen/2030-0000042');
  });
  it('R-INT-1 no mail without a registered mailbox', () => {
    expect(ingetrokkenMails({ ...base, gemeenteEmail: null })).toEqual([]);
  });
});
