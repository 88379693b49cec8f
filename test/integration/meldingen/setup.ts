// Shared by the melding tests: an app on a fresh database at a fixed day (2030-03-16), with
// gemeenten in an RMC-regio, two schools with RIO codes and Beheer lists, a melder per
// school, and helpers that walk the wizard through the real pages.
import type { ApiAuthenticator } from '../../../src/platform/api/client';
import { expect } from 'vitest';
import { createTestApp, testClock, type TestApp } from '../../helpers/app';
import { TestClient } from '../../helpers/client';
import { contactpersoon, gebruiker, gemeenteInRegio, inschrijving, leerling, locatie, rio, vestiging, type LeerlingOpties, type TestUser } from '../../helpers/factories';

export const VANDAAG = '2030-03-16';
/** Amsterdam is its regio's contactgemeente; Diemen (same regio) is not. */
export const AMSTERDAM = '0363';
export const DIEMEN = '0384';
export const SCHOOL = '01AB';
export const ANDERE_SCHOOL = '02CD';

export interface MeldingSetup {
  t: TestApp;
  clock: ReturnType<typeof testClock>;
  melder: TestUser;
  /** A melder of the other school. */
  anderen: TestUser;
  /** A second melder of the same school. */
  collega: TestUser;
  locatieId: string;
  /** A logged-in browser for the user (each login uses the next TOTP step). */
  inloggen(user: TestUser): Promise<TestClient>;
  /** A pupil enrolled at SCHOOL (unless told otherwise). */
  leerling(o?: LeerlingOpties & { school?: string | null }): Promise<string>;
}

/** `apiAuthenticator`: who calls the JSON API (issue 16 tests; helpers/api.ts testAuthenticator). */
export async function meldingSetup(opts: { apiAuthenticator?: ApiAuthenticator } = {}): Promise<MeldingSetup> {
  const clock = testClock(new Date(`${VANDAAG}T10:00:00Z`));
  const t = await createTestApp({ now: clock, config: { BASE_URL: 'https://verzuimloket.example' }, apiAuthenticator: opts.apiAuthenticator });
  const s = t.services;
  await gemeenteInRegio(s, AMSTERDAM, '13');
  await gemeenteInRegio(s, DIEMEN, '13', AMSTERDAM);
  await vestiging(s, SCHOOL, AMSTERDAM);
  await vestiging(s, ANDERE_SCHOOL, AMSTERDAM);
  await rio(s, SCHOOL, { oac: '110A133', aanbieder: 'Het Lyceum Amsterdam', olc: '110X912', postcode: '1011AB', huisnummer: 7 });
  const loc = await locatie(s, SCHOOL, 'Hoofdgebouw');
  await contactpersoon(s, SCHOOL, 'Piet Jansen', { functie: 'Mentor', telefoonnummer: '020 123 45 67', email: 'piet@school.example' });
  const melder = await gebruiker(s, 'melder', [{ rol: 'melder', code: SCHOOL }]);
  const collega = await gebruiker(s, 'collega', [{ rol: 'melder', code: SCHOOL }]);
  const anderen = await gebruiker(s, 'anderen', [{ rol: 'melder', code: ANDERE_SCHOOL }]);
  let ip = 1;
  return {
    t,
    clock,
    melder,
    anderen,
    collega,
    locatieId: loc.id,
    async inloggen(user) {
      const c = new TestClient(t.app, `127.0.1.${++ip}`);
      clock.advance(30_000);
      await c.login(user.gebruikersnaam, user.wachtwoord, user.totpSecret, clock().getTime());
      return c;
    },
    async leerling(o = {}) {
      const pgn = await leerling(s, { geboortedatum: '2015-05-01', ...o });
      if (o.school !== null) await inschrijving(s, pgn, o.school ?? SCHOOL);
      return pgn;
    },
  };
}

/** Valid input per step (a pupil under 18 on 02-03-2030). */
export const GELDIG = {
  leerling: { telefoon: '020 765 43 21', email: 'ouder@example.nl', adresKeuze: 'geen' },
  verzuim: {
    van: '02-03-2030',
    tm: '13-03-2030',
    soort: 'V3',
    verbijzondering: '',
    reden: 'afwezig vanwege ziekte',
    allesGemist: 'nee',
    toelichting: 'Vaak het eerste uur afwezig',
    actieGewenst: 'ja',
    toelichtingActieGewenst: '',
    prioriteit: 'nee',
    oac: '',
    olc: '',
    locatie: '',
    contactNaam: 'Piet Jansen',
    contactFunctie: 'Mentor',
    contactTelefoon: '020 123 45 67',
    contactEmail: 'piet@school.example',
    kopie: 'ja',
  },
  lesuren: { 'dag-0-datum': '02-03-2030', 'dag-0-heleDag': 'ja' },
  acties: { acties: ['gesprek_leerling', 'huisbezoek'], toelichtingActie: 'Gesprek op 3 maart' },
} satisfies Record<string, Record<string, string | string[]>>;

export const stapUrl = (id: string, pad: string) => `/verzuim/opvoeren/${id}/${pad}`;

/** Searches the pupil (Toevoegen when open meldingen are listed) and lands on the Leerling step of a new draft; its id. */
export async function startConcept(c: TestClient, pgn: string): Promise<string> {
  await c.get('/verzuim/opvoeren');
  let r = await c.post('/verzuim/opvoeren', { pgn });
  if (r.statusCode === 200 && r.body.includes('action="/verzuim/opvoeren/toevoegen"')) r = await c.post('/verzuim/opvoeren/toevoegen', { pgn });
  expect(r.statusCode, r.body).toBe(303);
  const m = /^\/verzuim\/opvoeren\/([0-9a-f-]{36})\/leerling$/.exec(String(r.headers.location));
  expect(m, String(r.headers.location)).not.toBeNull();
  return m![1]!;
}

/** Opens a step and posts it with Verder; the response of the post. */
export async function stap(c: TestClient, id: string, pad: string, form: Record<string, string | string[]>, knop = 'verder') {
  await c.get(stapUrl(id, pad));
  return c.post(stapUrl(id, pad), { ...form, actie: knop });
}

/** Walks all four steps with valid input (overridden per step) and lands on the Overzicht. */
export async function totOverzicht(c: TestClient, id: string, over: Partial<Record<keyof typeof GELDIG, Record<string, string | string[]>>> = {}) {
  const paden = { leerling: 'leerling', verzuim: 'verzuim', lesuren: 'lesuren', acties: 'actie-school' } as const;
  for (const k of ['leerling', 'verzuim', 'lesuren', 'acties'] as const) {
    const r = await stap(c, id, paden[k], { ...GELDIG[k], ...over[k] });
    expect(r.statusCode, `${k}: ${r.body.slice(0, 3000)}`).toBe(303);
  }
  const o = await c.get(stapUrl(id, 'overzicht'));
  expect(o.statusCode).toBe(200);
  return o;
}

/** Files a whole melding through the pages; its number. */
export async function meldingOpvoeren(c: TestClient, pgn: string, over: Parameters<typeof totOverzicht>[2] = {}): Promise<string> {
  const id = await startConcept(c, pgn);
  await totOverzicht(c, id, over);
  const r = await c.post(stapUrl(id, 'overzicht'), { actie: 'opslaan' });
  expect(r.statusCode).toBe(303);
  expect(r.headers.location).toBe(stapUrl(id, 'verzonden'));
  const v = await c.get(stapUrl(id, 'verzonden'));
  const nummer = /(\d{4}-\d{7})/.exec(v.body)?.[1];
  expect(nummer).toBeDefined();
  return nummer!;
}
