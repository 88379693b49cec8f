import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namePattern } from '../../../src/platform/search/name-pattern';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `lower(name) LIKE lower(pattern)` as PostgreSQL evaluates it (default escape `\`). */
function likeMatches(pattern: string, name: string): boolean {
  const p = pattern.toLowerCase();
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') re += escapeRe(p[++i] ?? '');
    else if (c === '%') re += '.*';
    else if (c === '_') re += '.';
    else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`, 's').test(name.toLowerCase());
}

// Printable ASCII without %: what people type; % is added where a test wants it.
const term = fc.string({ minLength: 1 }).filter((s) => !s.includes('%') && s.trim() !== '');

describe('namePattern (R-UI-1)', () => {
  it.each([
    ['jan', 'jan%'],
    ['  Jan ', 'Jan%'],
    ['%oor', '%oor%'],
    ['oor%', 'oor%'],
    ['de % school', 'de % school%'],
    ['%', '%'],
    ['a_b', 'a\\_b%'],
    ['100%_x', '100%\\_x%'],
    ['c:\\pad', 'c:\\\\pad%'],
  ])('R-UI-1 %j becomes the pattern %j', (input, pattern) => {
    expect(namePattern(input)).toBe(pattern);
  });

  it('R-UI-1 an empty or blank term is no filter', () => {
    expect(namePattern('')).toBeNull();
    expect(namePattern(' \t ')).toBeNull();
  });

  it('R-UI-1 without %: a name matches exactly when it starts with the term, in any case', () => {
    fc.assert(
      fc.property(term, fc.string(), (t, name) => {
        expect(likeMatches(namePattern(t)!, name)).toBe(name.toLowerCase().startsWith(t.trim().toLowerCase()));
        expect(likeMatches(namePattern(t)!, `${t.trim().toUpperCase()}${name}`)).toBe(true);
      }),
    );
  });

  it('R-UI-1 with a leading % ("%oor"): a name matches exactly when it contains the rest anywhere', () => {
    fc.assert(
      fc.property(term, fc.string(), fc.string(), fc.string(), (t, before, after, other) => {
        const pattern = namePattern(`%${t.trim()}`)!;
        expect(likeMatches(pattern, `${before}${t.trim().toUpperCase()}${after}`)).toBe(true);
        expect(likeMatches(pattern, other)).toBe(other.toLowerCase().includes(t.trim().toLowerCase()));
      }),
    );
  });

  it('R-UI-1 a % in the middle is a wildcard there, and the term still matches as a prefix', () => {
    expect(likeMatches(namePattern('de%school')!, 'De Brede School Noord')).toBe(true);
    expect(likeMatches(namePattern('de%school')!, 'Een school')).toBe(false);
    expect(likeMatches(namePattern('%oor')!, 'Boortoren')).toBe(true);
  });

  it('R-UI-1 _ and \\ are literal: "a_b" does not find "axb"', () => {
    expect(likeMatches(namePattern('a_b')!, 'a_bc')).toBe(true);
    expect(likeMatches(namePattern('a_b')!, 'axbc')).toBe(false);
    expect(likeMatches(namePattern('a\\b')!, 'a\\bc')).toBe(true);
    expect(likeMatches(namePattern('a\\b')!, 'abc')).toBe(false);
  });
});
