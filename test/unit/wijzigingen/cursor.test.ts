// The change feed's cursor (issue 16, B-API change feed): opaque, round-trips every position,
// and refuses anything it could not have produced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEGIN, codeerCursor, decodeerCursor, voor } from '../../../src/modules/wijzigingen/cursor';

const xid = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map(String);
const id = fc.bigInt({ min: 0n, max: (1n << 63n) - 1n }).map(String);

describe('the change feed cursor (B-API change feed)', () => {
  it('round-trips every position, as URL-safe text without padding', () => {
    fc.assert(
      fc.property(xid, id, (x, i) => {
        const c = codeerCursor({ xid: x, id: i });
        expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeerCursor(c)).toEqual({ xid: x, id: i });
      }),
    );
    expect(decodeerCursor(codeerCursor(BEGIN))).toEqual(BEGIN);
  });

  it('refuses what it could not have produced', () => {
    const b = (s: string) => Buffer.from(s).toString('base64url');
    const goed = codeerCursor({ xid: '750', id: '12' });
    for (const slecht of [
      '',
      'abc',
      goed + '=',
      goed.slice(0, -1) + (goed.endsWith('A') ? 'B' : 'A'),
      goed.replace(/[A-Za-z]/, '+'),
      b('w2.1.1'),
      b('w1.1'),
      b('w1.-1.1'),
      b('w1.01.1'),
      b('w1.1.1 '),
      b(`w1.${1n << 64n}.1`),
      b(`w1.1.${1n << 63n}`),
      'A'.repeat(65),
    ])
      expect(decodeerCursor(slecht), slecht).toBeUndefined();
  });

  it('a non-canonical spelling of the same bytes is refused (base64 trailing bits)', () => {
    // "w1.1.1" is 6 bytes = 8 characters, no spare bits; "w1.1.12" leaves 2 spare bits in its last character.
    const c = codeerCursor({ xid: '1', id: '12' });
    const last = c.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const anders = c.slice(0, -1) + alphabet[alphabet.indexOf(last) + 1];
    expect(Buffer.from(anders, 'base64url').toString()).toBe('w1.1.12');
    expect(decodeerCursor(anders)).toBeUndefined();
  });

  it('orders positions by xid, then id, as numbers', () => {
    expect(voor({ xid: '9', id: '100' }, { xid: '10', id: '1' })).toBe(true);
    expect(voor({ xid: '10', id: '2' }, { xid: '10', id: '10' })).toBe(true);
    expect(voor({ xid: '10', id: '10' }, { xid: '10', id: '10' })).toBe(false);
    expect(voor(BEGIN, { xid: '0', id: '1' })).toBe(true);
  });
});
