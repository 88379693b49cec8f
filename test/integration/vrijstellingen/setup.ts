// Shared by the vrijstellingen tests: the melding setup (app at 2030-03-16, Amsterdam and
// Diemen, two schools with a melder each) plus a gemeente behandelaar for each gemeente, and
// helpers that walk the vrijstellingen pages as the behandelaar does.
import { expect } from 'vitest';
import type { TestClient } from '../../helpers/client';
import { gebruiker, melding, type TestUser } from '../../helpers/factories';
import { AMSTERDAM, DIEMEN, meldingSetup, SCHOOL, type MeldingSetup } from '../meldingen/setup';

export { AMSTERDAM, DIEMEN, SCHOOL, ANDERE_SCHOOL, VANDAAG } from '../meldingen/setup';

export const PAD = '/gemeente/vrijstellingen';

export interface VrijstellingSetup extends MeldingSetup {
  /** Behandelaar of Amsterdam. */
  amsterdam: TestUser;
  /** Behandelaar of Diemen. */
  diemen: TestUser;
  /** The melding's id and current row by number. */
  rij(nummer: string): Promise<{ id: string; versie: number; status: string; einddatum: string | null; inhoud: Record<string, unknown> }>;
  /** A melding as stored (version 1), its number. */
  melding(pgn: string, van: string, tm: string | null, o?: { status?: 'R' | 'B' | 'G' | 'K' | 'I'; instellingscode?: string }): Promise<string>;
}

export async function vrijstellingSetup(): Promise<VrijstellingSetup> {
  const m = await meldingSetup();
  const s = m.t.services;
  const amsterdam = await gebruiker(s, 'leerplicht-amsterdam', [{ rol: 'gemeente_behandelaar', code: AMSTERDAM }]);
  const diemen = await gebruiker(s, 'leerplicht-diemen', [{ rol: 'gemeente_behandelaar', code: DIEMEN }]);
  return {
    ...m,
    amsterdam,
    diemen,
    async rij(nummer) {
      return m.t.db.selectFrom('meldingen').select(['id', 'versie', 'status', 'einddatum', 'inhoud']).where('nummer', '=', nummer).executeTakeFirstOrThrow() as never;
    },
    melding: (pgn, van, tm, o = {}) => melding(s, { pgn, instellingscode: o.instellingscode ?? SCHOOL, van, tm, status: o.status }),
  };
}

/** Searches the pupil by PGN and lands on their page; the page's URL. */
export async function zoekLeerling(c: TestClient, pgn: string): Promise<string> {
  await c.get(PAD);
  const r = await c.post(PAD, { pgn });
  expect(r.statusCode, r.body.slice(0, 2000)).toBe(303);
  const pad = String(r.headers.location);
  expect(pad).toMatch(/^\/gemeente\/vrijstellingen\/leerling\/[A-Za-z0-9_-]{16,64}$/);
  expect(pad).not.toContain(pgn);
  return pad;
}

/** Opens Registreren on the pupil's page and posts the form; the response of the post. */
export async function registreer(c: TestClient, leerlingPad: string, form: Record<string, string>) {
  const g = await c.get(`${leerlingPad}/registreren`);
  expect(g.statusCode).toBe(200);
  return c.post(`${leerlingPad}/registreren`, form);
}

/** The flash shown on the page a redirect leads to. */
export async function volg(c: TestClient, r: { headers: Record<string, unknown> }) {
  return c.get(String(r.headers.location));
}

/** The text of the page without tags, whitespace squeezed. */
export const tekst = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
