import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOORTEN, STATUSSEN, type Soort } from '../../../src/modules/meldingen/codes';
import { meldingRegels as t } from '../../../src/modules/meldingen/messages';
import { effectOpMelding } from '../../../src/modules/vrijstellingen/rules';
import { overlapt, type Periode } from '../../../src/platform/datum';
import {
  behandelendeGemeente,
  checkActieGewenst,
  checkActiesSchool,
  checkPeriode,
  checkReden,
  checkSoort,
  checkVerbijzondering,
  checkVerzuimdagen,
  leeftijdOp,
  isOverlapGeweigerd,
  magMelden,
  overlapFout,
  soortenVoorLeeftijd,
  type Verzuimdag,
} from '../../../src/modules/meldingen/rules';

describe('leeftijdOp', () => {
  it.each([
    ['2008-09-01', '2026-08-31', 17],
    ['2008-09-01', '2026-09-01', 18],
    ['2008-09-01', '2026-09-02', 18],
    ['2004-03-15', '2027-03-14', 22],
    ['2004-03-15', '2027-03-15', 23],
    ['2008-02-29', '2026-02-28', 17], // 29 February: a year older on 1 March
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-29', 20],
  ])('R-MEL-9 born %s, on %s: %i', (geboren, op, leeftijd) => {
    expect(leeftijdOp(geboren, op)).toBe(leeftijd);
  });
});

describe('R-MEL-9 kinds by age on the first day', () => {
  const table: [number, Soort[]][] = [
    [12, ['V3', 'LRV', 'O', 'L']],
    [17, ['V3', 'LRV', 'O', 'L']],
    [18, ['V4', 'RMC', 'O', 'L']],
    [22, ['V4', 'RMC', 'O', 'L']],
    [23, ['V4', 'RMC', 'O', 'L']],
  ];
  it.each(table)('R-MEL-9 age %i is offered %j', (leeftijd, soorten) => {
    expect(soortenVoorLeeftijd(leeftijd)).toEqual(soorten);
  });

  it('R-MEL-9 the server refuses every kind not offered, for every age 4–30', () => {
    for (let leeftijd = 4; leeftijd <= 30; leeftijd++) {
      for (const soort of SOORTEN) {
        const result = checkSoort({ soort, leeftijd, startkwalificatie: false, eerdereV3: true });
        const offered = soortenVoorLeeftijd(leeftijd).includes(soort);
        if (!offered) expect(result, `${soort} at ${leeftijd}`).toMatch(/kan niet gekozen worden/);
        else if (soort === 'RMC' && leeftijd >= 23) expect(result).toMatch(/RMC verzuim 18\+ is alleen/);
        else expect(result, `${soort} at ${leeftijd}`).toBeNull();
      }
    }
  });

  it.each([
    [18, false, null],
    [22, false, null],
    [23, false, 'refused'],
    [18, true, 'refused'],
    [22, true, 'refused'],
  ] as const)('R-MEL-9 RMC verzuim 18+ at age %i with startkwalificatie %s: %s', (leeftijd, startkwalificatie, expected) => {
    const r = checkSoort({ soort: 'RMC', leeftijd, startkwalificatie, eerdereV3: false });
    if (expected === null) expect(r).toBeNull();
    else expect(r).toMatch(/alleen voor jongeren tot 23 jaar zonder startkwalificatie/);
  });

  it('R-MEL-10 LRV needs an earlier V3 melding', () => {
    expect(checkSoort({ soort: 'LRV', leeftijd: 15, startkwalificatie: false, eerdereV3: false })).toMatch(/eerder een melding/);
    expect(checkSoort({ soort: 'LRV', leeftijd: 15, startkwalificatie: false, eerdereV3: true })).toBeNull();
  });
});

