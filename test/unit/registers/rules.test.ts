// Pure rules of the register import (src/modules/registers/rules.ts).
import { describe, expect, it } from 'vitest';
import { endNeedsConfirmation, endPercentage, MAX_END_SHARE, MAX_IMPORT_HOURS, shownResultaat } from '../../../src/modules/registers/rules';

describe('register import rules', () => {
  it('R-REG-3 an import still Bezig after the documented maximum shows as Mislukt; a finished one keeps its result', () => {
    const start = new Date('2026-10-01T10:00:00Z');
    const after = (hours: number) => new Date(start.getTime() + hours * 3_600_000);
    expect(MAX_IMPORT_HOURS).toBe(6);
    expect(shownResultaat('bezig', start, after(1))).toBe('bezig');
    expect(shownResultaat('bezig', start, after(MAX_IMPORT_HOURS))).toBe('bezig');
    expect(shownResultaat('bezig', start, after(MAX_IMPORT_HOURS + 0.01))).toBe('mislukt');
    for (const r of ['geladen', 'afgekeurd', 'mislukt'] as const) expect(shownResultaat(r, start, after(100))).toBe(r);
  });
});

describe('ending a large share of a register (R-REG-3)', () => {
  it('R-REG-3 security a file may end at most 10 % of the current rows without a confirmation', () => {
    expect(MAX_END_SHARE).toBe(0.1);
    expect(endNeedsConfirmation(0, 0)).toBe(false);
    expect(endNeedsConfirmation(100, 10)).toBe(false);
    expect(endNeedsConfirmation(100, 11)).toBe(true);
    expect(endNeedsConfirmation(9, 1)).toBe(true);
    expect(endNeedsConfirmation(342, 342)).toBe(true);
    expect([endPercentage(342, 342), endPercentage(21, 3), endPercentage(1000, 102), endPercentage(0, 0)]).toEqual([100, 15, 11, 0]);
  });
});
