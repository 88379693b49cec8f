import { describe, expect, it } from 'vitest';
import { bewaarbaar, doorloop, isCompleet, naarConceptInvoer, STAPPEN, stapMetPad, type ConceptInvoer } from '../../../src/modules/meldingen/wizard/steps';
import { feiten, geldigVerzuim } from './wizard-feiten';

const alles: ConceptInvoer = {
  leerling: { adresKeuze: 'geen' },
  verzuim: geldigVerzuim,
  lesuren: { 'dag-0-datum': '01-09-2026', 'dag-0-heleDag': 'ja' },
  acties: { acties: ['huisbezoek'] },
};
const ALLE = ['leerling', 'verzuim', 'lesuren', 'acties'];

describe('the step table (R-MEL-16, STYLE habit 4)', () => {
  it('R-MEL-16 lists Leerling → Verzuim → Lesuren → Actie school, each with a unique Dutch path', () => {
    expect(STAPPEN.map((s) => s.id)).toEqual(ALLE);
    expect(STAPPEN.map((s) => s.pad)).toEqual(['leerling', 'verzuim', 'lesuren', 'actie-school']);
    expect(stapMetPad('actie-school')?.id).toBe('acties');
    expect(stapMetPad('overzicht')).toBeUndefined();
  });

  it('R-MEL-16 a draft whose steps were all passed and still parse is complete', () => {
    const d = doorloop(alles, ALLE, feiten());
    expect(d.eersteOnvolledig).toBeNull();
    expect(isCompleet(d.data)).toBe(true);
  });

  it('R-MEL-20 the first step not yet passed with Verder is the first incomplete one, without errors', () => {
    const d = doorloop(alles, ['leerling', 'verzuim'], feiten());
    expect(d.eersteOnvolledig?.stap.id).toBe('lesuren');
    expect(d.eersteOnvolledig?.errors).toEqual([]);
    expect(Object.keys(d.data)).toEqual(['leerling', 'verzuim']);
  });

  it('R-MEL-8 a passed step that no longer holds (a melding filed meanwhile) is incomplete, with its errors', () => {
    const f = feiten({ andereMeldingen: [{ nummer: '2026-0000009', status: 'R', periode: { van: '2026-09-05', tm: null } }] });
    const d = doorloop(alles, ALLE, f);
    expect(d.eersteOnvolledig?.stap.id).toBe('verzuim');
    expect(d.eersteOnvolledig?.errors.map((e) => e.field)).toEqual(['van']);
    expect(d.eersteOnvolledig?.errors[0]?.text).toContain('2026-0000009');
  });

  it('R-MEL-14 changing the period can make the verzuimdagen incomplete again', () => {
    const d = doorloop({ ...alles, verzuim: { ...geldigVerzuim, van: '02-09-2026' } }, ALLE, feiten());
    expect(d.eersteOnvolledig?.stap.id).toBe('lesuren');
    expect(d.eersteOnvolledig?.errors.map((e) => e.field)).toEqual(['dag-0-datum']);
  });

  it('R-MEL-20 the draft keeps only the step\'s own fields, its rows renumbered', () => {
    const stap = stapMetPad('lesuren')!;
    expect(bewaarbaar(stap, { _csrf: 'x', actie: 'verder', 'dag-4-datum': '01-09-2026', soort: 'V3', nvt: 'ja' })).toEqual({ 'dag-0-datum': '01-09-2026', nvt: 'ja' });
  });

  it('R-MEL-19 naarConceptInvoer reproduces a complete melding', () => {
    const d = doorloop(alles, ALLE, feiten());
    if (!isCompleet(d.data)) throw new Error('incomplete');
    const again = doorloop(naarConceptInvoer(d.data), ALLE, feiten());
    expect(again.data).toEqual(d.data);
  });
});
