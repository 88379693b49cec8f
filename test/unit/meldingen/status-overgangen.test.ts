import { describe, expect, it } from 'vitest';
import { STATUSSEN, type Status } from '../../../src/modules/meldingen/codes';
import { ACTIES, naStatus, toegestaneActies, type Actie, type ActorSoort } from '../../../src/modules/meldingen/status-overgangen';

// The expected matrix, written out by hand from R-RAA-2, R-RAA-5, R-INT-1, R-GEM-3,
// R-VRIJ-2/3 rather than derived from the table under test. Missing = refused.
const VERWACHT: Record<ActorSoort, Partial<Record<Actie, Partial<Record<Status, Status>>>>> = {
  school: {
    wijzigen: { R: 'R', B: 'B' },
    intrekken: { R: 'I', B: 'I' },
  },
  gemeente: {
    in_behandeling_nemen: { R: 'B' },
    terugkoppelen: { B: 'B' },
    overdragen: { B: 'B' },
    afsluiten: { R: 'G', B: 'G' },
    ter_kennisgeving_aannemen: { R: 'K', B: 'K' },
    routeren: { R: 'R', B: 'R' },
  },
  systeem: {
    vrijstelling_inkorten: { R: 'R', B: 'B' },
    vrijstelling_intrekken: { R: 'I', B: 'I' },
  },
};

const ACTOREN: ActorSoort[] = ['school', 'gemeente', 'systeem'];

describe('the status-transition table (R-RAA-2, R-RAA-5, R-INT-1, R-GEM-3, R-VRIJ-2, R-VRIJ-3)', () => {
  for (const actor of ACTOREN) {
    for (const actie of ACTIES) {
      for (const status of STATUSSEN) {
        const naar = VERWACHT[actor][actie]?.[status] ?? null;
        it(`${actor} × ${actie} × ${status} → ${naar ?? 'geweigerd'}`, () => {
          expect(naStatus(actor, actie, status)).toBe(naar);
        });
      }
    }
  }

  it('R-RAA-5 nothing leads out of Afgesloten, Ter kennisgeving aangenomen or Ingetrokken, for anyone', () => {
    for (const actor of ACTOREN) for (const s of ['G', 'K', 'I'] as const) expect(toegestaneActies(actor, s)).toEqual([]);
  });

  it('R-GEM-3 the pages list exactly the allowed actions, in the table order', () => {
    expect(toegestaneActies('gemeente', 'R')).toEqual(['in_behandeling_nemen', 'afsluiten', 'ter_kennisgeving_aannemen', 'routeren']);
    expect(toegestaneActies('gemeente', 'B')).toEqual(['terugkoppelen', 'overdragen', 'afsluiten', 'ter_kennisgeving_aannemen', 'routeren']);
    expect(toegestaneActies('school', 'B')).toEqual(['wijzigen', 'intrekken']);
  });
});
