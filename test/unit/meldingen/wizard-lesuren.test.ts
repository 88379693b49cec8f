import { describe, expect, it } from 'vitest';
import { parseActies } from '../../../src/modules/meldingen/wizard/acties.parse';
import { lesurenActies, lesurenBegin, lesurenNaarInvoer, parseLesuren } from '../../../src/modules/meldingen/wizard/lesuren.parse';
import type { StapContext } from '../../../src/modules/meldingen/wizard/stap';
import { parseVerzuim } from '../../../src/modules/meldingen/wizard/verzuim.parse';
import type { FormValues } from '../../../src/platform/http/form';
import { feiten, geldigVerzuim } from './wizard-feiten';

function ctxMet(over: FormValues = {}): StapContext {
  const f = feiten();
  const v = parseVerzuim({ ...geldigVerzuim, ...over }, { feiten: f, eerder: {} });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return { feiten: f, eerder: { verzuim: v.data } };
}
const fields = (r: ReturnType<typeof parseLesuren>) => (r.ok ? [] : r.errors.map((e) => e.field));

describe('Lesuren step (R-MEL-14)', () => {
  it('R-MEL-14 the first verzuimdag defaults to the first day of the period; none with alle lessen gemist', () => {
    expect(lesurenBegin(ctxMet())).toEqual({ 'dag-0-datum': '01-09-2026' });
    expect(lesurenBegin(ctxMet({ allesGemist: 'ja' }))).toEqual({});
  });

  it('R-MEL-14 a whole day, or a day with lesson hours 1–12', () => {
    const r = parseLesuren(
      { 'dag-0-datum': '01-09-2026', 'dag-0-heleDag': 'ja', 'dag-0-lesuren': ['3'], 'dag-1-datum': '2-9-2026', 'dag-1-heleDag': 'nee', 'dag-1-lesuren': ['1', '12'], 'dag-1-toelichting': 'ochtend' },
      ctxMet(),
    );
    expect(r).toEqual({
      ok: true,
      data: {
        dagen: [
          { datum: '2026-09-01', heleDag: true, lesuren: [], toelichting: '' },
          { datum: '2026-09-02', heleDag: false, lesuren: [1, 12], toelichting: 'ochtend' },
        ],
      },
    });
  });

  it.each([
    [{ 'dag-0-datum': '', 'dag-0-heleDag': 'ja' }, ['dag-0-datum']],
    [{ 'dag-0-datum': '31-02-2026', 'dag-0-heleDag': 'ja' }, ['dag-0-datum']],
    [{ 'dag-0-datum': '31-08-2026', 'dag-0-heleDag': 'ja' }, ['dag-0-datum']],
    [{ 'dag-0-datum': '11-09-2026', 'dag-0-heleDag': 'ja' }, ['dag-0-datum']],
    [{ 'dag-0-datum': '01-09-2026', 'dag-0-heleDag': 'ja', 'dag-1-datum': '01-09-2026', 'dag-1-heleDag': 'ja' }, ['dag-1-datum']],
    [{ 'dag-0-datum': '01-09-2026', 'dag-0-heleDag': 'nee' }, ['dag-0-lesuren']],
    [{ 'dag-0-datum': '01-09-2026' }, ['dag-0-lesuren']],
    [{ 'dag-0-datum': '01-09-2026', 'dag-0-lesuren': ['13'] }, ['dag-0-lesuren']],
    [{ 'dag-0-datum': '01-09-2026', 'dag-0-lesuren': ['x'] }, ['dag-0-lesuren']],
    [{ 'dag-0-datum': '01-09-2026', 'dag-0-heleDag': 'ja', 'dag-0-toelichting': 'x'.repeat(501) }, ['dag-0-toelichting']],
    [{}, ['nvt']],
  ])('R-MEL-14 %j → errors at %j', (input, expected) => {
    expect(fields(parseLesuren(input, ctxMet()))).toEqual(expected);
  });

  it('R-MEL-14 an open period accepts any day from van on', () => {
    expect(parseLesuren({ 'dag-0-datum': '30-09-2026', 'dag-0-heleDag': 'ja' }, ctxMet({ tm: '' })).ok).toBe(true);
  });

  it('R-MEL-14 "Niet van toepassing" skips the days, whatever rows are there', () => {
    expect(parseLesuren({ nvt: 'ja', 'dag-0-datum': 'rommel' }, ctxMet())).toEqual({ ok: true, data: { dagen: [] } });
  });

  it('R-MEL-14 with alle lessen gemist no hours may be entered', () => {
    const ctx = ctxMet({ allesGemist: 'ja' });
    expect(parseLesuren({}, ctx)).toEqual({ ok: true, data: { dagen: [] } });
    const r = parseLesuren({ 'dag-0-datum': '01-09-2026', 'dag-0-heleDag': 'ja' }, ctx);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['dagen']);
    expect(r.ok ? '' : r.errors[0]!.text).toContain('alle lessen zijn gemist');
  });

  it('R-MEL-14 rows are numbered as shown, also after a crafted post that skips numbers', () => {
    expect(fields(parseLesuren({ 'dag-3-datum': '01-09-2026', 'dag-7-datum': '', 'dag-7-heleDag': 'ja', 'dag-3-heleDag': 'ja' }, ctxMet()))).toEqual(['dag-1-datum']);
  });

  it('R-MEL-14 "Verzuimdag toevoegen" adds an empty row (and unticks Niet van toepassing); "Verwijderen" removes one', () => {
    const ctx = ctxMet();
    const plus = lesurenActies['dag-toevoegen']!({ nvt: 'ja', 'dag-0-datum': '01-09-2026' }, '', ctx).invoer;
    expect(plus).toEqual({ 'dag-0-datum': '01-09-2026', 'dag-1-datum': '' });
    expect(lesurenActies['dag-verwijderen']!({ 'dag-0-datum': 'a', 'dag-1-datum': 'b', 'dag-1-lesuren': ['2'] }, '0', ctx).invoer).toEqual({ 'dag-0-datum': 'b', 'dag-0-lesuren': ['2'] });
  });

  it('R-MEL-19 naarInvoer is the inverse of parse', () => {
    const ctx = ctxMet();
    const r = parseLesuren({ 'dag-0-datum': '01-09-2026', 'dag-0-heleDag': 'nee', 'dag-0-lesuren': ['2', '3'], 'dag-0-toelichting': 't' }, ctx);
    if (!r.ok) throw new Error('parse failed');
    expect(parseLesuren(lesurenNaarInvoer(r.data), ctx)).toEqual(r);
    expect(parseLesuren(lesurenNaarInvoer({ dagen: [] }), ctx)).toEqual({ ok: true, data: { dagen: [] } });
  });
});

describe('Actie school step (R-MEL-15)', () => {
  it.each([
    [{}, ['acties']],
    [{ acties: 'huisbezoek' }, []],
    [{ acties: ['huisbezoek', 'anders'] }, []],
    [{ acties: ['huisbezoek', 'toveren'] }, ['acties']],
    [{ acties: 'anders', toelichtingActie: 'x'.repeat(2001) }, ['toelichtingActie']],
  ])('R-MEL-15 %j → errors at %j', (input, expected) => {
    const r = parseActies(input);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(expected);
  });
});
