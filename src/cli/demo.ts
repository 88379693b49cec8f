// Demo data for the embedded database: the registers (generated from the real reference data,
// then loaded through the ordinary import), two proefleerlingen for the refusals, the demo
// accounts and a few meldingen. Runs only on a database
// without users, so it never touches real data.
import type { Services } from '../services';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { currentCode, otpauthUri } from '../modules/auth/totp';
import { seedDemoMeldingen } from './demo-meldingen';
import { loadDemoProefleerlingen, type DemoProefleerlingen } from './demo-proefleerlingen';
import { loadDemoRegisters, pickDemoScopes, withDemoDir, type DemoScopes } from './demo-registers';

const SYSTEM = { gebruikerId: null, gebruikersnaam: 'systeem (demo)' };

/** What a fresh demo holds beyond the fixed accounts: their scopes and the two proefleerlingen. */
export type DemoSeed = DemoScopes & { proef: DemoProefleerlingen };

/** Seeds the demo when the database has no users; returns the scopes used and the proefleerlingen, or null. */
export async function seedDemoIfEmpty(s: Services, log: (m: string) => void): Promise<DemoSeed | null> {
  const anyUser = await s.db.selectFrom('gebruikers').select('id').limit(1).executeTakeFirst();
  if (anyUser) return null;
  const { scopes, proef } = await withDemoDir(async (dir) => {
    const peildatum = await loadDemoRegisters(s, dir, log);
    const gekozen = await pickDemoScopes(s.db);
    return { scopes: gekozen, proef: await loadDemoProefleerlingen(s, dir, peildatum, gekozen, log) };
  });
  for (const account of DEMO_ACCOUNTS) {
    const created = await s.gebruikers.create(
      { gebruikersnaam: account.gebruikersnaam, weergavenaam: account.weergavenaam, email: '', wachtwoord: DEMO_PASSWORD },
      SYSTEM,
    );
    if (!created.ok) throw new Error(`Demo-account ${account.gebruikersnaam}: ${created.message}`);
    await s.gebruikers.setTotpSecret(created.value, account.totpSecret, SYSTEM);
    for (const r of account.rollen) {
      const code = r.scope ? scopes[r.scope] : '';
      const added = await s.gebruikers.addRol(created.value, { rol: r.rol, code }, SYSTEM);
      if (!added.ok) throw new Error(`Demo-rol ${r.rol} voor ${account.gebruikersnaam}: ${added.message}`);
    }
  }
  log(`Demo-accounts aangemaakt (${DEMO_ACCOUNTS.length})`);
  const melder = await s.db.selectFrom('gebruikers').select('id').where('gebruikersnaam', '=', 'melder').executeTakeFirstOrThrow();
  await seedDemoMeldingen(s, scopes, melder.id, log);
  return { ...scopes, proef };
}

/** What the start command prints: where to log in and with which accounts. */
export function demoAccountsText(baseUrl: string, scopes: DemoSeed | null): string {
  const lines = [
    '',
    `Inloggen: ${baseUrl}/inloggen`,
    `Demo-accounts (wachtwoord voor alle: ${DEMO_PASSWORD}):`,
    '',
  ];
  for (const a of DEMO_ACCOUNTS) {
    lines.push(`  ${a.gebruikersnaam.padEnd(18)} ${a.wat}`);
    lines.push(`  ${''.padEnd(18)} TOTP-sleutel ${a.totpSecret}  (code nu: ${currentCode(a.totpSecret)})`);
    lines.push(`  ${''.padEnd(18)} ${otpauthUri(a.totpSecret, a.gebruikersnaam)}`);
  }
  lines.push('', 'De actuele code van een account: npm run cli -- totp-code <inlognaam>');
  if (scopes) {
    lines.push(`Instellingen van "melder": ${scopes.instelling1}, ${scopes.instelling2}; gemeente van "leerplicht": ${scopes.gemeente1}`);
    lines.push(
      `Proefleerlingen bij ${scopes.proef.instellingscode} (Opvoeren verzuim, zoek op PGN):`,
      `  ${scopes.proef.buitenland}  woont in het buitenland: er kan geen verzuim gemeld worden`,
      `  ${scopes.proef.drieentwintig}  is 23 jaar, zonder startkwalificatie: RMC verzuim 18+ wordt geweigerd (leeftijdsgrens)`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
