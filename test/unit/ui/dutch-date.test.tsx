import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { DateInput } from '../../../src/platform/ui/date-input';
import { formatDutchDate, isLeapYear, parseDutchDate } from '../../../src/platform/datum';

describe('dates as DD-MM-JJJJ (R-UI-5)', () => {
  it('R-UI-5 parses DD-MM-JJJJ to an ISO date', () => {
    expect(parseDutchDate('31-08-2026')).toBe('2026-08-31');
    expect(parseDutchDate('01-01-2026')).toBe('2026-01-01');
    expect(parseDutchDate(' 31-12-2025 ')).toBe('2025-12-31');
  });

  it('R-UI-5 accepts single-digit day and month, and eight digits typed on a numeric keypad', () => {
    expect(parseDutchDate('1-9-2026')).toBe('2026-09-01');
    expect(parseDutchDate('31082026')).toBe('2026-08-31');
  });

  it('R-UI-5 accepts 29-02 only in leap years (every 4th year, not centuries unless /400)', () => {
    expect(parseDutchDate('29-02-2024')).toBe('2024-02-29');
    expect(parseDutchDate('29-02-2000')).toBe('2000-02-29');
    expect(parseDutchDate('29-02-2026')).toBeNull();
    expect(parseDutchDate('29-02-1900')).toBeNull();
    expect(parseDutchDate('29-02-2100')).toBeNull();
    expect([2024, 2000, 2026, 1900].map(isLeapYear)).toEqual([true, true, false, false]);
  });

  it('R-UI-5 refuses days a month does not have, like 31-04', () => {
    for (const d of ['31-04-2026', '31-06-2026', '31-09-2026', '31-11-2026', '30-02-2024', '32-01-2026', '00-01-2026', '01-00-2026', '01-13-2026']) {
      expect(parseDutchDate(d), d).toBeNull();
    }
  });

  it('R-UI-5 refuses other formats and text', () => {
    for (const d of ['', '2026-08-31', '31/08/2026', '31-08-26', '31-08-2026x', 'morgen', '31 08 2026', '31-08-0000', '3108202']) {
      expect(parseDutchDate(d), d).toBeNull();
    }
  });

  it('R-UI-5 formats an ISO date as DD-MM-JJJJ and round-trips', () => {
    expect(formatDutchDate('2026-08-31')).toBe('31-08-2026');
    expect(formatDutchDate(parseDutchDate('29-02-2024') ?? '')).toBe('29-02-2024');
    expect(() => formatDutchDate('2026-08-31T00:00:00Z')).toThrow(RangeError);
  });

  it('R-UI-5 DateInput is one text box with the example hint, numeric keypad, and keeps what was typed', () => {
    const html = renderToString(<DateInput name="begindatum" label="Begindatum verzuim" value="31-04-2026" error="Vul een bestaande datum in." />);
    expect(html.match(/<input/g)).toHaveLength(1);
    expect(html).toContain('type="text"');
    expect(html).toContain('inputmode="numeric"');
    expect(html).toContain('value="31-04-2026"');
    expect(html).toContain('Bijvoorbeeld: 31-08-2026');
    expect(html).toContain('aria-describedby="begindatum-hint begindatum-fout"');
    expect(html).toContain('aria-invalid="true"');
    // The browser check must let through every format the server accepts.
    const pattern = /pattern="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const typed of ['31-08-2026', '1-9-2026', '31082026']) expect(new RegExp(`^(?:${pattern})$`, 'v').test(typed)).toBe(true);
  });
});
