// Small factories for test data; each inserts through the same services the app uses where
// one exists, and plainly where the data is a register row.
import { sql } from 'kysely';
import type { Rol } from '../../src/modules/auth/auth.tables';
import type { Soort } from '../../src/modules/meldingen/codes';
import { newTotpSecret } from '../../src/modules/auth/totp';
import { versieSnapshot } from '../../src/modules/meldingen/versie';
import { bsnFromPrefix } from '../../src/modules/registers/validation';
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

// ---------------------------------------------------------------------------------------------
// Registers and meldingen, for the melding tests: plain rows, as an import would load them.

let pgnTeller = 31_000_000;
/** A fresh valid BSN (11-proef), unique within the test process. */
export function nieuwBsn(): string {
  for (;;) {
    const bsn = bsnFromPrefix(String(++pgnTeller).padStart(8, '0'));
    if (bsn) return bsn;
  }
}

/** A gemeente in an RMC-regio (created too) whose contactgemeente is `contactgemeente` (or itself). */
export async function gemeenteInRegio(s: Services, gemeentecode: string, regio: string, contactgemeente = gemeentecode) {
  await s.db.insertInto('rmc_regios').values({ code: regio, naam: `Regio ${regio}`, contactgemeente_code: null, vervallen_op: null }).onConflict((oc) => oc.doNothing()).execute();
  await gemeente(s, gemeentecode);
  if (contactgemeente !== gemeentecode) await gemeente(s, contactgemeente);
  await s.db.updateTable('gemeenten').set({ rmc_regio_code: regio }).where('gemeentecode', 'in', [gemeentecode, contactgemeente]).execute();
  await s.db.updateTable('rmc_regios').set({ contactgemeente_code: contactgemeente }).where('code', '=', regio).execute();
  return gemeentecode;
}

/** An instelling with one vestiging '01' (enrolments refer to it). */
export async function vestiging(s: Services, instellingscode: string, gemeentecode: string) {
  await instelling(s, instellingscode);
  await s.db
    .insertInto('vestigingen')
    .values({ instellingscode, vestigingscode: '01', naam: `School ${instellingscode}`, plaats: 'Plaats', gemeentecode, vervallen_op: null })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return instellingscode;
}

export interface LeerlingOpties {
  pgn?: string;
  geboortedatum?: string;
  woongemeente?: string;
  buitenland?: boolean;
  startkwalificatie?: boolean;
  achternaam?: string;
}

/** A pupil in ROD (the woongemeente must exist unless abroad). */
export async function leerling(s: Services, o: LeerlingOpties = {}) {
  const pgn = o.pgn ?? nieuwBsn();
  const buitenland = o.buitenland ?? false;
  await s.db
    .insertInto('leerlingen')
    .values({
      pgn,
      voornamen: 'Sanne',
      voorvoegsel: 'van',
      achternaam: o.achternaam ?? 'Dijk',
      geboortedatum: o.geboortedatum ?? '2011-03-04',
      geslacht: 'V',
      straat: buitenland ? null : 'Dorpsstraat',
      huisnummer: buitenland ? null : 12,
      postcode: buitenland ? null : '1011AB',
      plaats: buitenland ? null : 'Amsterdam',
      woongemeente_code: buitenland ? null : (o.woongemeente ?? '0363'),
      woont_in_buitenland: buitenland,
      land: buitenland ? 'België' : null,
      startkwalificatie: o.startkwalificatie ?? false,
    })
    .execute();
  return pgn;
}

/** An enrolment at vestiging 01 of the instelling (which must exist, see `vestiging`). */
export async function inschrijving(s: Services, pgn: string, instellingscode: string, o: { begindatum?: string; einddatum?: string | null; hoofdinschrijving?: boolean } = {}) {
  await s.db
    .insertInto('inschrijvingen')
    .values({ pgn, instellingscode, vestigingscode: '01', begindatum: o.begindatum ?? '2020-08-01', einddatum: o.einddatum ?? null, hoofdinschrijving: o.hoofdinschrijving ?? true })
    .execute();
}

/** RIO: an onderwijsaanbieder and an onderwijslocatie of the instelling. */
export async function rio(s: Services, instellingscode: string, o: { oac: string; aanbieder: string; olc: string; postcode: string; huisnummer: number }) {
  await s.db.insertInto('onderwijsaanbieders').values({ oac: o.oac, instellingscode, naam: o.aanbieder, vervallen_op: null }).execute();
  await s.db.insertInto('onderwijslocaties').values({ olc: o.olc, instellingscode, postcode: o.postcode, huisnummer: o.huisnummer, vervallen_op: null }).execute();
}

/**
 * A melding as stored, plainly (for tests that need one to exist: open meldingen, overlap,
 * an earlier V3); the number comes from the same sequence as the save service's.
 */
export async function melding(
  s: Services,
  o: { pgn: string; instellingscode: string; gemeentecode?: string; soort?: Soort; status?: 'R' | 'B' | 'G' | 'K' | 'I'; van: string; tm?: string | null },
) {
  const { rows } = await sql<{ n: string }>`select nextval('melding_nummer_seq')::text as n`.execute(s.db);
  const nummer = `${o.van.slice(0, 4)}-${rows[0]!.n.padStart(7, '0')}`;
  const op = new Date();
  const rij = await s.db
    .insertInto('meldingen')
    .values({
      nummer,
      status: o.status ?? 'R',
      pgn: o.pgn,
      achternaam: 'Dijk',
      instellingscode: o.instellingscode,
      gemeentecode: o.gemeentecode ?? '0363',
      soort: o.soort ?? 'V3',
      begindatum: o.van,
      einddatum: o.tm ?? null,
      inhoud: JSON.stringify({
        leerling: { pgn: o.pgn, voornamen: 'Sanne', voorvoegsel: 'van', achternaam: 'Dijk', geboortedatum: '2011-03-04', straat: 'Dorpsstraat', huisnummer: '12', postcode: '1011AB', plaats: 'Amsterdam', woongemeenteCode: '0363', woongemeenteNaam: 'Amsterdam' },
        leerlingStap: { telefoon: '', email: '', extraContacten: [], afwijkendAdres: null },
        verzuim: {
          van: o.van, tm: o.tm ?? null, soort: o.soort ?? 'V3', verbijzondering: null, reden: 'afwezig vanwege ziekte', allesGemist: false, toelichting: '',
          actieGewenst: true, toelichtingActieGewenst: '', prioriteit: false, onderwijsaanbieder: null, onderwijslocatie: null, locatie: null,
          contactpersoon: { naam: 'Piet Jansen', functie: '', telefoon: '', email: 'piet@school.example', kopie: false },
        },
        lesuren: { dagen: [] },
        acties: { acties: ['gesprek_leerling'], toelichting: '' },
      }),
      concept_id: null,
      aangemaakt_op: op,
      aangemaakt_door: null,
      gewijzigd_op: op,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // Version 1, as the save service writes it, so history and the versioned write see a real melding.
  await s.db
    .insertInto('melding_versies')
    .values({ melding_id: rij.id, versie: 1, status: rij.status, snapshot: versieSnapshot(rij), soort_wijziging: 'aangemaakt', op, door_gebruiker_id: null, door_naam: 'Testfabriek' })
    .execute();
  return nummer;
}
