// security: control characters (a NUL above all, which PostgreSQL cannot store: a 500 before)
// in text input are refused at the field with one Dutch message and the input kept; a path
// parameter that cannot be valid is a 404; a header with one is a bad request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../helpers/client';
import { testDatabaseKind } from '../../helpers/database';
import { foutBijVeld, waardeVan } from '../beheer-locaties/setup';
import { gemeenteSetup, type GemeenteSetup } from '../gemeente/setup';
import { GELDIG, stap, stapUrl, startConcept } from '../meldingen/setup';

const MELDING = 'Dit veld bevat een teken dat niet is toegestaan, zoals een onzichtbaar stuurteken. Typ de tekst opnieuw';
const textarea = (html: string, naam: string) => new RegExp(`<textarea[^>]*name="${naam}"[^>]*>([^<]*)</textarea>`).exec(html)?.[1];

describe(`security: control characters in text input (on ${testDatabaseKind})`, () => {
  let g: GemeenteSetup;
  let melder: TestClient;
  let nummer: string;
  beforeAll(async () => {
    g = await gemeenteSetup();
    melder = await g.inloggen(g.melder);
    nummer = await g.nieuweMelding();
  });
  afterAll(async () => g?.t.close());

  it('security: a NUL in a wizard free-text field gives the Dutch message at the field, the input kept; a textarea keeps tabs and line breaks', async () => {
    const id = await startConcept(melder, await g.leerling());
    expect((await stap(melder, id, 'leerling', GELDIG.leerling)).statusCode).toBe(303);

    const r = await stap(melder, id, 'verzuim', { ...GELDIG.verzuim, toelichting: 'Vaak\u0000 afwezig', contactNaam: 'Piet\u0001Jansen' });
    expect(r.statusCode).toBe(400);
    expect(foutBijVeld(r.body, 'toelichting')).toBe(MELDING);
    expect(foutBijVeld(r.body, 'contactNaam')).toBe(MELDING);
    expect(r.body).toContain(`<a href="#toelichting">${MELDING}</a>`);
    expect(textarea(r.body, 'toelichting')).toBe('Vaak\u0000 afwezig');
    expect(waardeVan(r.body, 'contactNaam')).toBe('Piet\u0001Jansen');
    // The draft keeps the step as typed, as far as the database can hold it, and it is not complete.
    const opnieuw = await melder.get(stapUrl(id, 'verzuim'));
    expect(opnieuw.statusCode).toBe(200);
    expect(textarea(opnieuw.body, 'toelichting')).toBe('Vaak\ufffd afwezig');
    expect((await melder.get(stapUrl(id, 'lesuren'))).headers.location).toBe(stapUrl(id, 'verzuim'));

    const tab = await stap(melder, id, 'verzuim', { ...GELDIG.verzuim, toelichting: 'Vaak\tafwezig\r\nook gisteren' });
    expect(tab.statusCode, tab.body.slice(0, 2000)).toBe(303);
    // A one-line field has no tab.
    const regel = await stap(melder, id, 'verzuim', { ...GELDIG.verzuim, contactFunctie: 'Men\ttor' });
    expect(foutBijVeld(regel.body, 'contactFunctie')).toBe(MELDING);
  });

  it('security: the Intrekken and gemeente action forms refuse a NUL at the field', async () => {
    const p = await melder.get(`/verzuim/meldingen/${nummer}/intrekken`);
    expect(p.statusCode).toBe(200);
    const versie = /name="versie" value="(\d+)"/.exec(p.body)?.[1];
    const r = await melder.post(`/verzuim/meldingen/${nummer}/intrekken`, { ...(versie ? { versie } : {}), reden: 'geen_inschrijving', toelichting: 'dubbel\u0000' });
    expect(r.statusCode).toBe(400);
    expect(foutBijVeld(r.body, 'toelichting')).toBe(MELDING);

    const behandelaar = await g.inloggen(g.behandelaar);
    const a = await behandelaar.get(`/gemeente/meldingen/${nummer}/in-behandeling-nemen`);
    const v = /name="versie" value="(\d+)"/.exec(a.body)![1]!;
    const n = await behandelaar.post(`/gemeente/meldingen/${nummer}/in-behandeling-nemen`, { versie: v, naam: 'Lotte\u0000', functie: '', telefoon: '', email: 'lotte@amsterdam.example' });
    expect(n.statusCode).toBe(400);
    expect(foutBijVeld(n.body, 'naam')).toBe(MELDING);
    expect((await g.t.db.selectFrom('meldingen').select('status').where('nummer', '=', nummer).executeTakeFirstOrThrow()).status).toBe('R');
  });

  it('security: %00 or any other impossible meldingnummer or id in a path is the 404 page', async () => {
    for (const url of [
      `/verzuim/meldingen/${nummer}%00`,
      '/verzuim/meldingen/%00',
      '/verzuim/meldingen/%00/historie',
      `/verzuim/meldingen/${nummer}/historie/1%00`,
      `/verzuim/meldingen/2030-${'1'.repeat(50)}`,
      '/verzuim/opvoeren/%00/leerling',
      '/verzuim/concepten/%00/verwijderen',
    ]) {
      const r = await melder.get(url);
      expect(r.statusCode, url).toBe(404);
      expect(r.body, url).toContain('Pagina niet gevonden');
    }
    const behandelaar = await g.inloggen(g.behandelaar);
    for (const url of ['/gemeente/meldingen/%00', `/gemeente/meldingen/${nummer}/%00`, '/gemeente/vrijstellingen/leerling/%00', '/gemeente/vrijstellingen/%00/wijzigen']) {
      expect((await behandelaar.get(url)).statusCode, url).toBe(404);
    }
    await behandelaar.get(`/gemeente/meldingen/${nummer}/terugkoppelen`);
    expect((await behandelaar.post('/gemeente/meldingen/2030-000%00/terugkoppelen', { versie: '1', toelichting: 'x' })).statusCode).toBe(404);
  });

  it('security: a control character in a search field of the URL is refused at that field, what was typed kept', async () => {
    const r = await melder.get('/verzuim/raadplegen?status=R&achternaam=Dijk%00&nummer=2030-0000001%01');
    expect(r.statusCode).toBe(400);
    expect(foutBijVeld(r.body, 'achternaam')).toBe(MELDING);
    expect(foutBijVeld(r.body, 'nummer')).toBe(MELDING);
    expect(waardeVan(r.body, 'achternaam')).toBe('Dijk\u0000');

    const behandelaar = await g.inloggen(g.behandelaar);
    const inbox = await behandelaar.get('/gemeente/meldingen?status=R&school=%C2%8501AB');
    expect(inbox.statusCode).toBe(400);
    expect(foutBijVeld(inbox.body, 'school')).toBe(MELDING);
  });

  it('security: a header with a control character is a bad request, not a 500', async () => {
    const cookie = `__Host-sessie=${melder.cookies.get('__Host-sessie')}`;
    for (const headers of [{ cookie, 'user-agent': 'x\u0000y' }, { cookie: `${cookie}; andere=\u0001` }]) {
      const r = await g.t.app.inject({ method: 'GET', url: '/verzuim/raadplegen', headers });
      expect(r.statusCode).toBe(400);
      expect(r.body).toContain('Ongeldig verzoek');
    }
  });
});
