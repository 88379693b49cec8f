// TOTP (RFC 6238) codes from an authenticator app: 6 digits, 30 seconds, SHA-1 (what every
// app supports), accepted one step either side for clock drift.
import { Secret, TOTP } from 'otpauth';

const PERIOD = 30;
const ISSUER = 'Verzuimloket';

function totp(secret: string, label = 'gebruiker'): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app imports. */
export function otpauthUri(secret: string, gebruikersnaam: string): string {
  return totp(secret, gebruikersnaam).toString();
}

/** The secret in groups of four, easier to type over. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * The time step the code belongs to, or null when it is not valid now (±1 step).
 * The caller refuses a step at or below the last one used: a code works once.
 */
export function matchingStep(secret: string, code: string, now: number = Date.now()): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD) + delta;
}

/** The code an authenticator shows now (for the CLI and tests). */
export function currentCode(secret: string, now: number = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}
