// Shared by the beheer tests: an app on a fresh database with two institutions and a
// gemeente in the registers, and a functioneel beheerder logged in through the real pages.
import { createTestApp, type TestApp } from '../../helpers/app';
import { TestClient } from '../../helpers/client';
import { gebruiker, gemeente, instelling, type TestUser } from '../../helpers/factories';

export interface BeheerSetup {
  t: TestApp;
  /** The functioneel beheerder and their logged-in browser. */
  fb: TestUser;
  beheer: TestClient;
}

export async function beheerSetup(): Promise<BeheerSetup> {
  const t = await createTestApp();
  await instelling(t.services, '00AA');
  await instelling(t.services, '01BB');
  await gemeente(t.services, '0363', 'Amsterdam');
  const fb = await gebruiker(t.services, 'frank', [{ rol: 'functioneel_beheerder' }]);
  const beheer = new TestClient(t.app);
  await beheer.login(fb.gebruikersnaam, fb.wachtwoord, fb.totpSecret);
  return { t, fb, beheer };
}

/** A user logged in through the real pages, in their own browser. */
export async function ingelogd(t: TestApp, user: TestUser): Promise<TestClient> {
  const c = new TestClient(t.app);
  await c.login(user.gebruikersnaam, user.wachtwoord, user.totpSecret);
  return c;
}

/** The password step of the login only: where it sends the user, or the refusal page. */
export async function wachtwoordStap(t: TestApp, gebruikersnaam: string, wachtwoord: string) {
  const c = new TestClient(t.app);
  await c.get('/inloggen');
  return c.post('/inloggen', { gebruikersnaam, wachtwoord });
}

export const GENERIEKE_WEIGERING = 'De combinatie van inlognaam en wachtwoord is onjuist';

/** Rows of the audit log with this action, oldest first. */
export function auditRegels(t: TestApp, actie: string) {
  return t.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id').execute();
}
