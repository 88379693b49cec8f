// The pure rules of vrijstellingen: what one vrijstelling does to one melding (R-VRIJ-2,
// R-VRIJ-3), every boundary day written out by hand, plus properties over random periods; the
// form's parsing (R-VRIJ-1, R-VRIJ-4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSSEN, type Status } from '../../../src/modules/meldingen/codes';
import { effectOpMelding, leesVrijstelling, VRIJSTELLING_SOORTEN } from '../../../src/modules/vrijstellingen/rules';
import { dagErvoor, overlapt, type Periode } from '../../../src/platform/datum';
import { vrijstellingSoortLabels } from '../../../src/modules/vrijstellingen/messages';

const m = (van: string, tm: string | null, status: Status = 'R') => ({ status, van, tm });
const v = (van: string, tm: string | null): Periode => ({ van, tm });

describe('effectOpMelding: one vrijstelling, one melding (R-VRIJ-2, R-VRIJ-3)', () => {
  // The melding runs 02-03 t/m 13-03-2030.
  const melding = m('2030-03-02', '2030-03-13');

  it('R-VRIJ-2 a vrijstelling that begins the day after the melding\'s t/m leaves it untouched', () => {
    expect(effectOpMelding(melding, v('2030-03-14', null))).toEqual({ soort: 'geen' });
  });

  it('R-VRIJ-2 a vrijstelling that begins on the t/m ends the melding the day before', () => {
    expect(effectOpMelding(melding, v('2030-03-13', null))).toEqual({ soort: 'inkorten', nieuweTm: '2030-03-12' });
  });

  it('R-VRIJ-2 a vrijstelling that begins the day after the melding\'s begindatum ends it on its begindatum', () => {
    expect(effectOpMelding(melding, v('2030-03-03', '2030-03-05'))).toEqual({ soort: 'inkorten', nieuweTm: '2030-03-02' });
  });

  it('R-VRIJ-2 R-VRIJ-3 a vrijstelling that begins on the melding\'s begindatum withdraws it (wholly inside)', () => {
    expect(effectOpMelding(melding, v('2030-03-02', null))).toEqual({ soort: 'intrekken' });
    expect(effectOpMelding(melding, v('2030-03-02', '2030-03-13'))).toEqual({ soort: 'intrekken' });
  });

  it('R-VRIJ-3 a melding wholly inside an earlier-begun vrijstelling is withdrawn', () => {
    expect(effectOpMelding(melding, v('2029-09-01', '2030-07-31'))).toEqual({ soort: 'intrekken' });
  });

  it('a vrijstelling that begins before the melding and ends inside it leaves it for a person to judge', () => {
    expect(effectOpMelding(melding, v('2030-02-01', '2030-03-05'))).toEqual({ soort: 'handmatig' });
    expect(effectOpMelding(melding, v('2030-03-02', '2030-03-12'))).toEqual({ soort: 'handmatig' });
  });

  it('an open-ended melding: cut when it began before; left when the vrijstelling has an end and it began inside; withdrawn when neither ends', () => {
    const open = m('2030-03-02', null);
    expect(effectOpMelding(open, v('2030-04-01', '2030-06-30'))).toEqual({ soort: 'inkorten', nieuweTm: '2030-03-31' });
    expect(effectOpMelding(open, v('2030-03-01', '2030-06-30'))).toEqual({ soort: 'handmatig' });
    expect(effectOpMelding(open, v('2030-03-01', null))).toEqual({ soort: 'intrekken' });
  });

  it('a vrijstelling that ended the day before the melding leaves it untouched', () => {
    expect(effectOpMelding(melding, v('2030-01-01', '2030-03-01'))).toEqual({ soort: 'geen' });
  });

  it('R-RAA-5 only Geregistreerd and In behandeling are touched; a closed melding never', () => {
    for (const status of STATUSSEN) {
      const e = effectOpMelding(m('2030-03-02', '2030-03-13', status), v('2030-03-10', null));
      expect(e.soort, status).toBe(status === 'R' || status === 'B' ? 'inkorten' : 'geen');
    }
  });

  it('dagErvoor crosses months, leap days and years', () => {
    expect(dagErvoor('2030-03-01')).toBe('2030-02-28');
    expect(dagErvoor('2028-03-01')).toBe('2028-02-29');
    expect(dagErvoor('2031-01-01')).toBe('2030-12-31');
  });

  // Random calendar periods in a small window, so overlaps and boundaries happen often.
  const dag = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2030, 1, 20 + n)).toISOString().slice(0, 10));
  const periode = fc.tuple(dag, fc.option(dag)).map(([a, b]): Periode => (b === null ? { van: a, tm: null } : a <= b ? { van: a, tm: b } : { van: b, tm: a }));

  it('R-VRIJ-2 R-VRIJ-3 properties: the result never overlaps the vrijstelling, never ends before it began, and applying twice changes nothing', () => {
    fc.assert(
      fc.property(periode, periode, (mp, vp) => {
        const e = effectOpMelding({ ...mp, status: 'B' }, vp);
        if (!overlapt(mp, vp)) expect(e.soort).toBe('geen');
        if (e.soort === 'inkorten') {
          const na = { van: mp.van, tm: e.nieuweTm };
          expect(na.tm >= na.van).toBe(true);
          expect(overlapt(na, vp)).toBe(false);
          expect(effectOpMelding({ ...na, status: 'B' }, vp)).toEqual({ soort: 'geen' });
        }
        if (e.soort === 'intrekken') {
          // wholly inside: begins on/after the vrijstelling, ends on/before its end
          expect(mp.van >= vp.van).toBe(true);
          expect(vp.tm === null || (mp.tm !== null && mp.tm <= vp.tm)).toBe(true);
          expect(effectOpMelding({ ...mp, status: 'I' }, vp)).toEqual({ soort: 'geen' });
        }
        if (e.soort === 'handmatig') expect(mp.van >= vp.van).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the vrijstelling form (R-VRIJ-1, R-VRIJ-4)', () => {
  it('R-VRIJ-4 the five kinds, each with a label', () => {
    expect([...VRIJSTELLING_SOORTEN]).toEqual(['5_onder_a', '5_onder_b', '5_onder_c', '5a', '15']);
    expect(Object.keys(vrijstellingSoortLabels).sort()).toEqual([...VRIJSTELLING_SOORTEN].sort());
    expect(vrijstellingSoortLabels['15']).toContain('vervangende leerplicht');
  });

  it('R-VRIJ-1 R-VRIJ-4 valid input: Dutch dates become ISO, an empty einddatum is open-ended', () => {
    expect(leesVrijstelling({ soort: '5a', begindatum: '1-9-2030', einddatum: '' })).toMatchObject({ ok: true, data: { soort: '5a', begindatum: '2030-09-01', einddatum: null } });
    expect(leesVrijstelling({ soort: '15', begindatum: '01-09-2030', einddatum: '31072031' })).toMatchObject({ ok: true, data: { einddatum: '2031-07-31' } });
  });

  it('R-VRIJ-1 every field error at once, in form order; begin ≤ end checked even when the soort is missing', () => {
    const r = leesVrijstelling({ begindatum: '10-09-2030', einddatum: '09-09-2030' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'soort', text: 'Kies de soort vrijstelling.' },
      { field: 'einddatum', text: 'De einddatum moet op of na de begindatum liggen.' },
    ]);
    const leeg = leesVrijstelling({ soort: 'x', begindatum: '', einddatum: '31-02-2031' });
    expect(leeg.ok ? [] : leeg.errors.map((e) => e.field)).toEqual(['soort', 'begindatum', 'einddatum']);
    expect(leeg.values).toMatchObject({ einddatum: '31-02-2031' });
  });

  it('R-VRIJ-1 a vrijstelling of one day (begin = end) is allowed', () => {
    expect(leesVrijstelling({ soort: '5_onder_b', begindatum: '01-09-2030', einddatum: '01-09-2030' }).ok).toBe(true);
  });
});
