// Login limits (ASVS 2.2.1: at most 100 failed attempts per hour on one account). Pure.

/** The window in which failures are counted. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** 10 per 15 minutes allows at most 40 failures an hour on one account. */
export const MAX_FAILURES_PER_ACCOUNT = 10;
/** An IP may fail more often: several people may share a school's address. */
export const MAX_FAILURES_PER_IP = 50;

/** Whether another attempt is allowed, given the failures counted in the window. */
export function attemptAllowed(failures: { account: number; ip: number }): boolean {
  return failures.account < MAX_FAILURES_PER_ACCOUNT && failures.ip < MAX_FAILURES_PER_IP;
}

/** Usernames are compared case-insensitively and without surrounding spaces. */
export function normaliseGebruikersnaam(input: string): string {
  return input.trim().toLowerCase();
}
