import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker } from '../../helpers/factories';
import type { TestClient } from '../../helpers/client';
import { AMSTERDAM, GELDIG, meldingOpvoeren, meldingSetup, stap, stapUrl, startConcept, totOverzicht, type MeldingSetup } from './setup';

const DAG = 24 * 60 * 60 * 1000;

describe(`Drafts and Kopiëren (R-MEL-19, R-MEL-20) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  let c: TestClient;
  beforeAll(async () => {
    m = await meldingSetup();
  });
  // The clock jumps days in these tests (a session lasts 30 idle minutes): a fresh login each.
  beforeEach(async () => {
    c = await m.inloggen(m.melder);
  });
  afterAll(async () => m?.t.close());

  it('R-MEL-20 a wizard left half-way is listed in Mijn concepten and resumed where it was left', async () => {
    const pgn = await m.leerling({ achternaam: 'Halverwege' });
    const id = await startConcept(c, pgn);
    await stap(c, id, 'leerling', GELDIG.leerling);
    await stap(c, id, 'verzuim', { ...GELDIG.verzuim, reden: 'tot hier gekomen' }, 'vorige');
    // A new login (another day) finds it.
    m.clock.advance(2 * DAG);
    const later = await m.inloggen(m.melder);
    const lijst = await later.get('/verzuim/concepten');
    expect(lijst.statusCode).toBe(200);
    expect(lijst.body).toContain('Mijn concepten');
    expect(lijst.body).toContain(`Sanne van Halverwege (${pgn})`);
    expect(lijst.body).toContain(`href="/verzuim/opvoeren/${id}"`);
    const verder = await later.get(`/verzuim/opvoeren/${id}`);
    expect(verder.headers.location).toBe(stapUrl(id, 'verzuim'));
    expect((await later.get(stapUrl(id, 'verzuim'))).body).toContain('tot hier gekomen');
    // A complete draft resumes at the Overzicht.
    await totOverzicht(later, id);
    expect((await later.get(`/verzuim/opvoeren/${id}`)).headers.location).toBe(stapUrl(id, 'overzicht'));
  });

  it("R-MEL-20 R-AUTH-3 another user's draft (even a colleague's) is 404, audited; a gemeente has no access at all", async () => {
    const id = await startConcept(c, await m.leerling());
    const collega = await m.inloggen(m.collega);
    for (const url of [stapUrl(id, 'leerling'), stapUrl(id, 'overzicht'), `/verzuim/opvoeren/${id}`, `/verzuim/concepten/${id}/verwijderen`]) {
      expect((await collega.get(url)).statusCode, url).toBe(404);
    }
    await collega.get('/verzuim/opvoeren');
    expect((await collega.post(stapUrl(id, 'leerling'), { ...GELDIG.leerling, actie: 'verder' })).statusCode).toBe(404);
    expect((await collega.post(stapUrl(id, 'overzicht'), { actie: 'opslaan' })).statusCode).toBe(404);
    expect((await collega.get('/verzuim/concepten')).body).not.toContain(id);
    expect((await collega.get('/verzuim/opvoeren/niet-een-uuid/leerling')).statusCode).toBe(404);
    const audit = await m.t.db.selectFrom('audit_log').select('object_type').where('actie', '=', 'toegang_geweigerd').where('object_id', '=', id).execute();
    expect(audit.length).toBeGreaterThanOrEqual(5);
    const lpa = await gebruiker(m.t.services, 'lpa', [{ rol: 'gemeente_behandelaar', code: AMSTERDAM }]);
    const gemeente = await m.inloggen(lpa);
    expect((await gemeente.get(stapUrl(id, 'leerling'))).statusCode).toBe(403);
    expect((await gemeente.get('/verzuim/concepten')).statusCode).toBe(403);
  });

  it('R-MEL-20 Verwijderen asks for confirmation, then removes the draft', async () => {
    const id = await startConcept(c, await m.leerling({ achternaam: 'Weg' }));
    const vraag = await c.get(`/verzuim/concepten/${id}/verwijderen`);
    expect(vraag.body).toContain('Weet u zeker dat u dit concept wilt verwijderen?');
    expect(vraag.body).toContain('Sanne van Weg');
    expect(await m.t.db.selectFrom('concepten').select('id').where('id', '=', id).execute()).toHaveLength(1);
    const weg = await c.post(`/verzuim/concepten/${id}/verwijderen`, {});
    expect(weg.headers.location).toBe('/verzuim/concepten');
    expect((await c.get('/verzuim/concepten')).body).toContain('Het concept is verwijderd.');
    expect(await m.t.db.selectFrom('concepten').select('id').where('id', '=', id).execute()).toHaveLength(0);
    expect((await c.get(stapUrl(id, 'leerling'))).statusCode).toBe(404);
  });

  it('R-MEL-20 a draft is kept 7 days from its last change; then it is not shown, and the housekeeping job (not the page) removes it', async () => {
    const id = await startConcept(c, await m.leerling({ achternaam: 'Verloopt' }));
    m.clock.advance(6 * DAG);
    c = await m.inloggen(m.melder);
    await stap(c, id, 'leerling', GELDIG.leerling); // a change: 7 more days
    m.clock.advance(6 * DAG);
    c = await m.inloggen(m.melder);
    expect((await c.get(stapUrl(id, 'verzuim'))).statusCode).toBe(200);
    m.clock.advance(1 * DAG + 1000);
    c = await m.inloggen(m.melder);
    expect((await c.get(stapUrl(id, 'verzuim'))).statusCode).toBe(404);
    expect(await m.t.db.selectFrom('concepten').select('id').where('id', '=', id).execute()).toHaveLength(1);
    const lijst = await c.get('/verzuim/concepten');
    expect(lijst.body).not.toContain('Verloopt');
    expect(await m.t.db.selectFrom('concepten').select('id').where('id', '=', id).execute()).toHaveLength(1);
    const r = await m.t.services.opruimen();
    expect(r.ran && r.verwijderd.concepten).toBeGreaterThanOrEqual(1);
    expect(await m.t.db.selectFrom('concepten').select('id').where('id', '=', id).execute()).toHaveLength(0);
  });

  it('R-MEL-19 Kopiëren starts a draft for the same pupil with every field but the period and the verzuimdagen', async () => {
    const pgn = await m.leerling({ achternaam: 'Kopie' });
    const nummer = await meldingOpvoeren(c, pgn, {
      leerling: { 'contact-0-naam': 'Tante Kopie', adresKeuze: 'locatie', adresLocatie: 'Woonboot', adresPlaatsnaam: 'Amsterdam' },
      verzuim: { van: '02-02-2030', tm: '06-02-2030', soort: 'O', verbijzondering: 'vermoedelijk_ongeoorloofd', reden: 'spijbelt', locatie: m.locatieId, oac: '110A133' },
      lesuren: { 'dag-0-datum': '03-02-2030', 'dag-0-heleDag': 'nee', 'dag-0-lesuren': ['1', '2'] },
      acties: { acties: ['brief_ouders'] },
    });
    const bevestig = await c.get(`/verzuim/meldingen/${nummer}/kopieren`);
    expect(bevestig.body).toContain(`met de gegevens van melding ${nummer}`);
    const r = await c.post(`/verzuim/meldingen/${nummer}/kopieren`, {});
    expect(r.statusCode).toBe(303);
    const id = /\/verzuim\/opvoeren\/([0-9a-f-]{36})\/leerling/.exec(String(r.headers.location))![1]!;
    const leerling = await c.get(stapUrl(id, 'leerling'));
    expect(leerling.body).toContain('value="Tante Kopie"');
    expect(leerling.body).toContain('value="Woonboot"');
    await c.post(stapUrl(id, 'leerling'), { 'contact-0-naam': 'Tante Kopie', adresKeuze: 'locatie', adresLocatie: 'Woonboot', adresPlaatsnaam: 'Amsterdam', actie: 'verder' });
    const verzuim = await c.get(stapUrl(id, 'verzuim'));
    expect(verzuim.body).toMatch(/name="van" value[ /]/); // empty
    expect(verzuim.body).toMatch(/name="tm" value[ /]/);
    expect(verzuim.body).toContain('spijbelt</textarea>');
    expect(verzuim.body).toMatch(/value="O" checked/);
    expect(verzuim.body).toMatch(/value="vermoedelijk_ongeoorloofd" checked/);
    expect(verzuim.body).toMatch(new RegExp(`value="${m.locatieId}" selected`));
    expect(verzuim.body).toContain('value="Piet Jansen"');
    const concept = await m.t.db.selectFrom('concepten').select(['kopie_van', 'invoer', 'pgn']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(concept.pgn).toBe(pgn);
    expect(concept.kopie_van).not.toBeNull();
    expect(concept.invoer.lesuren).toBeUndefined();
    expect(concept.invoer.acties).toEqual({ acties: ['brief_ouders'], toelichtingActie: 'Gesprek op 3 maart' });
    // Filled in again with a new period, it files a second melding.
    const tweede = await stap(c, id, 'verzuim', { ...GELDIG.verzuim, van: '09-03-2030', tm: '', soort: 'O' });
    expect(tweede.statusCode).toBe(303);
    const lesuren = await c.get(stapUrl(id, 'lesuren'));
    expect(lesuren.body).toContain('value="09-03-2030"');
  });
});
