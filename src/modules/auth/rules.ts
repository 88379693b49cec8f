// Login throttling (OWASP Authentication Cheat Sheet; ASVS 2.2.1: at most 100 failed attempts
// an hour on one account). Pure.
//
// No hard lock that a stranger can trigger: failures buy growing delays, per key, and a delay
// ends by itself. Three keys:
//   - a device: a browser in which this account logged in fully before (a device cookie);
//     only its own failures slow it, so an attacker cannot lock a user out of their own browser;
//   - the account, for every other client: stops guessing one account from many addresses;
//   - the address, for every other client: stops spraying many accounts from one address, with
//     room for a school's staff behind one address, and never touching a trusted device.
// An attempt while a delay runs is refused without checking anything and is not counted, so
// hammering does not lengthen the delay.

/** How far back failures are counted. */
export const FAILURE_WINDOW_MS = 60 * 60 * 1000;

/**
 * How long login attempts are kept before the housekeeping job deletes them. Throttling and
 * the burst alert (startsBurst) read only FAILURE_WINDOW_MS (one hour) back; 30 days leaves
 * functioneel beheer a month to look into an alert ("Veel mislukte inlogpogingen") or a
 * user's complaint, and then the usernames and addresses go (AVG: no longer than needed).
 */
export const LOGIN_POGINGEN_BEWAARDAGEN = 30;

export interface Throttle {
  /** Failures without any delay. */
  free: number;
  /** The first delay; each further failure doubles it. */
  baseMs: number;
  maxMs: number;
}

export const THROTTLE = {
  apparaat: { free: 10, baseMs: 2_000, maxMs: 15 * 60_000 },
  account: { free: 10, baseMs: 2_000, maxMs: 15 * 60_000 },
  adres: { free: 50, baseMs: 1_000, maxMs: 60_000 },
} as const satisfies Record<string, Throttle>;

export type ThrottleKey = keyof typeof THROTTLE;

/** Failures counted in the window for one key, and when the last one was. */
export interface Failures {
  count: number;
  last: Date | null;
}

/** The delay that `count` failures earn: none up to `free`, then doubling up to the maximum. */
export function delayFor(count: number, t: Throttle): number {
  if (count < t.free) return 0;
  return Math.min(t.maxMs, t.baseMs * 2 ** Math.min(count - t.free, 30));
}

/** Milliseconds still to wait after the last failure (0: go ahead). */
export function remainingWait(f: Failures, t: Throttle, now: Date): number {
  if (!f.last) return 0;
  return Math.max(0, f.last.getTime() + delayFor(f.count, t) - now.getTime());
}

/**
 * How long this attempt must wait: a trusted device answers to its own failures only; any
 * other client to the account's and the address's.
 */
export function waitBeforeAttempt(f: { apparaat: Failures | null; account: Failures; adres: Failures }, now: Date): number {
  if (f.apparaat) return remainingWait(f.apparaat, THROTTLE.apparaat, now);
  return Math.max(remainingWait(f.account, THROTTLE.account, now), remainingWait(f.adres, THROTTLE.adres, now));
}

/**
 * Whether this failure (the `count`-th of its key) starts a burst worth telling functioneel
 * beheer: exactly when the key's free failures run out, so one burst gives one alert.
 */
export function startsBurst(count: number, key: ThrottleKey): boolean {
  return count === THROTTLE[key].free;
}

/** Usernames are compared case-insensitively and without surrounding spaces. */
export function normaliseGebruikersnaam(input: string): string {
  return input.trim().toLowerCase();
}
