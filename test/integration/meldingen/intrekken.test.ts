// Melding intrekken through the real pages (R-INT-1, R-INT-2): the overview with the reasons,
// refusals at the field with the input kept, the limits on their boundary days, the new version
// with status I, the gemeente's e-mail and the audit line in one go, stale versions, statuses
// that do not allow it, another school's melding, and a period that no longer blocks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeldingActor } from '../../../src/modules/meldingen/actor';
import { nieuweVersie, type VersieActor } from '../../../src/modules/meldingen/versie';
import type { Actie } from '../../../src/modules/meldingen/status-overgangen';
import type { TestClient } from '../../helpers/client';
import { testDatabaseKind } from '../../helpers/database';
import { melding } from '../../helpers/factories';
import { AMSTERDAM, GELDIG, meldingOpvoeren, meldingSetup, SCHOOL, stap, startConcept, type MeldingSetup } from './setup';

const GEMEENTE: VersieActor = { soort: 'gemeente', gebruikerId: null, naam: 'Behandelaar Amsterdam' };
const url = (nummer: string, sub = '') => `/verzuim/meldingen/${nummer}/intrekken${sub}`;

describe(`Melding intrekken (R-INT-1, R-INT-2) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  let c: TestClient;
  beforeAll(async () => {
    m = await meldingSetup();
    c = await m.inloggen(m.melder);
  });
  afterAll(async () => m?.t.close());

  const rij = (nummer: string) => m.t.db.selectFrom('meldingen').selectAll().where('nummer', '=', nummer).executeTakeFirstOrThrow();
  const versies = async (nummer: string) =>
    m.t.db.selectFrom('melding_versies').select(['versie', 'status', 'soort_wijziging', 'door_naam']).where('melding_id', '=', (await rij(nummer)).id).orderBy('versie').execute();
  const mailsVan = async (nummer: string) => m.t.db.selectFrom('uitgaande_mails').selectAll().where('melding_id', '=', (await rij(nummer)).id).where('soort', '=', 'melding_ingetrokken').execute();
  const nieuw = async (van: string, tm: string | null = null, school = SCHOOL) => melding(m.t.services, { pgn: await m.leerling({ school }), instellingscode: school, van, tm });
  /** A gemeente action through the versioned write, as the gemeente side will do it. */
  const gemeenteActie = async (nummer: string, actie: Actie) => {
    const { id, versie } = await rij(nummer);
    const r = await m.t.db.transaction().execute((trx) => nieuweVersie(trx, { meldingId: id, verwachteVersie: versie, actor: GEMEENTE, actie, op: m.clock(), wijzig: (h) => ({ inhoud: h.inhoud }) }));
    expect(r.soort).toBe('opgeslagen');
  };
  /** Opens the page (as a person would) and posts the form with the version it showed. */
  const intrekken = async (nummer: string, form: Record<string, string>) => {
    const pagina = await c.get(url(nummer));
    expect(pagina.statusCode).toBe(200);
    const versie = /name="versie" value="(\d+)"/.exec(pagina.body)?.[1] ?? '';
    return c.post(url(nummer), { versie, ...form });
  };

  it('R-INT-1 the page shows the melding in brief and the three reasons of the school, not "vrijstelling"', async () => {
    const nummer = await nieuw('2030-03-02', '2030-03-10');
    const r = await c.get(url(nummer));
    expect(r.statusCode).toBe(200);
    for (const tekst of [`Intrekken melding ${nummer}`, 'Overzicht melding', 'Geregistreerd', 'Sanne van Dijk', '02-03-2030 t/m 10-03-2030', '16 uren per 4 weken 18-', 'Reden intrekken', 'Geen inschrijving', 'Foutief opgevoerd', 'Onterecht opgevoerd', 'Toelichting', '>Intrekken<', 'vl-privacy-warning', '1 augustus 2029', '16 maart 2029']) {
      expect(r.body).toContain(tekst);
    }
    expect(r.body).not.toContain('value="vrijstelling"');
    expect(r.body).toContain('name="versie" value="1"');
    const audit = await m.t.db.selectFrom('audit_log').select(['actie', 'details']).where('object_id', '=', nummer).execute();
    expect(audit).toContainEqual({ actie: 'melding_ingezien', details: { pagina: 'intrekken' } });
  });

  it('R-INT-1 Intrekken: status I in a new version with the reason, the gemeente mailed without personal data, an audit line, and the confirmation page', async () => {
    const nummer = await nieuw('2030-03-02', '2030-03-10');
    const r = await intrekken(nummer, { reden: 'foutief_opgevoerd', toelichting: 'Verkeerde leerling gekozen' });
    expect(r.statusCode, r.body.slice(0, 2000)).toBe(303);
    expect(r.headers.location).toBe(url(nummer, '/ingetrokken'));
    const bevestiging = await c.get(url(nummer, '/ingetrokken'));
    expect(bevestiging.statusCode).toBe(200);
    expect(bevestiging.body).toContain(`Melding ${nummer} is ingetrokken.`);
    expect(bevestiging.body).toContain('Ingetrokken');
    expect(await m.t.db.selectFrom('audit_log').select('details').where('object_id', '=', nummer).where('actie', '=', 'melding_ingezien').execute()).toContainEqual({ details: { pagina: 'intrekken_bevestiging' } });

    const na = await rij(nummer);
    expect(na).toMatchObject({ status: 'I', versie: 2 });
    expect(na.inhoud.intrekking).toEqual({ reden: 'foutief_opgevoerd', toelichting: 'Verkeerde leerling gekozen' });
    expect(await versies(nummer)).toEqual([
      { versie: 1, status: 'R', soort_wijziging: 'aangemaakt', door_naam: 'Testfabriek' },
      { versie: 2, status: 'I', soort_wijziging: 'intrekken', door_naam: `Test ${m.melder.gebruikersnaam}` },
    ]);
    const mails = await mailsVan(nummer);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ aan: `leerplicht@${AMSTERDAM}.example`, onderwerp: `Verzuimmelding ${nummer} is ingetrokken` });
    expect(mails[0]!.tekst).toContain(`https://verzuimloket.example/gemeente/meldingen/${nummer}`);
    expect(mails[0]!.tekst).toContain(`${SCHOOL} - School ${SCHOOL}`);
    for (const geheim of [na.pgn, 'Dijk', 'Sanne', 'Verkeerde leerling']) expect(mails[0]!.tekst + mails[0]!.onderwerp).not.toContain(geheim);
    const audit = await m.t.db.selectFrom('audit_log').selectAll().where('actie', '=', 'melding_ingetrokken').where('object_id', '=', nummer).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ instellingscode: SCHOOL, gemeentecode: AMSTERDAM, gebruikersnaam: m.melder.gebruikersnaam, details: { reden: 'foutief_opgevoerd', versie: 2, mails: ['melding_ingetrokken'] } });
    expect(JSON.stringify(audit[0]!.details)).not.toContain('Verkeerde leerling');
  });

  it('R-INT-1 no reason, an unknown reason or "vrijstelling", and a toelichting too long: messages at the fields, input kept, nothing written', async () => {
    const nummer = await nieuw('2030-03-02');
    const leeg = await intrekken(nummer, { toelichting: 'Mijn uitleg' });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('Kies de reden van intrekken');
    expect(leeg.body).toContain('href="#reden"');
    expect(leeg.body).toContain('Mijn uitleg</textarea>');
    for (const reden of ['vrijstelling', 'iets_anders']) {
      const r = await intrekken(nummer, { reden });
      expect(r.statusCode).toBe(400);
      expect(r.body).toContain('Kies een reden van intrekken uit de lijst');
    }
    const lang = await intrekken(nummer, { reden: 'onterecht_opgevoerd', toelichting: 'x'.repeat(1001) });
    expect(lang.statusCode).toBe(400);
    expect(lang.body).toContain('De toelichting mag niet langer zijn dan 1000 tekens');
    expect(lang.body).toMatch(/value="onterecht_opgevoerd"[^>]*checked|checked[^>]*value="onterecht_opgevoerd"/);
    expect(await rij(nummer)).toMatchObject({ status: 'R', versie: 1 });
    expect(await mailsVan(nummer)).toHaveLength(0);
  });

  it('R-INT-2 "Geen inschrijving" on 16-03-2030: refused for a begindatum of 31-07-2029 with the limit named, allowed from 01-08-2029', async () => {
    const voor = await nieuw('2029-07-31', '2029-08-10');
    const r = await intrekken(voor, { reden: 'geen_inschrijving', toelichting: 'Met terugwerkende kracht uitgeschreven' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Geen inschrijving kan alleen voor meldingen met een begindatum op of na 1 augustus 2029. Deze melding begint op 31 juli 2029.');
    expect(r.body).toContain('Met terugwerkende kracht uitgeschreven</textarea>');
    expect(r.body).toMatch(/value="geen_inschrijving"[^>]*checked|checked[^>]*value="geen_inschrijving"/);
    expect((await rij(voor)).status).toBe('R');
    // The same melding may still go as "Foutief opgevoerd" (within a year).
    expect((await intrekken(voor, { reden: 'foutief_opgevoerd' })).statusCode).toBe(303);

    const op = await nieuw('2029-08-01', '2029-08-02');
    expect((await intrekken(op, { reden: 'geen_inschrijving' })).statusCode).toBe(303);
    expect((await rij(op)).inhoud.intrekking).toEqual({ reden: 'geen_inschrijving', toelichting: '' });
  });

  it('R-INT-2 "Foutief/Onterecht opgevoerd" on 16-03-2030: allowed for a begindatum of 16-03-2029 (one year back), refused for 15-03-2029 with the limit named', async () => {
    const grens = await nieuw('2029-03-16', '2029-03-20');
    expect((await intrekken(grens, { reden: 'onterecht_opgevoerd' })).statusCode).toBe(303);
    for (const [reden, label] of [['foutief_opgevoerd', 'Foutief opgevoerd'], ['onterecht_opgevoerd', 'Onterecht opgevoerd']] as const) {
      const teOud = await nieuw('2029-03-15', '2029-03-15');
      const r = await intrekken(teOud, { reden });
      expect(r.statusCode).toBe(400);
      expect(r.body).toContain(`${label} kan alleen tot een jaar terug: voor meldingen met een begindatum op of na 16 maart 2029. Deze melding begint op 15 maart 2029.`);
      expect((await rij(teOud)).status).toBe('R');
    }
  });

  it('R-INT-1 R-RAA-5 Afgesloten, Ter kennisgeving aangenomen and Ingetrokken: a clear message instead of the form; a post writes nothing', async () => {
    for (const [actie, status] of [['afsluiten', 'Afgesloten'], ['ter_kennisgeving_aannemen', 'Ter kennisgeving aangenomen']] as const) {
      const nummer = await nieuw('2030-03-02', '2030-03-03');
      await gemeenteActie(nummer, actie);
      const r = await c.get(url(nummer));
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain(`Deze melding heeft de status ${status} en kan daarom niet worden ingetrokken.`);
      expect(r.body).not.toContain('name="reden"');
      const post = await c.post(url(nummer), { versie: '2', reden: 'foutief_opgevoerd' });
      expect(post.statusCode).toBe(409);
      expect(post.body).toContain('kan daarom niet worden ingetrokken');
      expect(await rij(nummer)).toMatchObject({ versie: 2 });
      expect(await mailsVan(nummer)).toHaveLength(0);
    }
    const ingetrokken = await nieuw('2030-03-04', '2030-03-05');
    expect((await intrekken(ingetrokken, { reden: 'foutief_opgevoerd' })).statusCode).toBe(303);
    expect((await c.get(url(ingetrokken))).body).toContain('Deze melding heeft de status Ingetrokken');
    expect((await c.post(url(ingetrokken), { versie: '2', reden: 'foutief_opgevoerd' })).statusCode).toBe(409);
    expect(await versies(ingetrokken)).toHaveLength(2);
  });

  it('R-INT-1 In behandeling may be withdrawn too; the confirmation page of a melding that is not Ingetrokken leads back to the form', async () => {
    const nummer = await nieuw('2030-03-02');
    const terug = await c.get(url(nummer, '/ingetrokken'));
    expect(terug.statusCode).toBe(303);
    expect(terug.headers.location).toBe(url(nummer));
    await gemeenteActie(nummer, 'in_behandeling_nemen');
    expect((await intrekken(nummer, { reden: 'onterecht_opgevoerd' })).statusCode).toBe(303);
    expect((await versies(nummer)).map((v) => [v.versie, v.status])).toEqual([[1, 'R'], [2, 'B'], [3, 'I']]);
  });

  it('R-RAA-4 a version saved since the page was opened: conflict message, the melding as it is now, input kept, nothing written; a second try succeeds', async () => {
    const nummer = await nieuw('2030-03-02');
    const pagina = await c.get(url(nummer));
    expect(pagina.body).toContain('name="versie" value="1"');
    await gemeenteActie(nummer, 'in_behandeling_nemen');
    const r = await c.post(url(nummer), { versie: '1', reden: 'foutief_opgevoerd', toelichting: 'Dubbel opgevoerd' });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('Deze melding is gewijzigd nadat u deze pagina opende (de melding is nu versie 2).');
    expect(r.body).toContain('In behandeling');
    expect(r.body).toContain('name="versie" value="2"');
    expect(r.body).toContain('Dubbel opgevoerd</textarea>');
    expect(await rij(nummer)).toMatchObject({ status: 'B', versie: 2 });
    expect(await mailsVan(nummer)).toHaveLength(0);
    // A version the page never showed (tampered or missing) is no better.
    expect((await c.post(url(nummer), { versie: 'abc', reden: 'foutief_opgevoerd' })).statusCode).toBe(409);
    expect((await c.post(url(nummer), { versie: '2', reden: 'foutief_opgevoerd', toelichting: 'Dubbel opgevoerd' })).statusCode).toBe(303);
    expect(await rij(nummer)).toMatchObject({ status: 'I', versie: 3 });
  });

  it('R-RAA-4 two withdrawals of the same version at once: exactly one is written, one mail', async () => {
    const nummer = await nieuw('2030-03-02');
    const actor: MeldingActor = { instellingscode: SCHOOL, gebruikerId: m.melder.id, gebruikersnaam: m.melder.gebruikersnaam, weergavenaam: 'Test melder', ip: null };
    const svc = m.t.services.meldingen.intrekken;
    const uitkomsten = await Promise.all([1, 2, 3].map(() => svc.intrekken(actor, nummer, { versie: '1', reden: 'foutief_opgevoerd' })));
    expect(uitkomsten.filter((u) => u.soort === 'ingetrokken')).toHaveLength(1);
    expect(uitkomsten.filter((u) => u.soort === 'niet_toegestaan')).toHaveLength(2);
    expect(await versies(nummer)).toHaveLength(2);
    expect(await mailsVan(nummer)).toHaveLength(1);
  });

  it('R-AUTH-3 another school\'s melding: 404 on the page and on a post, audited, nothing written', async () => {
    const vreemd = await nieuw('2030-03-02', null, '02CD');
    expect((await c.get(url(vreemd))).statusCode).toBe(404);
    expect((await c.post(url(vreemd), { versie: '1', reden: 'foutief_opgevoerd' })).statusCode).toBe(404);
    expect((await c.get(url(vreemd, '/ingetrokken'))).statusCode).toBe(404);
    expect(await rij(vreemd)).toMatchObject({ status: 'R', versie: 1 });
    const geweigerd = await m.t.db.selectFrom('audit_log').select('details').where('actie', '=', 'toegang_geweigerd').where('object_id', '=', vreemd).execute();
    expect(geweigerd.length).toBeGreaterThanOrEqual(3);
  });

  it('R-INT-1 R-MEL-8 after intrekken the period no longer blocks: a new melding over the same days can be filed', async () => {
    const pgn = await m.leerling();
    const eerste = await meldingOpvoeren(c, pgn);
    // Before: the same days are refused at the Verzuim step.
    const concept = await startConcept(c, pgn);
    expect((await stap(c, concept, 'leerling', GELDIG.leerling)).statusCode).toBe(303);
    const geweigerd = await stap(c, concept, 'verzuim', GELDIG.verzuim);
    expect(geweigerd.statusCode).toBe(400);
    expect(geweigerd.body).toContain(`valt samen met een andere melding voor deze leerling (melding ${eerste})`);

    expect((await intrekken(eerste, { reden: 'foutief_opgevoerd' })).statusCode).toBe(303);
    const tweede = await meldingOpvoeren(c, pgn);
    expect(tweede).not.toBe(eerste);
    expect((await rij(tweede)).begindatum).toBe((await rij(eerste)).begindatum);
    expect((await rij(eerste)).status).toBe('I');
  });

  it('R-INT-2 the limits follow the injected clock in Dutch days: 31 July 23:59 and 1 August 00:00 in Amsterdam', async () => {
    const svc = m.t.services.meldingen.intrekken;
    const nu = m.clock();
    try {
      m.clock.set(new Date('2030-07-31T21:59:59Z')); // 31-07-2030 23:59:59 in Amsterdam (CEST)
      expect(svc.grenzen()).toEqual({ schooljaar: '2029-08-01', jaarTerug: '2029-07-31' });
      m.clock.set(new Date('2030-07-31T22:00:00Z')); // 01-08-2030 00:00 in Amsterdam
      expect(svc.grenzen()).toEqual({ schooljaar: '2030-08-01', jaarTerug: '2029-08-01' });
      const actor: MeldingActor = { instellingscode: SCHOOL, gebruikerId: m.melder.id, gebruikersnaam: m.melder.gebruikersnaam, weergavenaam: 'Test melder', ip: null };
      const nummer = await nieuw('2030-03-02', '2030-03-05');
      const r = await svc.intrekken(actor, nummer, { versie: '1', reden: 'geen_inschrijving' });
      expect(r.soort).toBe('fouten');
      expect(r.soort === 'fouten' ? r.errors.map((e) => [e.field, e.text.includes('op of na 1 augustus 2030')]) : []).toEqual([['reden', true]]);
    } finally {
      m.clock.set(nu);
    }
  });
});
