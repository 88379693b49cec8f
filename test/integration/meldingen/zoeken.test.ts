import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { inschrijving, leerling, melding } from '../../helpers/factories';
import type { TestClient } from '../../helpers/client';
import { ANDERE_SCHOOL, meldingSetup, SCHOOL, type MeldingSetup } from './setup';

describe(`Leerling zoeken (R-MEL-1 … R-MEL-5) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  let c: TestClient;
  beforeAll(async () => {
    m = await meldingSetup();
    c = await m.inloggen(m.melder);
  });
  afterAll(async () => m?.t.close());

  async function zoek(pgn: string) {
    await c.get('/verzuim/opvoeren');
    return c.post('/verzuim/opvoeren', { pgn });
  }
  const concepten = () => m.t.db.selectFrom('concepten').select('id').execute();

  it('R-MEL-1 the search page asks for the PGN only, with Zoeken and Alles wissen', async () => {
    const r = await c.get('/verzuim/opvoeren');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Opvoeren verzuim - Selecteren leerling');
    expect(r.body).toContain('name="pgn"');
    expect(r.body).toContain('>Zoeken<');
    expect(r.body).toMatch(/href="\/verzuim\/opvoeren"[^>]*>Alles wissen</);
    expect(r.body).toContain('Opvoeren verzuim</a>'); // the menu entry
  });

  it.each([
    ['', 'Vul het persoonsgebonden nummer'],
    ['12345', 'moet uit 9 cijfers bestaan'],
    ['111222334', 'voldoet niet aan de 11-proef'],
  ])('R-MEL-1 R-REG-1 an invalid PGN %j is refused at the field, without a lookup', async (pgn, tekst) => {
    const voor = await m.t.db.selectFrom('audit_log').select('id').where('actie', '=', 'leerling_opgezocht').execute();
    const r = await zoek(pgn);
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('href="#pgn"');
    expect(r.body).toContain(tekst);
    const na = await m.t.db.selectFrom('audit_log').select('id').where('actie', '=', 'leerling_opgezocht').execute();
    expect(na.length).toBe(voor.length);
  });

  it('R-MEL-1 an unknown PGN: "Geen leerling gevonden", no draft', async () => {
    const r = await zoek('111222333');
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Geen leerling gevonden');
    expect(r.body).toContain('value="111222333"');
    expect(await concepten()).toHaveLength(0);
  });

  it('R-MEL-2 a pupil living abroad: no melding possible', async () => {
    const pgn = await m.leerling({ buitenland: true });
    const r = await zoek(pgn);
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('woont in het buitenland. Er kan geen verzuim gemeld worden');
  });

  it('R-MEL-3 a pupil not enrolled at this institution (or no longer): "Geen gegevens gevonden"', async () => {
    const elders = await m.leerling({ school: ANDERE_SCHOOL });
    expect((await zoek(elders)).body).toContain('Geen gegevens gevonden');
    const vertrokken = await m.leerling({ school: null });
    await inschrijving(m.t.services, vertrokken, SCHOOL, { begindatum: '2020-08-01', einddatum: '2029-07-31' });
    expect((await zoek(vertrokken)).body).toContain('Geen gegevens gevonden');
    const toekomst = await m.leerling({ school: null });
    await inschrijving(m.t.services, toekomst, SCHOOL, { begindatum: '2030-08-01' });
    expect((await zoek(toekomst)).body).toContain('Geen gegevens gevonden');
  });

  it('R-MEL-4 doorlopende leerroute with the hoofdinschrijving elsewhere: the other school must report', async () => {
    const pgn = await leerling(m.t.services, { geboortedatum: '2014-01-01' });
    await inschrijving(m.t.services, pgn, SCHOOL, { hoofdinschrijving: false });
    await inschrijving(m.t.services, pgn, ANDERE_SCHOOL, { hoofdinschrijving: true });
    const r = await zoek(pgn);
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain(`hoofdinschrijving bij een andere school (${ANDERE_SCHOOL})`);
    // The other school, with the hoofdinschrijving, may.
    const ander = await m.inloggen(m.anderen);
    await ander.get('/verzuim/opvoeren');
    expect((await ander.post('/verzuim/opvoeren', { pgn })).statusCode).toBe(303);
  });

  it('R-MEL-1 a pupil without open meldingen goes straight to the Leerling step of a new draft, and the search is audited', async () => {
    const pgn = await m.leerling();
    const r = await zoek(pgn);
    expect(r.statusCode).toBe(303);
    expect(String(r.headers.location)).toMatch(/^\/verzuim\/opvoeren\/[0-9a-f-]{36}\/leerling$/);
    const regel = await m.t.db.selectFrom('audit_log').selectAll().where('actie', '=', 'leerling_opgezocht').where('object_id', '=', pgn).executeTakeFirstOrThrow();
    expect(regel).toMatchObject({ instellingscode: SCHOOL, object_type: 'leerling', gebruikersnaam: m.melder.gebruikersnaam });
  });

  it('R-MEL-5 open meldingen (Geregistreerd, In behandeling) of this school are listed with Inzien, Historie, Kopiëren and Toevoegen', async () => {
    const pgn = await m.leerling();
    const open1 = await melding(m.t.services, { pgn, instellingscode: SCHOOL, status: 'R', van: '2030-01-06', tm: '2030-01-17' });
    const open2 = await melding(m.t.services, { pgn, instellingscode: SCHOOL, status: 'B', soort: 'O', van: '2030-02-03', tm: null });
    const dicht = await melding(m.t.services, { pgn, instellingscode: SCHOOL, status: 'G', van: '2029-11-04', tm: '2029-11-15' });
    const weg = await melding(m.t.services, { pgn, instellingscode: SCHOOL, status: 'I', van: '2029-10-01', tm: '2029-10-05' });
    const r = await zoek(pgn);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Openstaande meldingen');
    for (const n of [open1, open2]) {
      expect(r.body).toContain(`href="/verzuim/meldingen/${n}"`);
      expect(r.body).toContain(`href="/verzuim/meldingen/${n}/historie"`);
      expect(r.body).toContain(`href="/verzuim/meldingen/${n}/kopieren"`);
    }
    expect(r.body).not.toContain(dicht);
    expect(r.body).not.toContain(weg);
    expect(r.body).toContain('Geregistreerd');
    expect(r.body).toContain('In behandeling');
    expect(r.body).toContain('Overig verzuim');
    expect(r.body).toContain('06-01-2030 t/m 17-01-2030');
    // Toevoegen makes the draft.
    const toevoegen = await c.post('/verzuim/opvoeren/toevoegen', { pgn });
    expect(toevoegen.statusCode).toBe(303);
    expect(String(toevoegen.headers.location)).toMatch(/\/leerling$/);
  });

  it('R-MEL-5 another school\'s open meldingen are not listed', async () => {
    const pgn = await m.leerling();
    const eigen = await melding(m.t.services, { pgn, instellingscode: SCHOOL, status: 'R', van: '2030-02-03', tm: '2030-02-07' });
    const elders = [
      await melding(m.t.services, { pgn, instellingscode: ANDERE_SCHOOL, status: 'R', van: '2030-01-06', tm: '2030-01-17' }),
      await melding(m.t.services, { pgn, instellingscode: ANDERE_SCHOOL, status: 'B', van: '2030-01-20', tm: '2030-01-24' }),
    ];
    const r = await zoek(pgn);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Openstaande meldingen');
    const gelinkt = [...r.body.matchAll(/href="\/verzuim\/meldingen\/(\d{4}-\d{7})"/g)].map((x) => x[1]);
    expect(gelinkt).toEqual([eigen]);
    for (const n of elders) expect(r.body).not.toContain(n);
    expect(r.body).not.toContain('06-01-2030 t/m 17-01-2030');
    expect(r.body).not.toContain('20-01-2030 t/m 24-01-2030');
  });

  it("R-MEL-3 Toevoegen for another institution's pupil is refused on the server too (a crafted post)", async () => {
    const elders = await m.leerling({ school: ANDERE_SCHOOL });
    const r = await c.post('/verzuim/opvoeren/toevoegen', { pgn: elders });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Geen gegevens gevonden');
  });
});
