// Pure rules of the register import (src/modules/registers/rules.ts).
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_HOURS, shownResultaat } from '../../../src/modules/registers/rules';

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
