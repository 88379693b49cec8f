// While the embedded server runs it holds the database, so `totp-code` cannot read a secret
// from it. For the demo accounts the secret is fixed and printed at start-up anyway, so the
// CLI can still answer for them — the one thing a newcomer needs while trying the demo.
import { currentCode } from '../modules/auth/totp';
import { DEMO_ACCOUNTS } from './demo-accounts';

/** The current code of a demo account by its fixed secret, or null for any other name. */
export function demoTotpCode(argv: readonly string[], env: string): string | null {
  const [naam, inlognaam] = argv;
  if (naam !== 'totp-code' || env === 'production' || !inlognaam) return null;
  const account = DEMO_ACCOUNTS.find((a) => a.gebruikersnaam === inlognaam.trim().toLowerCase());
  return account ? currentCode(account.totpSecret) : null;
}