describe('R-MEL-7 period', () => {
  const vandaag = '2026-11-02';
  it.each([
    [{ van: null, tm: null }, ['van']],
    [{ van: '2026-11-03', tm: null }, ['van']],
    [{ van: '2026-11-02', tm: null }, []],
    [{ van: '2026-10-01', tm: '2026-09-30' }, ['tm']],
    [{ van: '2026-10-01', tm: '2026-10-01' }, []],
    [{ van: '2026-10-01', tm: '2026-12-31' }, []], // an end in the future is allowed
  ])('R-MEL-7 %j → errors on %j', (p, fields) => {
    expect(checkPeriode(p, vandaag).map((e) => e.field)).toEqual(fields);
  });
});

describe('R-MEL-8 overlap', () => {
  it.each([
    [{ van: '2026-09-01', tm: '2026-09-10' }, { van: '2026-09-10', tm: '2026-09-20' }, true], // touching on one day
    [{ van: '2026-09-01', tm: '2026-09-10' }, { van: '2026-09-11', tm: '2026-09-20' }, false], // adjacent days
    [{ van: '2026-09-01', tm: null }, { van: '2027-06-01', tm: '2027-06-02' }, true], // open-ended
    [{ van: '2026-09-01', tm: null }, { van: '2026-08-01', tm: '2026-08-31' }, false],
    [{ van: '2026-09-01', tm: null }, { van: '2026-08-01', tm: null }, true],
    [{ van: '2026-09-05', tm: '2026-09-06' }, { van: '2026-09-01', tm: '2026-09-30' }, true], // inside
    [{ van: '2026-09-10', tm: '2026-09-10' }, { van: '2026-09-10', tm: '2026-09-10' }, true], // one and the same day
    [{ van: '2026-09-10', tm: '2026-09-10' }, { van: '2026-09-11', tm: null }, false], // open-ended from the next day
    [{ van: '2026-09-10', tm: '2026-09-10' }, { van: '2026-09-10', tm: null }, true], // open-ended from that very day
    [{ van: '2026-09-01', tm: null }, { van: '2026-09-01', tm: null }, true], // both open from the same day
    [{ van: '2026-12-31', tm: '2026-12-31' }, { van: '2027-01-01', tm: '2027-01-01' }, false], // across a year, adjacent
  ])('R-MEL-8 %j and %j overlap: %s', (a, b, expected) => {
    expect(overlapt(a, b)).toBe(expected);
    expect(overlapt(b, a)).toBe(expected);
  });

  const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
  const periode = fc.tuple(day, fc.option(day)).map(([a, b]) => (b === null ? { van: a, tm: null } : a <= b ? { van: a, tm: b } : { van: b, tm: a }));
  it('R-MEL-8 overlap is symmetric and equals "some day lies in both"', () => {
    fc.assert(
      fc.property(periode, periode, (a, b) => {
        const inBoth = (d: string) => d >= a.van && (a.tm === null || d <= a.tm) && d >= b.van && (b.tm === null || d <= b.tm);
        const later = a.van > b.van ? a.van : b.van; // the first day both could share
        expect(overlapt(a, b)).toBe(overlapt(b, a));
        expect(overlapt(a, b)).toBe(inBoth(later));
      }),
    );
  });
});

