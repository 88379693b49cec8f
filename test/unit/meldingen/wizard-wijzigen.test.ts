// The wizard's steps in edit mode (R-RAA-3, StapContext.wijzigen) and carrying a refused edit
// over to a newer version (R-RAA-4, herbasering.ts): pure, no database.
import { describe, expect, it } from 'vitest';
import { herbaseer, voegStapSamen } from '../../../src/modules/meldingen/wijzigen/herbasering';
import { feitenVoorWijziging, zelfdeData } from '../../../src/modules/meldingen/wijzigen/wijzigen.service';
import type { WijzigContext } from '../../../src/modules/meldingen/wizard/stap';
import { parseVerzuim, verzuimNaarInvoer } from '../../../src/modules/meldingen/wizard/verzuim.parse';
import type { FormValues } from '../../../src/platform/http/form';
import { feiten, geldigVerzuim } from './wizard-feiten';

const W: WijzigContext = { nummer: '2026-0000009', van: '2026-09-01', soort: 'V3' };
const parse = (over: FormValues, f = feiten()) => parseVerzuim({ ...geldigVerzuim, ...over }, { feiten: f, eerder: {}, wijzigen: W });

describe('Verzuim step in edit mode (R-RAA-3)', () => {
  it('R-RAA-3 begindatum and soort are the melding\'s whatever is posted', () => {
    const r = parse({ van: '15-09-2026', soort: 'O', verbijzondering: '' });
    expect(r.ok && r.data).toMatchObject({ van: '2026-09-01', soort: 'V3' });
    const leeg = parse({ van: '', soort: '' });
    expect(leeg.ok && leeg.data).toMatchObject({ van: '2026-09-01', soort: 'V3' });
  });

  it('R-RAA-3 R-MEL-11 a verbijzondering stays refused for a kind other than Overig verzuim, even with soort O posted', () => {
    const r = parse({ soort: 'O', verbijzondering: 'vermoedelijk_ongeoorloofd' });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['verbijzondering']);
  });

  it('R-RAA-3 the soort rules of filing (R-MEL-9 age, R-MEL-10 earlier V3) are not checked again: the soort cannot change', () => {
    const lrv = parseVerzuim({ ...geldigVerzuim, soort: 'LRV' }, { feiten: feiten({ eerdereV3: false }), eerder: {}, wijzigen: { ...W, soort: 'LRV' } });
    expect(lrv.ok).toBe(true);
  });

  it('R-MEL-8 R-RAA-3 the melding does not overlap itself; another melding is refused at the t/m, naming it', () => {
    const eigen = feiten({ andereMeldingen: [{ nummer: W.nummer, status: 'R', periode: { van: '2026-09-01', tm: '2026-09-10' } }, { nummer: '2026-0000001', status: 'R', periode: { van: '2026-09-20', tm: null } }] });
    expect(parse({ tm: '19-09-2026' }, eigen).ok).toBe(true);
    const r = parse({ tm: '20-09-2026' }, eigen);
    const fouten = r.ok ? [] : r.errors;
    expect(fouten.map((e) => e.field)).toEqual(['tm']);
    expect(fouten[0]?.text).toContain('2026-0000001');
    // Without t/m the period is open-ended: it runs into the next melding.
    expect(parse({ tm: '' }, eigen).ok).toBe(false);
  });

  it('R-LOC-2 a location, aanbieder or onderwijslocatie the melding chose stays valid (with its stored name) after Beheer or RIO dropped it', () => {
    const gekozen = parse({ oac: '110A133', olc: '110X912', locatie: '7c1e9a4e-2f0b-4c57-9a55-0d1f3b7f6a11' });
    if (!gekozen.ok) throw new Error('geldig verwacht');
    const opgeslagen = { ...gekozen.data, locatie: { id: '7c1e9a4e-2f0b-4c57-9a55-0d1f3b7f6a11', naam: 'Oude naam' } };
    const nu = feitenVoorWijziging(feiten({ aanbieders: [], onderwijslocaties: [], locaties: [{ id: '7c1e9a4e-2f0b-4c57-9a55-0d1f3b7f6a11', naam: 'Nieuwe naam' }] }), opgeslagen);
    const r = parseVerzuim(verzuimNaarInvoer(opgeslagen), { feiten: nu, eerder: {}, wijzigen: W });
    expect(r.ok && r.data).toMatchObject({ locatie: { naam: 'Oude naam' }, onderwijsaanbieder: { code: '110A133' }, onderwijslocatie: { code: '110X912' } });
    expect(r.ok && zelfdeData(r.data, opgeslagen)).toBe(true);
  });
});

describe('Carrying an edit over to the new version (R-RAA-4)', () => {
  it('R-RAA-4 a field the user changed keeps their input; one they left alone takes the new version\'s value', () => {
    const basis = { tm: '10-09-2026', toelichting: '', reden: 'oud' };
    const eigen = { tm: '05-09-2026', toelichting: '', reden: 'oud' };
    const nieuw = { tm: '10-09-2026', toelichting: 'van de collega', reden: 'oud' };
    expect(voegStapSamen(eigen, basis, nieuw, [])).toEqual({ tm: '05-09-2026', toelichting: 'van de collega', reden: 'oud' });
  });

  it('R-RAA-4 both changed the same field: the user\'s input wins (they redo their change knowingly)', () => {
    expect(voegStapSamen({ reden: 'mijn' }, { reden: 'oud' }, { reden: 'hun' }, [])).toEqual({ reden: 'mijn' });
  });

  it('R-RAA-4 one checkbox and a list of one are the same answer; empty and absent too', () => {
    expect(voegStapSamen({ acties: 'a', x: '' }, { acties: ['a'] }, { acties: ['a', 'b'], x: 'nieuw' }, [])).toEqual({ acties: ['a', 'b'], x: 'nieuw' });
  });

  it('R-RAA-4 repeated rows are one unit: a list the user touched stays theirs whole, an untouched one becomes the new version\'s', () => {
    const basis = { 'dag-0-datum': '01-09-2026', 'dag-0-heleDag': 'ja' };
    const eigen = { 'dag-0-datum': '01-09-2026', 'dag-0-heleDag': 'nee', 'dag-0-lesuren': ['1'] };
    const nieuw = { 'dag-0-datum': '01-09-2026', 'dag-0-heleDag': 'ja', 'dag-1-datum': '02-09-2026', 'dag-1-heleDag': 'ja' };
    expect(voegStapSamen(eigen, basis, nieuw, ['dag'])).toEqual(eigen);
    expect(voegStapSamen(basis, basis, nieuw, ['dag'])).toEqual(nieuw);
  });

  it('R-RAA-4 a step the user never opened is the new version\'s', () => {
    const basis = { leerling: { telefoon: '1' }, acties: { toelichtingActie: 'a' } };
    const nieuw = { leerling: { telefoon: '2' }, acties: { toelichtingActie: 'b' } };
    const eigen = { leerling: { telefoon: '1' }, acties: { toelichtingActie: 'mijn' } };
    expect(herbaseer(eigen, basis, nieuw)).toMatchObject({ leerling: { telefoon: '2' }, acties: { toelichtingActie: 'mijn' } });
  });
});
