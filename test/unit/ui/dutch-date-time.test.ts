import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDutchDateTime } from '../../../src/platform/datum';

// What the formatter must equal: Intl's own Dutch time, field by field.
const intl = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});
function viaIntl(d: Date): string {
  const p = Object.fromEntries(intl.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

describe('formatDutchDateTime (R-UI-5: DD-MM-JJJJ in Dutch time)', () => {
  it('R-UI-5: winter time is UTC+1, summer time UTC+2', () => {
    expect(formatDutchDateTime(new Date('2026-11-28T14:02:10Z'))).toBe('28-11-2026 15:02:10');
    expect(formatDutchDateTime(new Date('2026-07-01T22:30:00Z'))).toBe('02-07-2026 00:30:00');
    expect(formatDutchDateTime(new Date('2026-11-28T14:02:10Z'), { seconds: false })).toBe('28-11-2026 15:02');
    expect(formatDutchDateTime(null)).toBe('');
  });

  it('R-UI-5: around the switches to and from summer time, to the second', () => {
    // 29 March 2026 02:00 CET → 03:00 CEST (01:00 UTC); 25 October 2026 03:00 CEST → 02:00 CET (01:00 UTC).
    expect(formatDutchDateTime(new Date('2026-03-29T00:59:59Z'))).toBe('29-03-2026 01:59:59');
    expect(formatDutchDateTime(new Date('2026-03-29T01:00:00Z'))).toBe('29-03-2026 03:00:00');
    expect(formatDutchDateTime(new Date('2026-10-25T00:59:59Z'))).toBe('25-10-2026 02:59:59');
    expect(formatDutchDateTime(new Date('2026-10-25T01:00:00Z'))).toBe('25-10-2026 02:00:00');
  });

  it('R-UI-5: equals Intl for any moment from 1990 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(formatDutchDateTime(new Date(ms))).toBe(viaIntl(new Date(ms)));
      }),
      { numRuns: 5000 },
    );
  });
});