describe('R-MEL-8 overlapFout: the one decision', () => {
  const ander = (van: string, tm: string | null, status: (typeof STATUSSEN)[number] = 'R', nummer: string | null = '2026-0000001') => ({ nummer, status, periode: { van, tm } });

  it('R-MEL-8 a new melding that shares one day with another: the message names it, at van', () => {
    expect(overlapFout({ van: '2026-09-10', tm: null }, [ander('2026-09-01', '2026-09-10')])).toEqual({ field: 'van', text: t.overlap('2026-0000001') });
  });

  it('R-MEL-8 the day after the other ends is free; the day before it begins is free', () => {
    expect(overlapFout({ van: '2026-09-11', tm: null }, [ander('2026-09-01', '2026-09-10')])).toBeNull();
    expect(overlapFout({ van: '2026-08-20', tm: '2026-08-31' }, [ander('2026-09-01', null)])).toBeNull();
    expect(overlapFout({ van: '2026-08-20', tm: '2026-09-01' }, [ander('2026-09-01', null)])).toEqual({ field: 'van', text: t.overlap('2026-0000001') });
  });

  it('R-MEL-8 open-ended on either side runs on forever', () => {
    expect(overlapFout({ van: '2026-01-01', tm: null }, [ander('2030-06-01', '2030-06-01')])).not.toBeNull();
    expect(overlapFout({ van: '2030-06-01', tm: '2030-06-01' }, [ander('2026-01-01', null)])).not.toBeNull();
  });

  it.each(STATUSSEN.map((s) => [s]))('R-MEL-8 another melding with status %s counts unless Ingetrokken', (status) => {
    const fout = overlapFout({ van: '2026-09-05', tm: '2026-09-06' }, [ander('2026-09-01', null, status)]);
    expect(fout === null).toBe(status === 'I');
  });

  it('R-MEL-8 an Ingetrokken melding is passed over and the next overlapping one is named', () => {
    const andere = [ander('2026-09-01', null, 'I', '2026-0000001'), ander('2026-09-03', '2026-09-04', 'G', '2026-0000002')];
    expect(overlapFout({ van: '2026-09-02', tm: null }, andere)).toEqual({ field: 'van', text: t.overlap('2026-0000002') });
  });

  it("R-MEL-8 another school's melding is not named", () => {
    expect(overlapFout({ van: '2026-09-05', tm: null }, [ander('2026-09-01', null, 'B', null)])).toEqual({ field: 'van', text: t.overlapOnbekend });
  });

  it('R-MEL-8 an edited melding does not overlap itself, and an overlap with another stands at tm', () => {
    const andere = [ander('2026-09-01', '2026-09-10', 'R', '2026-0000007'), ander('2026-09-20', null, 'R', '2026-0000008')];
    expect(overlapFout({ van: '2026-09-01', tm: '2026-09-19' }, andere, '2026-0000007')).toBeNull();
    expect(overlapFout({ van: '2026-09-01', tm: '2026-09-20' }, andere, '2026-0000007')).toEqual({ field: 'tm', text: t.overlap('2026-0000008') });
    // without naming itself, the edited melding is "another" melding
    expect(overlapFout({ van: '2026-09-01', tm: '2026-09-19' }, andere)).toEqual({ field: 'van', text: t.overlap('2026-0000007') });
  });

  it('R-MEL-8 a 23P01 of the exclusion constraint is the overlap refusal; other errors are not', () => {
    expect(isOverlapGeweigerd(Object.assign(new Error('conflicting key value violates exclusion constraint "meldingen_geen_overlap"'), { code: '23P01' }))).toBe(true);
    expect(isOverlapGeweigerd(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isOverlapGeweigerd(new Error('x'))).toBe(false);
    expect(isOverlapGeweigerd(null)).toBe(false);
  });
});

describe('R-MEL-8 R-VRIJ-2 one overlapt for meldingen and vrijstellingen', () => {
  // The two formulas this replaced, kept here as the proof that they decided alike on every
  // pair of real calendar days (ISO dates never pass 9999-12-31).
  const meldingenFormule = (a: Periode, b: Periode) => a.van <= (b.tm ?? '9999-12-31') && b.van <= (a.tm ?? '9999-12-31');
  const vrijstellingenFormule = (a: Periode, b: Periode) => (a.tm === null || b.van <= a.tm) && (b.tm === null || a.van <= b.tm);
  const day = fc.integer({ min: 0, max: 90 }).map((n) => new Date(Date.UTC(2030, 1, 20 + n)).toISOString().slice(0, 10));
  const periode = fc.tuple(day, fc.option(day)).map(([a, b]): Periode => (b === null ? { van: a, tm: null } : a <= b ? { van: a, tm: b } : { van: b, tm: a }));

  it('R-MEL-8 R-VRIJ-2 overlapt equals both former formulas', () => {
    fc.assert(
      fc.property(periode, periode, (a, b) => {
        expect(overlapt(a, b)).toBe(meldingenFormule(a, b));
        expect(overlapt(a, b)).toBe(vrijstellingenFormule(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    // [melding, vrijstelling, touches]
    [{ van: '2030-03-02', tm: '2030-03-12' }, { van: '2030-03-13', tm: null }, false], // ends the day before: untouched
    [{ van: '2030-03-02', tm: '2030-03-13' }, { van: '2030-03-13', tm: null }, true], // shares the vrijstelling's first day
    [{ van: '2030-03-14', tm: null }, { van: '2030-03-01', tm: '2030-03-13' }, false], // begins the day after it ends
    [{ van: '2030-03-13', tm: null }, { van: '2030-03-01', tm: '2030-03-13' }, true], // begins on its last day
  ])('R-MEL-8 R-VRIJ-2 melding %j and vrijstelling %j share a day: %s, and effectOpMelding agrees', (mp, vp, touches) => {
    expect(overlapt(mp, vp)).toBe(touches);
    expect(effectOpMelding({ ...mp, status: 'R' }, vp).soort === 'geen').toBe(!touches);
  });
});

describe('R-MEL-11 verbijzondering', () => {
  it.each(SOORTEN.map((s) => [s]))('R-MEL-11 with soort %s', (soort) => {
    expect(checkVerbijzondering(soort, null)).toBeNull();
    const r = checkVerbijzondering(soort, 'mogelijk_langdurig_ziek');
    if (soort === 'O') expect(r).toBeNull();
    else expect(r).toMatch(/alleen .* bij Overig verzuim/);
  });
  it('R-MEL-11 an unknown verbijzondering is refused', () => {
    expect(checkVerbijzondering('O', 'ziek')).toMatch(/uit de lijst/);
  });
});

describe('R-MEL-7 vermoedelijke reden', () => {
  it('R-MEL-7 required, at most 200 characters', () => {
    expect(checkReden('  ')).toMatch(/Vul de vermoedelijke reden in/);
    expect(checkReden('a'.repeat(200))).toBeNull();
    expect(checkReden('a'.repeat(201))).toMatch(/200 tekens/);
  });
});

describe('R-MEL-12 / R-MEL-13 actie gewenst', () => {
  it.each([
    [null, '', false, ['actieGewenst']],
    [true, '', false, []],
    [true, '', true, []],
    [false, '', false, ['toelichtingActieGewenst']],
    [false, '  ', false, ['toelichtingActieGewenst']],
    [false, 'school regelt het', false, []],
    [false, 'school regelt het', true, ['prioriteit']],
  ] as const)('R-MEL-12 R-MEL-13 actie %s, toelichting %j, prioriteit %s → %j', (actieGewenst, toelichting, prioriteit, fields) => {
    expect(checkActieGewenst({ actieGewenst, toelichting, prioriteit }).map((e) => e.field)).toEqual(fields);
  });
});

describe('R-MEL-14 lesuren', () => {
  const periode = { van: '2026-09-01', tm: '2026-09-30' };
  const dag = (datum: string, extra: Partial<Verzuimdag> = {}): Verzuimdag => ({ datum, heleDag: true, lesuren: [], toelichting: '', ...extra });

  it('R-MEL-14 with alle lessen gemist no days may be entered', () => {
    expect(checkVerzuimdagen({ allesGemist: true, dagen: [], periode })).toEqual([]);
    expect(checkVerzuimdagen({ allesGemist: true, dagen: [dag('2026-09-01')], periode })[0]!.field).toBe('dagen');
  });
  it('R-MEL-14 days lie inside the period (bounds included), no date twice', () => {
    const errors = checkVerzuimdagen({
      allesGemist: false,
      dagen: [dag('2026-09-01'), dag('2026-09-30'), dag('2026-08-31'), dag('2026-10-01'), dag('2026-09-01')],
      periode,
    });
    expect(errors.map((e) => [e.field, e.text])).toEqual([
      ['dag-2-datum', expect.stringMatching(/binnen de verzuimperiode/)],
      ['dag-3-datum', expect.stringMatching(/binnen de verzuimperiode/)],
      ['dag-4-datum', expect.stringMatching(/staat er al/)],
    ]);
  });
  it('R-MEL-14 an open-ended period takes days after the start', () => {
    expect(checkVerzuimdagen({ allesGemist: false, dagen: [dag('2027-01-10')], periode: { van: '2026-09-01', tm: null } })).toEqual([]);
  });
  it('R-MEL-14 a day that is not whole names lesson hours 1–12', () => {
    const check = (lesuren: number[]) => checkVerzuimdagen({ allesGemist: false, dagen: [dag('2026-09-02', { heleDag: false, lesuren })], periode });
    expect(check([])).toHaveLength(1);
    expect(check([0])).toHaveLength(1);
    expect(check([13])).toHaveLength(1);
    expect(check([1, 2, 12])).toEqual([]);
  });
  it('R-MEL-14 "Niet van toepassing": no days at all is fine', () => {
    expect(checkVerzuimdagen({ allesGemist: false, dagen: [], periode })).toEqual([]);
  });
});

describe('R-MEL-15 acties school', () => {
  it('R-MEL-15 at least one, from the list', () => {
    expect(checkActiesSchool([])).toMatch(/minimaal één/);
    expect(checkActiesSchool(['huisbezoek', 'anders'])).toBeNull();
    expect(checkActiesSchool(['huisbezoek', 'toveren'])).toMatch(/uit de lijst/);
  });
});

describe('R-MEL-1 … R-MEL-4 may this institution report this pupil', () => {
  const vandaag = '2026-11-02';
  const ins = (instellingscode: string, extra: Partial<{ begindatum: string; einddatum: string | null; hoofdinschrijving: boolean }> = {}) => ({
    instellingscode,
    begindatum: '2025-08-01',
    einddatum: null,
    hoofdinschrijving: true,
    ...extra,
  });
  const thuis = { woontInBuitenland: false };

  it('R-MEL-1 unknown PGN', () => expect(magMelden(null, [], '01AB', vandaag)).toEqual({ reden: 'geen_leerling' }));
  it('R-MEL-2 abroad comes before anything else', () =>
    expect(magMelden({ woontInBuitenland: true }, [ins('01AB')], '01AB', vandaag)).toEqual({ reden: 'buitenland' }));
  it('R-MEL-3 not enrolled here, or only in the past or future', () => {
    expect(magMelden(thuis, [ins('02CD')], '01AB', vandaag)).toEqual({ reden: 'niet_ingeschreven' });
    expect(magMelden(thuis, [ins('01AB', { einddatum: '2026-11-01' })], '01AB', vandaag)).toEqual({ reden: 'niet_ingeschreven' });
    expect(magMelden(thuis, [ins('01AB', { begindatum: '2026-11-03' })], '01AB', vandaag)).toEqual({ reden: 'niet_ingeschreven' });
    expect(magMelden(thuis, [ins('01AB', { einddatum: vandaag })], '01AB', vandaag)).toBeNull();
  });
  it('R-MEL-4 doorlopende leerroute: only the school of the hoofdinschrijving reports', () => {
    const route = [ins('01AB', { hoofdinschrijving: false }), ins('02CD', { hoofdinschrijving: true })];
    expect(magMelden(thuis, route, '01AB', vandaag)).toEqual({ reden: 'hoofdinschrijving_elders', instellingscode: '02CD' });
    expect(magMelden(thuis, route, '02CD', vandaag)).toBeNull();
  });
  it('R-MEL-4 an ended hoofdinschrijving elsewhere does not block', () => {
    const route = [ins('01AB', { hoofdinschrijving: false }), ins('02CD', { hoofdinschrijving: true, einddatum: '2026-07-31' })];
    expect(magMelden(thuis, route, '01AB', vandaag)).toBeNull();
  });
});

describe('R-GEM-1 routing', () => {
  it.each(SOORTEN.map((s) => [s]))('R-GEM-1 soort %s', (soort) => {
    expect(behandelendeGemeente(soort, '0363', '0599')).toBe(soort === 'RMC' ? '0599' : '0363');
  });
});
