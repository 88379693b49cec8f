import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { melding } from '../../helpers/factories';
import type { TestClient } from '../../helpers/client';
import { AMSTERDAM, ANDERE_SCHOOL, DIEMEN, GELDIG, meldingOpvoeren, meldingSetup, SCHOOL, stap, stapUrl, startConcept, totOverzicht, type MeldingSetup } from './setup';

describe(`Verzuim rules through the pages (R-MEL-8 … R-MEL-10, R-GEM-1) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  let c: TestClient;
  beforeAll(async () => {
    m = await meldingSetup();
    c = await m.inloggen(m.melder);
  });
  afterAll(async () => m?.t.close());

  /** A draft for a pupil with a valid Leerling step; its id. */
  async function naarVerzuim(pgn: string) {
    const id = await startConcept(c, pgn);
    expect((await stap(c, id, 'leerling', GELDIG.leerling)).statusCode).toBe(303);
    return id;
  }
  const verzuim = (id: string, over: Record<string, string>) => stap(c, id, 'verzuim', { ...GELDIG.verzuim, ...over });
  /** The soorten the page offers: all six are in it, those of the other age `hidden` for formulier.js. */
  const aangeboden = (html: string) =>
    [...html.matchAll(/<div class="[^"]*vl-choice"( hidden)?[^>]*><input[^>]*name="soort" value="(\w+)"/g)].filter((x) => !x[1]).map((x) => x[2]);

  it('R-MEL-9 the kinds follow the age on the first day: 17 → 18- kinds, 18 → 18+ kinds (the server refuses the others)', async () => {
    // Turns 18 on 03-03-2030: 17 on 02-03-2030, 18 today (16-03-2030).
    const id = await naarVerzuim(await m.leerling({ geboortedatum: '2012-03-03' }));
    const vandaag = await c.get(stapUrl(id, 'verzuim'));
    expect(aangeboden(vandaag.body)).toEqual(['V4', 'RMC', 'O', 'L']);
    expect(vandaag.body).toContain('op 16-03-2030: 18 jaar');
    const opVan = await verzuim(id, { soort: '' });
    expect(aangeboden(opVan.body)).toEqual(['V3', 'LRV', 'O', 'L']);
    expect(opVan.body).toContain('op 02-03-2030: 17 jaar');
    const v4 = await verzuim(id, { soort: 'V4' });
    expect(v4.statusCode).toBe(400);
    expect(v4.body).toContain('kan niet gekozen worden voor een leerling van 17 jaar');
    expect((await verzuim(id, { soort: 'V4', van: '03-03-2030', tm: '' })).statusCode).toBe(303);
    const v3 = await verzuim(id, { soort: 'V3', van: '03-03-2030', tm: '' });
    expect(v3.body).toContain('kan niet gekozen worden voor een leerling van 18 jaar');
  });

  it('R-MEL-9 R-MEL-13 without JavaScript: "Toon keuzes" shows the soorten for the typed van before Verder; prioriteit and verbijzondering show, and the server refuses them where they do not apply', async () => {
    // Turns 18 on 03-03-2030: today (16-03-2030) 18, on 01-03-2030 17.
    const id = await naarVerzuim(await m.leerling({ geboortedatum: '2012-03-03' }));
    const eerst = await c.get(stapUrl(id, 'verzuim'));
    expect(aangeboden(eerst.body)).toEqual(['V4', 'RMC', 'O', 'L']);
    // The first soort offered carries the field's id: where the error summary's #soort lands.
    expect(eerst.body).toMatch(/<div class="[^"]*vl-choice" data-groep="plus"><input[^>]*id="soort" name="soort" value="V4"/);
    expect(eerst.body).toContain('name="actie" value="keuzes"');
    const keuzes = await c.post(stapUrl(id, 'verzuim'), { ...GELDIG.verzuim, van: '01-03-2030', tm: '', soort: '', actie: 'keuzes' });
    expect(keuzes.statusCode).toBe(303);
    expect(keuzes.headers.location).toBe(stapUrl(id, 'verzuim'));
    const daarna = await c.get(stapUrl(id, 'verzuim'));
    expect(aangeboden(daarna.body)).toEqual(['V3', 'LRV', 'O', 'L']);
    expect(daarna.body).toContain('op 01-03-2030: 17 jaar');
    expect(daarna.body).toContain('value="01-03-2030"');
    // Both conditional questions are in the page, not hidden: only formulier.js hides them.
    expect(daarna.body).toMatch(/<div data-toon-als="actieGewenst=ja" data-leeg="nee">/);
    expect(daarna.body).toMatch(/<div data-toon-als="soort=O" data-leeg>/);
    const prioriteit = await verzuim(id, { van: '01-03-2030', tm: '', soort: 'V3', actieGewenst: 'nee', toelichtingActieGewenst: 'Loopt al', prioriteit: 'ja' });
    expect(prioriteit.statusCode).toBe(400);
    expect(prioriteit.body).toContain('href="#prioriteit"');
    const verbijzondering = await verzuim(id, { van: '01-03-2030', tm: '', soort: 'V3', verbijzondering: 'mogelijk_langdurig_ziek' });
    expect(verbijzondering.statusCode).toBe(400);
    expect(verbijzondering.body).toContain('Een verbijzondering kan alleen worden opgegeven bij Overig verzuim');
    expect((await verzuim(id, { van: '01-03-2030', tm: '', soort: 'V3' })).statusCode).toBe(303);
  });

  it('R-MEL-9 RMC verzuim 18+ at 22 on the first day is accepted, at 23 refused with the explanation', async () => {
    // Turns 23 on 03-03-2030.
    const id = await naarVerzuim(await m.leerling({ geboortedatum: '2007-03-03' }));
    expect((await verzuim(id, { soort: 'RMC', van: '02-03-2030' })).statusCode).toBe(303);
    const r = await verzuim(id, { soort: 'RMC', van: '03-03-2030' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('RMC verzuim 18+ is alleen voor jongeren tot 23 jaar zonder startkwalificatie');
    const sk = await naarVerzuim(await m.leerling({ geboortedatum: '2010-01-01', startkwalificatie: true }));
    expect((await verzuim(sk, { soort: 'RMC' })).body).toContain('RMC verzuim 18+ is alleen');
  });

  it('R-MEL-10 LRV without an earlier V3 melding is refused; an Ingetrokken V3 does not count; a V3 of any status does', async () => {
    const pgn = await m.leerling();
    const id = await naarVerzuim(pgn);
    expect((await verzuim(id, { soort: 'LRV' })).body).toContain('Langdurig relatief verzuim 18- kan alleen worden gemeld');
    await melding(m.t.services, { pgn, instellingscode: SCHOOL, soort: 'V3', status: 'I', van: '2030-01-06', tm: '2030-01-10' });
    expect((await verzuim(id, { soort: 'LRV' })).statusCode).toBe(400);
    await melding(m.t.services, { pgn, instellingscode: SCHOOL, soort: 'V3', status: 'G', van: '2030-01-13', tm: '2030-01-24' });
    expect((await verzuim(id, { soort: 'LRV' })).statusCode).toBe(303);
  });

  it('R-GEM-1 a melding goes to the woongemeente; RMC verzuim 18+ to the contactgemeente of its RMC-regio', async () => {
    const diemenaar = await m.leerling({ geboortedatum: '2010-01-01', woongemeente: DIEMEN });
    const v4 = await meldingOpvoeren(c, diemenaar, { verzuim: { soort: 'V4', van: '02-01-2030', tm: '10-01-2030' }, lesuren: { nvt: 'ja' } });
    const rmc = await meldingOpvoeren(c, diemenaar, { verzuim: { soort: 'RMC', van: '02-03-2030', tm: '' }, lesuren: { nvt: 'ja' } });
    const rows = await m.t.db.selectFrom('meldingen').select(['nummer', 'gemeentecode']).where('nummer', 'in', [v4, rmc]).execute();
    expect(Object.fromEntries(rows.map((r) => [r.nummer, r.gemeentecode]))).toEqual({ [v4]: DIEMEN, [rmc]: AMSTERDAM });
    const mail = await m.t.db.selectFrom('uitgaande_mails as u').innerJoin('meldingen as m', 'm.id', 'u.melding_id').select('u.aan').where('m.nummer', '=', rmc).where('u.soort', '=', 'melding_nieuw').executeTakeFirstOrThrow();
    expect(mail.aan).toBe(`leerplicht@${AMSTERDAM}.example`);
  });

  it('R-MEL-8 a period overlapping one of this school\'s meldingen is refused at van, naming it; an Ingetrokken one does not count', async () => {
    const pgn = await m.leerling();
    const nummer = await melding(m.t.services, { pgn, instellingscode: SCHOOL, van: '2030-02-20', tm: '2030-03-02' });
    await melding(m.t.services, { pgn, instellingscode: SCHOOL, status: 'I', van: '2030-03-03', tm: null });
    const id = await naarVerzuim(pgn);
    const r = await verzuim(id, {});
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('href="#van"');
    expect(r.body).toContain(`De verzuimperiode valt samen met een andere melding voor deze leerling (melding ${nummer})`);
    expect((await verzuim(id, { van: '03-03-2030', tm: '', soort: 'O' })).statusCode).toBe(303);
  });

  it("R-MEL-8 R-AUTH-3 another school's overlapping melding is refused too, without its number", async () => {
    const pgn = await m.leerling();
    const nummer = await melding(m.t.services, { pgn, instellingscode: ANDERE_SCHOOL, van: '2030-03-10', tm: null });
    const id = await naarVerzuim(pgn);
    const r = await verzuim(id, {});
    expect(r.body).toContain('valt samen met een andere melding voor deze leerling.');
    expect(r.body).not.toContain(nummer);
  });

  it('R-MEL-7 van in the future and t/m before van are refused', async () => {
    const id = await naarVerzuim(await m.leerling());
    expect((await verzuim(id, { van: '17-03-2030', tm: '' })).body).toContain('mag niet in de toekomst liggen');
    expect((await verzuim(id, { tm: '01-03-2030' })).body).toContain('moet op of na de begindatum liggen');
  });

  it('R-MEL-3 Opslaan checks the enrolment again: a pupil who left the school meanwhile is refused, nothing stored', async () => {
    const pgn = await m.leerling();
    const id = await startConcept(c, pgn);
    await totOverzicht(c, id);
    await m.t.db.updateTable('inschrijvingen').set({ einddatum: '2030-03-15' }).where('pgn', '=', pgn).execute();
    const r = await c.post(stapUrl(id, 'overzicht'), { actie: 'opslaan' });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('Geen gegevens gevonden');
    expect(await m.t.db.selectFrom('meldingen').select('id').where('pgn', '=', pgn).execute()).toHaveLength(0);
  });

  it("R-AUTH-3 another school's melding cannot be read or copied: 404, audited", async () => {
    const pgn = await m.leerling({ school: ANDERE_SCHOOL });
    const nummer = await melding(m.t.services, { pgn, instellingscode: ANDERE_SCHOOL, van: '2030-01-06', tm: '2030-01-10' });
    expect((await c.get(`/verzuim/meldingen/${nummer}`)).statusCode).toBe(404);
    expect((await c.get(`/verzuim/meldingen/${nummer}/kopieren`)).statusCode).toBe(404);
    expect((await c.post(`/verzuim/meldingen/${nummer}/kopieren`, {})).statusCode).toBe(404);
    const audit = await m.t.db.selectFrom('audit_log').select('details').where('actie', '=', 'toegang_geweigerd').where('object_id', '=', nummer).execute();
    expect(audit.length).toBe(3);
    expect(audit[0]!.details).toEqual({ reden: 'andere_instelling' });
  });
});
