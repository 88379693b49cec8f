// Login throttling (R-AUTH-1, security): growing delays per device, account and address,
// never a lock that a stranger can set on the right password of someone else's browser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delayFor, FAILURE_WINDOW_MS, THROTTLE, waitBeforeAttempt, type Failures } from '../../../src/modules/auth/rules';

const none: Failures = { count: 0, last: null };
const at = (ms: number) => new Date(Date.UTC(2026, 10, 2, 9) + ms);

describe('security R-AUTH-1 login throttling rules', () => {
  it('no delay up to the free failures, then doubling up to the maximum', () => {
    const t = THROTTLE.account;
    expect(delayFor(t.free - 1, t)).toBe(0);
    expect(delayFor(t.free, t)).toBe(t.baseMs);
    expect(delayFor(t.free + 1, t)).toBe(2 * t.baseMs);
    expect(delayFor(t.free + 100, t)).toBe(t.maxMs);
    fc.assert(fc.property(fc.nat(10_000), (n) => delayFor(n + 1, t) >= delayFor(n, t) && delayFor(n, t) <= t.maxMs));
  });

  it('a trusted device answers only to its own failures; other clients to the account and the address', () => {
    const many: Failures = { count: 1000, last: at(0) };
    expect(waitBeforeAttempt({ apparaat: none, account: many, adres: many }, at(1))).toBe(0);
    expect(waitBeforeAttempt({ apparaat: null, account: many, adres: none }, at(1))).toBe(THROTTLE.account.maxMs - 1);
    expect(waitBeforeAttempt({ apparaat: null, account: none, adres: many }, at(1))).toBe(THROTTLE.adres.maxMs - 1);
    expect(waitBeforeAttempt({ apparaat: null, account: many, adres: none }, at(THROTTLE.account.maxMs))).toBe(0);
  });

  it('ASVS 2.2.1: an attacker trying as fast as allowed gets far fewer than 100 guesses an hour on one account', () => {
    for (const key of ['account', 'apparaat'] as const) {
      const failures: number[] = [];
      for (let t = 0; t < FAILURE_WINDOW_MS; t += 100) {
        const recent = failures.filter((f) => f > t - FAILURE_WINDOW_MS);
        const counted: Failures = { count: recent.length, last: recent.length ? at(recent.at(-1)!) : null };
        const wait = waitBeforeAttempt(key === 'account' ? { apparaat: null, account: counted, adres: none } : { apparaat: counted, account: none, adres: none }, at(t));
        if (wait === 0) failures.push(t);
      }
      expect(failures.length, key).toBeLessThan(40);
    }
  });
});
