import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPgFout } from '../../../src/modules/meldingen/actor';
import { testDatabaseKind } from '../../helpers/database';
import { melding } from '../../helpers/factories';
import type { TestClient } from '../../helpers/client';
import { GELDIG, meldingSetup, SCHOOL, stapUrl, startConcept, totOverzicht, type MeldingSetup } from './setup';

describe(`Saving under concurrency (R-MEL-8, R-MEL-17) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  beforeAll(async () => {
    m = await meldingSetup();
  });
  afterAll(async () => m?.t.close());

  /** Follows the answer's redirects like a browser; the page it ends on. */
  async function eindpagina(c: TestClient, r: Awaited<ReturnType<TestClient['get']>>) {
    for (let i = 0; i < 5 && r.statusCode === 303; i++) r = await c.get(String(r.headers.location));
    return r;
  }

  it('R-MEL-17 20 parallel Opslaan posts of one draft: exactly 1 melding, 1 version, 1 set of mails; every answer ends on "Melding verzonden" of its one melding, and so does every later visit of the draft\'s pages', async () => {
    const c = await m.inloggen(m.melder);
    const pgn = await m.leerling();
    const id = await startConcept(c, pgn);
    await totOverzicht(c, id);
    const antwoorden = await Promise.all(Array.from({ length: 20 }, () => c.post(stapUrl(id, 'overzicht'), { actie: 'opslaan' })));
    const meldingen = await m.t.db.selectFrom('meldingen').select(['id', 'nummer']).where('pgn', '=', pgn).execute();
    expect(meldingen).toHaveLength(1);
    const { id: meldingId, nummer } = meldingen[0]!;
    const mails = await m.t.db.selectFrom('uitgaande_mails').select('soort').where('melding_id', '=', meldingId).orderBy('soort').execute();
    expect(mails.map((x) => x.soort)).toEqual(['melding_kopie', 'melding_nieuw']);
    expect(await m.t.db.selectFrom('melding_versies').select('versie').where('melding_id', '=', meldingId).execute()).toHaveLength(1);
    expect(await m.t.db.selectFrom('audit_log').select('id').where('actie', '=', 'melding_opgevoerd').where('object_id', '=', nummer).execute()).toHaveLength(1);
    for (const r of antwoorden) {
      expect(r.statusCode).toBe(303);
      const pagina = await eindpagina(c, r);
      expect(pagina.statusCode).toBe(200);
      expect(pagina.body).toContain('Melding verzonden');
      expect(pagina.body).toContain(nummer);
    }
    // Back, reload, "Verder gaan", a Wijzigen link or a step form posted again: all lead to the melding.
    const paden = ['', '/leerling', '/verzuim', '/verzuim?terug=overzicht', '/lesuren', '/actie-school', '/overzicht'];
    for (const pad of paden) {
      const r = await c.get(`/verzuim/opvoeren/${id}${pad}`);
      expect(r.statusCode, pad).toBe(303);
      expect(r.headers.location, pad).toBe(stapUrl(id, 'verzonden'));
    }
    const opnieuw = await c.post(`${stapUrl(id, 'verzuim')}?terug=overzicht`, { ...GELDIG.verzuim, actie: 'verder' });
    expect(opnieuw.headers.location).toBe(stapUrl(id, 'verzonden'));
    const vorige = await eindpagina(c, await c.post(stapUrl(id, 'overzicht'), { actie: 'vorige' }));
    expect(vorige.body).toContain(nummer);
    expect(await m.t.db.selectFrom('meldingen').select('id').where('pgn', '=', pgn).execute()).toHaveLength(1);
  });

  it('R-MEL-17 a save that reads the facts after a concurrent save of the same draft committed finds that melding, not an overlap with it', async () => {
    const c = await m.inloggen(m.melder);
    const pgn = await m.leerling();
    const id = await startConcept(c, pgn);
    await totOverzicht(c, id);
    // The interleaving that made 8 of 20 double clicks end on "Pagina niet gevonden": the
    // first post has read its draft; the second saves it completely before the first reads
    // the pupil's meldingen, which now include the one its own draft became.
    const feiten = m.t.services.meldingen.feiten;
    const origineel = feiten.laad.bind(feiten);
    let tweede: Promise<Awaited<ReturnType<TestClient['post']>>> | undefined;
    feiten.laad = async (...args) => {
      if (!tweede) {
        tweede = c.post(stapUrl(id, 'overzicht'), { actie: 'opslaan' });
        await tweede;
      }
      return origineel(...args);
    };
    try {
      const eerste = await c.post(stapUrl(id, 'overzicht'), { actie: 'opslaan' });
      const antwoorden = [eerste, await tweede!];
      const [melding] = await m.t.db.selectFrom('meldingen').select('nummer').where('pgn', '=', pgn).execute();
      for (const r of antwoorden) {
        expect(r.headers.location).toBe(stapUrl(id, 'verzonden'));
        expect((await eindpagina(c, r)).body).toContain(melding!.nummer);
      }
    } finally {
      feiten.laad = origineel;
    }
    expect(await m.t.db.selectFrom('meldingen').select('id').where('pgn', '=', pgn).execute()).toHaveLength(1);
  });

  it('R-MEL-8 drafts with overlapping periods for one pupil, saved at once (two users): exactly one melding; the others get the overlap message at van', async () => {
    const pgn = await m.leerling();
    const melders = [m.melder, m.collega, m.melder, m.collega, m.melder, m.collega];
    const drafts = [];
    for (const [i, user] of melders.entries()) {
      const c = await m.inloggen(user);
      const id = await startConcept(c, pgn);
      // Different periods, all sharing 10-03-2030.
      await totOverzicht(c, id, { verzuim: { van: `0${i + 1}-03-2030`, tm: i % 2 === 0 ? '' : '12-03-2030' }, lesuren: { nvt: 'ja' } });
      drafts.push({ c, id });
    }
    const antwoorden = await Promise.all(drafts.map(({ c, id }) => c.post(stapUrl(id, 'overzicht'), { actie: 'opslaan' })));
    const opgeslagen = antwoorden.filter((r) => String(r.headers.location).endsWith('/verzonden'));
    expect(opgeslagen).toHaveLength(1);
    expect(await m.t.db.selectFrom('meldingen').select('id').where('pgn', '=', pgn).execute()).toHaveLength(1);
    const [winnaar] = await m.t.db.selectFrom('meldingen').select('nummer').where('pgn', '=', pgn).execute();
    for (const [i, r] of antwoorden.entries()) {
      if (String(r.headers.location).endsWith('/verzonden')) continue;
      expect(r.statusCode).toBe(303);
      expect(r.headers.location).toBe(`${stapUrl(drafts[i]!.id, 'verzuim')}?terug=overzicht`);
      const page = await drafts[i]!.c.get(String(r.headers.location));
      expect(page.body).toContain('href="#van"');
      expect(page.body).toContain(`valt samen met een andere melding voor deze leerling (melding ${winnaar!.nummer})`);
      // The draft is kept: nothing typed is lost.
      expect(await m.t.db.selectFrom('concepten').select('id').where('id', '=', drafts[i]!.id).execute()).toHaveLength(1);
    }
  });

  it('R-MEL-8 R-MEL-17 the database itself refuses an overlap (23P01) and a second melding of one draft (23505), as err.code on both drivers', async () => {
    const pgn = await m.leerling();
    await melding(m.t.services, { pgn, instellingscode: SCHOOL, van: '2030-03-01', tm: null });
    const overlap = await melding(m.t.services, { pgn, instellingscode: SCHOOL, van: '2030-03-05', tm: '2030-03-06' }).catch((e: unknown) => e);
    expect(isPgFout(overlap, '23P01')).toBe(true);
    // Ingetrokken ones may overlap.
    await melding(m.t.services, { pgn, instellingscode: SCHOOL, status: 'I', van: '2030-03-05', tm: '2030-03-06' });
    const conceptId = '5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
    await sql`update meldingen set concept_id = ${conceptId} where pgn = ${pgn} and status = 'R'`.execute(m.t.db);
    const dubbel = await sql`update meldingen set concept_id = ${conceptId} where pgn = ${pgn} and status = 'I'`.execute(m.t.db).catch((e: unknown) => e);
    expect(isPgFout(dubbel, '23505')).toBe(true);
  });
});
