// Passwords are stored as argon2id hashes (OWASP's first choice).
import { hash, verify } from '@node-rs/argon2';

// OWASP: argon2id, m=19 MiB, t=2, p=1 as a minimum.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verifying against this when the user does not exist makes "unknown user" take as long as
// "wrong password", so response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

/** Whether `password` matches `stored`; with no stored hash, spends the same time and says no. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hashPassword('geen-gebruiker-met-deze-naam');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
