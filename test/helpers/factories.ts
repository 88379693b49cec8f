// Small factories for test data; each inserts through the same services the app uses where
// one exists, and plainly where the data is a register row.
import type { Rol } from '../../src/modules/auth/auth.tables';
import { newTotpSecret } from '../../src/modules/auth/totp';
import type { Services } from '../../src/services';

export const TEST_PASSWORD = 'een-lang-test-wachtwoord';
const SYSTEM = { gebruikerId: null, gebruikersnaam: 'test' };

export async function instelling(s: Services, instellingscode: string, naam = `School ${instellingscode}`) {
  await s.db.insertInto('instellingen').values({ instellingscode, naam }).onConflict((oc) => oc.doNothing()).execute();
  return instellingscode;
}

export async function gemeente(s: Services, gemeentecode: string, naam = `Gemeente ${gemeentecode}`) {
  await s.db
    .insertInto('gemeenten')
    .values({ gemeentecode, naam, provincie: null, email_meldingen: `leerplicht@${gemeentecode}.example`, rmc_regio_code: null })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return gemeentecode;
}

export interface TestUser {
  id: string;
  gebruikersnaam: string;
  wachtwoord: string;
  totpSecret: string;
}

/** A user with a coupled token generator and the given roles (codes must exist). */
export async function gebruiker(
  s: Services,
  gebruikersnaam: string,
  rollen: { rol: Rol; code?: string }[] = [],
  opts: { totp?: boolean } = {},
): Promise<TestUser> {
  const created = await s.gebruikers.create({ gebruikersnaam, weergavenaam: `Test ${gebruikersnaam}`, email: '', wachtwoord: TEST_PASSWORD }, SYSTEM);
  if (!created.ok) throw new Error(created.message);
  const totpSecret = newTotpSecret();
  if (opts.totp !== false) await s.gebruikers.setTotpSecret(created.value, totpSecret, SYSTEM);
  for (const r of rollen) {
    const added = await s.gebruikers.addRol(created.value, { rol: r.rol, code: r.code ?? '' }, SYSTEM);
    if (!added.ok) throw new Error(added.message);
  }
  return { id: created.value, gebruikersnaam, wachtwoord: TEST_PASSWORD, totpSecret };
}

/** The system as the actor of a beheer change at `instellingscode` (test data, no person). */
const beheerSysteem = (instellingscode: string) => ({ instellingscode, gebruikerId: null, gebruikersnaam: 'test', ip: null });

/** An onderwijslocatie of the instelling (which must exist), through the locaties service. */
export async function locatie(s: Services, instellingscode: string, naam: string) {
  const saved = await s.locaties.toevoegen(beheerSysteem(instellingscode), { naam });
  if (!saved.ok) throw new Error(saved.message);
  return saved.value;
}

/** A contactpersoon of the instelling (which must exist), with valid details unless given. */
export async function contactpersoon(
  s: Services,
  instellingscode: string,
  naam: string,
  velden: { functie?: string | null; telefoonnummer?: string; email?: string } = {},
) {
  return s.contactpersonen.toevoegen(beheerSysteem(instellingscode), {
    naam,
    functie: velden.functie === undefined ? 'Verzuimcoördinator' : velden.functie,
    telefoonnummer: velden.telefoonnummer ?? '020 123 45 67',
    email: velden.email ?? `${naam.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@school.example`,
  });
}
