// Helpers for the Wijzigen tests (R-RAA-2 … R-RAA-5): a melding filed through the real pages,
// the edit's step pages under the melding's URL, and the gemeente's actions through the
// versioned write (the service layer, not SQL) until the gemeente module offers them.
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { SESSION_COOKIE } from '../../../src/platform/session/session';
import type { MeldingInhoud } from '../../../src/modules/meldingen/melding.types';
import type { Actie } from '../../../src/modules/meldingen/status-overgangen';
import { nieuweVersie } from '../../../src/modules/meldingen/versie';
import type { TestClient } from '../../helpers/client';
import type { MeldingSetup } from './setup';

/** The id hash of a browser's session, as the server keys that session's edits by it. */
export function sessieVan(c: TestClient): string {
  const id = c.cookies.get(SESSION_COOKIE);
  expect(id).toBeDefined();
  return createHash('sha256').update(id!).digest('hex');
}

export const pagina = (nummer: string, sub = '') => `/verzuim/meldingen/${nummer}${sub}`;
export const wijzigStap = (nummer: string, pad: string) => pagina(nummer, `/wijzigen/${pad}`);

/** Opens an edit step and posts it (with Verder unless told); the post's response. */
export async function wijzig(c: TestClient, nummer: string, pad: string, form: Record<string, string | string[]>, knop = 'verder') {
  const g = await c.get(wijzigStap(nummer, pad));
  expect(g.statusCode, g.body.slice(0, 2000)).toBe(200);
  return c.post(wijzigStap(nummer, pad), { ...form, actie: knop });
}

/** The current value of every field a step page shows: what a browser would post back unchanged. */
export function formulier(html: string): Record<string, string | string[]> {
  const uit: Record<string, string | string[]> = {};
  const voeg = (naam: string, waarde: string) => {
    const was = uit[naam];
    uit[naam] = was === undefined ? waarde : Array.isArray(was) ? [...was, waarde] : [was, waarde];
  };
  const attr = (tag: string, a: string) => new RegExp(`\\s${a}="([^"]*)"`).exec(tag)?.[1];
  const ontsnap = (x: string) => x.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  for (const m of html.matchAll(/<input\b[^>]*>/g)) {
    const tag = m[0];
    const naam = attr(tag, 'name');
    const type = attr(tag, 'type') ?? 'text';
    if (!naam || naam === '_csrf' || type === 'submit') continue;
    if ((type === 'radio' || type === 'checkbox') && !/\schecked(=|\s|>|\/)/.test(tag)) continue;
    voeg(naam, ontsnap(attr(tag, 'value') ?? ''));
  }
  for (const m of html.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const naam = attr(m[1]!, 'name');
    if (naam) voeg(naam, ontsnap(m[2]!));
  }
  for (const m of html.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const naam = attr(m[1]!, 'name');
    const gekozen = /<option\b[^>]*\sselected[^>]*>/.exec(m[2]!)?.[0];
    if (naam) voeg(naam, gekozen ? ontsnap(attr(gekozen, 'value') ?? '') : '');
  }
  return uit;
}

/** Opens an edit step, changes some fields of what it shows, and posts it with Verder. */
export async function wijzigVelden(c: TestClient, nummer: string, pad: string, over: Record<string, string | string[]>, knop = 'verder') {
  const g = await c.get(wijzigStap(nummer, pad));
  expect(g.statusCode, g.body.slice(0, 2000)).toBe(200);
  return c.post(wijzigStap(nummer, pad), { ...formulier(g.body), ...over, actie: knop });
}

export async function meldingRij(m: MeldingSetup, nummer: string) {
  return m.t.db.selectFrom('meldingen').selectAll().where('nummer', '=', nummer).executeTakeFirstOrThrow();
}

export async function versies(m: MeldingSetup, nummer: string) {
  const { id } = await meldingRij(m, nummer);
  return m.t.db.selectFrom('melding_versies').select(['versie', 'status', 'soort_wijziging', 'door_naam', 'snapshot']).where('melding_id', '=', id).orderBy('versie').execute();
}

/** A gemeente action through the versioned write (as the gemeente module will do it). */
export async function gemeenteActie(m: MeldingSetup, nummer: string, actie: Actie, wijzig: (i: MeldingInhoud) => Partial<MeldingInhoud> = () => ({}), einddatum?: string) {
  const rij = await meldingRij(m, nummer);
  const r = await m.t.db.transaction().execute((trx) =>
    nieuweVersie(trx, {
      meldingId: rij.id,
      verwachteVersie: rij.versie,
      actor: { soort: 'gemeente', gebruikerId: null, naam: 'Behandelaar Gemeente' },
      actie,
      op: m.clock(),
      wijzig: (h) => ({ inhoud: { ...h.inhoud, ...wijzig(h.inhoud) }, ...(einddatum ? { einddatum } : {}) }),
    }),
  );
  expect(r.soort).toBe('opgeslagen');
}
