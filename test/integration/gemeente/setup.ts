// Shared by the gemeente tests: the melding setup (app at 2030-03-16, Amsterdam as its RMC-regio's
// contactgemeente, Diemen in the same regio, two schools and their melders) plus a behandelaar
// per gemeente and a third gemeente (Utrecht, outside the regio) to route to.
import { expect } from 'vitest';
import { gebruiker, gemeente, melding, type TestUser } from '../../helpers/factories';
import type { TestClient } from '../../helpers/client';
import { AMSTERDAM, DIEMEN, meldingSetup, SCHOOL, type MeldingSetup } from '../meldingen/setup';

export const UTRECHT = '0344';

export interface GemeenteSetup extends MeldingSetup {
  /** Behandelaar of Amsterdam. */
  behandelaar: TestUser;
  /** A second behandelaar of Amsterdam. */
  collegaBehandelaar: TestUser;
  /** Behandelaar of Diemen. */
  diemen: TestUser;
  /** Behandelaar of Utrecht. */
  utrecht: TestUser;
  /** A melding of SCHOOL for a new pupil, handled by `gemeentecode` (default Amsterdam), status R. */
  nieuweMelding(o?: { gemeentecode?: string; van?: string; tm?: string | null }): Promise<string>;
}

export async function gemeenteSetup(opts: Parameters<typeof meldingSetup>[0] = {}): Promise<GemeenteSetup> {
  const m = await meldingSetup(opts);
  const s = m.t.services;
  await gemeente(s, UTRECHT, 'Utrecht');
  await s.db.updateTable('gemeenten').set({ naam: 'Amsterdam' }).where('gemeentecode', '=', AMSTERDAM).execute();
  await s.db.updateTable('gemeenten').set({ naam: 'Diemen' }).where('gemeentecode', '=', DIEMEN).execute();
  const behandelaar = await gebruiker(s, 'leerplicht', [{ rol: 'gemeente_behandelaar', code: AMSTERDAM }]);
  await s.db.updateTable('gebruikers').set({ email: 'lotte@amsterdam.example' }).where('id', '=', behandelaar.id).execute();
  const collegaBehandelaar = await gebruiker(s, 'leerplicht-collega', [{ rol: 'gemeente_behandelaar', code: AMSTERDAM }]);
  const diemen = await gebruiker(s, 'leerplicht-diemen', [{ rol: 'gemeente_behandelaar', code: DIEMEN }]);
  const utrecht = await gebruiker(s, 'leerplicht-utrecht', [{ rol: 'gemeente_behandelaar', code: UTRECHT }]);
  return {
    ...m,
    behandelaar,
    collegaBehandelaar,
    diemen,
    utrecht,
    async nieuweMelding(o = {}) {
      const pgn = await m.leerling();
      return melding(s, { pgn, instellingscode: SCHOOL, gemeentecode: o.gemeentecode ?? AMSTERDAM, van: o.van ?? '2030-03-02', tm: o.tm === undefined ? '2030-03-13' : o.tm });
    },
  };
}

export const meldingPad = (nummer: string, rest = '') => `/gemeente/meldingen/${nummer}${rest}`;

/** Opens an action's page (for its CSRF token and version) and posts it; the post's response. */
export async function actie(c: TestClient, nummer: string, pad: string, form: Record<string, string> = {}) {
  const p = await c.get(meldingPad(nummer, `/${pad}`));
  expect(p.statusCode, p.body.slice(0, 2000)).toBe(200);
  const versie = /name="versie" value="(\d+)"/.exec(p.body)?.[1];
  expect(versie).toBeDefined();
  return c.post(meldingPad(nummer, `/${pad}`), { versie: versie!, ...form });
}
