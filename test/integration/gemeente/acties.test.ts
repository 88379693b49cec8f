// The gemeente behandelaar's detail page and actions through the real pages (R-GEM-3, R-GEM-4,
// R-GEM-5, R-RAA-4), on PGlite and on PostgreSQL (TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sluitDatum } from '../../../src/modules/gemeente/rules';
import { testDatabaseKind } from '../../helpers/database';
import type { TestClient } from '../../helpers/client';
import { AMSTERDAM, DIEMEN, meldingOpvoeren, SCHOOL } from '../meldingen/setup';
import { actie, gemeenteSetup, meldingPad, UTRECHT, type GemeenteSetup } from './setup';

describe(`The gemeente's actions on a melding (R-GEM-3 … R-GEM-5) on ${testDatabaseKind}`, () => {
  let m: GemeenteSetup;
  let c: TestClient;
  let school: TestClient;
  beforeAll(async () => {
    m = await gemeenteSetup();
    c = await m.inloggen(m.behandelaar);
    school = await m.inloggen(m.melder);
  });
  afterAll(async () => m?.t.close());

  const rij = (nummer: string) =>
    m.t.db.selectFrom('meldingen').select(['id', 'versie', 'status', 'einddatum', 'gemeentecode', 'inhoud']).where('nummer', '=', nummer).executeTakeFirstOrThrow();
  const versies = async (nummer: string) =>
    m.t.db
      .selectFrom('melding_versies as v')
      .innerJoin('meldingen as m', 'm.id', 'v.melding_id')
      .select(['v.versie', 'v.status', 'v.soort_wijziging', 'v.door_naam', 'v.snapshot'])
      .where('m.nummer', '=', nummer)
      .orderBy('v.versie')
      .execute();
  const mails = (nummer: string) =>
    m.t.db
      .selectFrom('uitgaande_mails as u')
      .innerJoin('meldingen as m', 'm.id', 'u.melding_id')
      .select(['u.aan', 'u.soort', 'u.onderwerp', 'u.tekst'])
      .where('m.nummer', '=', nummer)
      .orderBy('u.id')
      .execute();
  const audit = (nummer: string, actie?: string) => {
    let q = m.t.db.selectFrom('audit_log').select(['actie', 'gebruikersnaam', 'gemeentecode', 'instellingscode', 'details']).where('object_id', '=', nummer);
    if (actie) q = q.where('actie', '=', actie);
    return q.orderBy('id').execute();
  };
  /** A melding filed through the school's wizard (its contact person asks for copies), for Amsterdam. */
  const viaWizard = async (over: Parameters<typeof meldingOpvoeren>[2] = {}) => meldingOpvoeren(school, await m.leerling(), over);

  it('R-GEM-2 R-UI-6 the detail page shows all of the melding with the privacy bar and only the actions allowed in R; the view is audited (R-PRIV-1)', async () => {
    const nummer = await viaWizard();
    const r = await c.get(meldingPad(nummer));
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.body).toContain('vl-privacy-warning');
    for (const tekst of ['Geregistreerd', 'Sanne van Dijk', 'Vaak het eerste uur afwezig', 'Piet Jansen', 'piet@school.example', 'Gesprek op 3 maart', '02-03-2030', 'De gemeente heeft nog geen terugkoppeling gegeven.']) {
      expect(r.body).toContain(tekst);
    }
    // R: In behandeling nemen, Afsluiten, Ter kennisgeving aannemen, Routeren; not terugkoppelen/overdragen (only in B).
    expect(r.body).toContain(`href="${meldingPad(nummer, '/in-behandeling-nemen')}"`);
    expect(r.body).toContain(`href="${meldingPad(nummer, '/afsluiten')}"`);
    expect(r.body).toContain(`href="${meldingPad(nummer, '/ter-kennisgeving-aannemen')}"`);
    expect(r.body).toContain(`href="${meldingPad(nummer, '/routeren')}"`);
    expect(r.body).not.toContain(`href="${meldingPad(nummer, '/terugkoppelen')}"`);
    expect(r.body).not.toContain(`href="${meldingPad(nummer, '/overdragen')}"`);
    const a = await audit(nummer, 'melding_ingezien');
    expect(a.at(-1)).toMatchObject({ gebruikersnaam: 'leerplicht', gemeentecode: AMSTERDAM, instellingscode: SCHOOL });
  });

  it('R-GEM-3 In behandeling nemen: naam and e-mail required, formats checked at the field, input kept, nothing written', async () => {
    const nummer = await viaWizard();
    const p = await c.get(meldingPad(nummer, '/in-behandeling-nemen'));
    // Prefilled from the user: display name and own e-mail address.
    expect(p.body).toContain('value="Test leerplicht"');
    expect(p.body).toContain('value="lotte@amsterdam.example"');
    const r = await c.post(meldingPad(nummer, '/in-behandeling-nemen'), { versie: '1', naam: '', functie: 'Leerplichtambtenaar', telefoon: '12345', email: 'geen-adres' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Vul de naam van de contactpersoon in');
    expect(r.body).toContain('Vul een geldig telefoonnummer in');
    expect(r.body).toContain('Vul een geldig e-mailadres in');
    expect(r.body).toContain('href="#naam"');
    expect(r.body).toContain('value="Leerplichtambtenaar"');
    expect(r.body).toContain('value="geen-adres"');
    expect((await rij(nummer)).versie).toBe(1);
    expect((await mails(nummer)).filter((x) => x.soort === 'melding_status')).toEqual([]);
  });

  it('R-GEM-3 In behandeling nemen (R→B): version 2 with the gemeentelijke contactpersoon, the school\'s copy mail without personal data, audit line', async () => {
    const nummer = await viaWizard();
    const r = await actie(c, nummer, 'in-behandeling-nemen', { naam: 'Lotte Leerplicht', functie: 'Leerplichtambtenaar', telefoon: '020 555 12 34', email: 'lotte@amsterdam.example' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(meldingPad(nummer));
    const nu = await rij(nummer);
    expect(nu).toMatchObject({ versie: 2, status: 'B' });
    expect(nu.inhoud.gemeente?.contactpersoon).toEqual({ naam: 'Lotte Leerplicht', functie: 'Leerplichtambtenaar', telefoon: '020 555 12 34', email: 'lotte@amsterdam.example' });
    const v = await versies(nummer);
    expect(v.map((x) => [x.versie, x.status, x.soort_wijziging, x.door_naam])).toEqual([
      [1, 'R', 'aangemaakt', 'Test melder'],
      [2, 'B', 'in_behandeling_nemen', 'Test leerplicht'],
    ]);
    expect(v[1]!.snapshot).toMatchObject({ status: 'B', inhoud: { gemeente: { contactpersoon: { naam: 'Lotte Leerplicht' } } } });
    const status = (await mails(nummer)).filter((x) => x.soort === 'melding_status');
    expect(status).toHaveLength(1);
    expect(status[0]!.aan).toBe('piet@school.example');
    expect(status[0]!.onderwerp).toBe(`Verzuimmelding ${nummer}: status In behandeling`);
    expect(status[0]!.tekst).toContain(`https://verzuimloket.example/verzuim/meldingen/${nummer}`);
    const pgn = (await rij(nummer)).inhoud.leerling.pgn;
    for (const geheim of [pgn, 'Dijk', 'Sanne', 'Vaak het eerste uur', 'Lotte']) expect(status[0]!.tekst + status[0]!.onderwerp).not.toContain(geheim);
    expect((await audit(nummer, 'melding_in_behandeling_nemen'))[0]).toMatchObject({ gemeentecode: AMSTERDAM, instellingscode: SCHOOL, details: { versie: 2, status: 'B', mails: ['melding_status'] } });
    // The detail page now shows the contactpersoon and the actions of B.
    const d = await c.get(meldingPad(nummer));
    expect(d.body).toContain('In behandeling nemen: melding');
    expect(d.body).toContain('Lotte Leerplicht');
    expect(d.body).toContain(`href="${meldingPad(nummer, '/terugkoppelen')}"`);
    expect(d.body).not.toContain(`href="${meldingPad(nummer, '/in-behandeling-nemen')}"`);
  });

  it('R-GEM-3 terugkoppeling and overgedragen aan: a version each, status stays B, no mail (no status change); Anders needs its text', async () => {
    const nummer = await viaWizard();
    await actie(c, nummer, 'in-behandeling-nemen', { naam: 'Lotte Leerplicht', email: 'lotte@amsterdam.example' });
    const leeg = await actie(c, nummer, 'terugkoppelen', { toelichting: '  ' });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('Vul de toelichting in');
    const t = await actie(c, nummer, 'terugkoppelen', { toelichting: 'Gesprek met ouders gepland op 20 maart.' });
    expect(t.statusCode).toBe(303);
    const anders = await actie(c, nummer, 'overdragen', { partij: 'anders', anders: '' });
    expect(anders.statusCode).toBe(400);
    expect(anders.body).toContain('Vul in aan wie de zaak is overgedragen');
    expect(anders.body).toMatch(/value="anders"[^>]*checked|checked[^>]*value="anders"/);
    const o = await actie(c, nummer, 'overdragen', { partij: 'anders', anders: 'Wijkteam Oost' });
    expect(o.statusCode).toBe(303);
    const o2 = await actie(c, nummer, 'overdragen', { partij: 'CJG', anders: 'wordt weggelaten' });
    expect(o2.statusCode).toBe(303);
    const nu = await rij(nummer);
    expect(nu).toMatchObject({ versie: 5, status: 'B' });
    expect(nu.inhoud.gemeente).toMatchObject({ toelichting: 'Gesprek met ouders gepland op 20 maart.', overgedragenAan: { partij: 'CJG', anders: '' } });
    expect((await versies(nummer)).map((x) => x.soort_wijziging)).toEqual(['aangemaakt', 'in_behandeling_nemen', 'terugkoppelen', 'overdragen', 'overdragen']);
    expect((await mails(nummer)).filter((x) => x.soort === 'melding_status')).toHaveLength(1);
    const d = await c.get(meldingPad(nummer));
    expect(d.body).toContain('Gesprek met ouders gepland op 20 maart.');
    expect(d.body).toContain('Centrum Jeugd en Gezin (CJG)');
  });

  it('R-GEM-3 R-GEM-4 Afsluiten with reden afgesloten* and toelichting: status G, a t/m that was set stays, the school\'s copy says Afgesloten', async () => {
    const nummer = await viaWizard();
    const zonder = await actie(c, nummer, 'afsluiten', {});
    expect(zonder.statusCode).toBe(400);
    expect(zonder.body).toContain('Kies de reden afgesloten');
    const r = await actie(c, nummer, 'afsluiten', { reden: 'terug_naar_school', toelichtingAfsluiting: 'geen_actie_meer' });
    expect(r.statusCode).toBe(303);
    const nu = await rij(nummer);
    expect(nu).toMatchObject({ versie: 2, status: 'G', einddatum: '2030-03-13' });
    expect(nu.inhoud.verzuim.tm).toBe('2030-03-13');
    expect(nu.inhoud.gemeente?.afsluiting).toEqual({ reden: 'terug_naar_school', toelichting: 'geen_actie_meer' });
    expect((await mails(nummer)).filter((x) => x.soort === 'melding_status').map((x) => x.onderwerp)).toEqual([`Verzuimmelding ${nummer}: status Afgesloten`]);
    const d = await c.get(meldingPad(nummer));
    expect(d.body).toContain('Terug naar school');
    expect(d.body).toContain('Geen actie meer');
    expect(d.body).toContain('Een melding met status Afgesloten kunt u niet meer wijzigen.');
  });

  it('R-GEM-4 Afsluiten without t/m sets t/m (einddatum and verzuim.tm) to the Dutch closing day: 23:00 UTC on 16 March is already 17 March', async () => {
    const nummer = await viaWizard({ verzuim: { tm: '' } });
    expect((await rij(nummer)).einddatum).toBeNull();
    const p = await c.get(meldingPad(nummer, '/afsluiten'));
    expect(p.body).toContain('Bij het afsluiten wordt de einddatum 16-03-2030.');
    const vorige = m.clock();
    // Late in the evening (a new session: the morning's would have timed out).
    m.clock.set(new Date('2030-03-16T23:00:00Z'));
    try {
      const laat = await m.inloggen(m.behandelaar);
      expect((await actie(laat, nummer, 'afsluiten', { reden: 'leerling_overleden' })).statusCode).toBe(303);
      expect(m.clock().toISOString()).toBe('2030-03-16T23:00:30.000Z');
    } finally {
      m.clock.set(vorige);
    }
    const nu = await rij(nummer);
    expect(nu).toMatchObject({ status: 'G', einddatum: '2030-03-17' });
    expect(nu.inhoud.verzuim.tm).toBe('2030-03-17');
    expect((await versies(nummer))[1]!.snapshot).toMatchObject({ einddatum: '2030-03-17', inhoud: { verzuim: { tm: '2030-03-17' } } });
  });

  it('R-GEM-4 Ter kennisgeving aannemen: without t/m the t/m becomes today (a melding that began today ends today); with t/m it stays', async () => {
    const open = await m.nieuweMelding({ van: '2030-03-16', tm: null });
    const r = await actie(c, open, 'ter-kennisgeving-aannemen');
    expect(r.statusCode).toBe(303);
    expect(await rij(open)).toMatchObject({ status: 'K', einddatum: '2030-03-16', versie: 2 });
    expect((await rij(open)).inhoud.verzuim.tm).toBe('2030-03-16');
    // The factory's melding did not ask for copies: no school mail.
    expect(await mails(open)).toEqual([]);

    const dicht = await m.nieuweMelding({ van: '2030-03-02', tm: '2030-03-05' });
    expect((await actie(c, dicht, 'ter-kennisgeving-aannemen')).statusCode).toBe(303);
    expect(await rij(dicht)).toMatchObject({ status: 'K', einddatum: '2030-03-05' });
    // The closing day never lies before the begindatum (the database requires einddatum ≥ begindatum).
    expect(sluitDatum('2030-03-16', '2030-03-20')).toBe('2030-03-20');
    expect(sluitDatum('2030-03-16', '2030-03-16')).toBe('2030-03-16');
    expect(sluitDatum('2030-03-16', '2030-03-02')).toBe('2030-03-16');
  });

  it('R-GEM-3 R-GEM-5 Routeren (B→R): to the chosen gemeente with its mail, status back to R, terugkoppeling cleared; the old gemeente gets 404, the new one opens it', async () => {
    const nummer = await viaWizard();
    await actie(c, nummer, 'in-behandeling-nemen', { naam: 'Lotte Leerplicht', email: 'lotte@amsterdam.example' });
    const p = await c.get(meldingPad(nummer, '/routeren'));
    expect(p.body).toContain(`value="${UTRECHT}"`);
    expect(p.body).toContain(`value="${DIEMEN}"`);
    expect(p.body).not.toContain(`value="${AMSTERDAM}"`);
    const zelfde = await c.post(meldingPad(nummer, '/routeren'), { versie: '2', gemeente: AMSTERDAM });
    expect(zelfde.statusCode).toBe(400);
    expect(zelfde.body).toContain('Kies een andere gemeente dan uw eigen gemeente');
    const onbekend = await c.post(meldingPad(nummer, '/routeren'), { versie: '2', gemeente: '9999' });
    expect(onbekend.body).toContain('Kies een gemeente uit de lijst');
    expect((await rij(nummer)).versie).toBe(2);

    const r = await c.post(meldingPad(nummer, '/routeren'), { versie: '2', gemeente: UTRECHT });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/gemeente/meldingen');
    const nu = await rij(nummer);
    expect(nu).toMatchObject({ versie: 3, status: 'R', gemeentecode: UTRECHT });
    expect(nu.inhoud.gemeente).toBeUndefined();
    const ms = await mails(nummer);
    const routering = ms.filter((x) => x.soort === 'melding_gerouteerd');
    expect(routering.map((x) => x.aan)).toEqual([`leerplicht@${UTRECHT}.example`]);
    expect(routering[0]!.tekst).toContain(`https://verzuimloket.example/gemeente/meldingen/${nummer}`);
    expect(routering[0]!.tekst).not.toContain('Dijk');
    // B → R is a status change: the school's contact person gets a copy too.
    expect(ms.filter((x) => x.soort === 'melding_status').map((x) => x.onderwerp)).toEqual([`Verzuimmelding ${nummer}: status In behandeling`, `Verzuimmelding ${nummer}: status Geregistreerd`]);
    expect((await audit(nummer, 'melding_routeren'))[0]).toMatchObject({ gemeentecode: AMSTERDAM, details: { naarGemeente: UTRECHT } });

    // R-GEM-5: Amsterdam no longer sees it, not even its action pages.
    expect((await c.get(meldingPad(nummer))).statusCode).toBe(404);
    expect((await c.get(meldingPad(nummer, '/afsluiten'))).statusCode).toBe(404);
    expect((await audit(nummer, 'toegang_geweigerd')).at(-1)).toMatchObject({ gemeentecode: AMSTERDAM, details: { reden: 'andere_gemeente' } });
    const u = await m.inloggen(m.utrecht);
    const d = await u.get(meldingPad(nummer));
    expect(d.statusCode).toBe(200);
    expect(d.body).toContain(`href="${meldingPad(nummer, '/in-behandeling-nemen')}"`);
  });

  it('R-GEM-3 R-RAA-5 on an Afgesloten melding every gemeente action is refused, on its page and by its POST; nothing is written', async () => {
    const nummer = await viaWizard();
    await actie(c, nummer, 'afsluiten', { reden: 'terug_naar_school' });
    const voor = { rij: await rij(nummer), mails: (await mails(nummer)).length, versies: (await versies(nummer)).length };
    const posts: Record<string, Record<string, string>> = {
      'in-behandeling-nemen': { naam: 'Lotte', email: 'lotte@amsterdam.example' },
      terugkoppelen: { toelichting: 'Nog iets' },
      overdragen: { partij: 'JZ' },
      afsluiten: { reden: 'terug_naar_school' },
      'ter-kennisgeving-aannemen': {},
      routeren: { gemeente: UTRECHT },
    };
    for (const [pad, form] of Object.entries(posts)) {
      const g = await c.get(meldingPad(nummer, `/${pad}`));
      expect(g.statusCode, pad).toBe(409);
      expect(g.body).toContain('kan niet bij een melding met status Afgesloten');
      expect(g.body).not.toContain('name="versie"');
      const r = await c.post(meldingPad(nummer, `/${pad}`), { versie: '2', ...form });
      expect(r.statusCode, pad).toBe(409);
      expect(r.body).toContain('Er is niets opgeslagen.');
    }
    expect(await rij(nummer)).toEqual(voor.rij);
    expect((await mails(nummer)).length).toBe(voor.mails);
    expect((await versies(nummer)).length).toBe(voor.versies);
  });

  it('R-GEM-3 terugkoppelen and overdragen only while In behandeling: refused on a Geregistreerd melding', async () => {
    const nummer = await m.nieuweMelding();
    for (const pad of ['terugkoppelen', 'overdragen']) {
      const r = await c.post(meldingPad(nummer, `/${pad}`), { versie: '1', toelichting: 'x', partij: 'CJG' });
      expect(r.statusCode).toBe(409);
      expect(r.body).toContain('kan niet bij een melding met status Geregistreerd');
    }
    expect((await rij(nummer)).versie).toBe(1);
  });

  it('R-RAA-4 a stale version: a clear conflict message, the input kept, nothing written; sending again on the version shown saves', async () => {
    const nummer = await viaWizard();
    await actie(c, nummer, 'in-behandeling-nemen', { naam: 'Lotte Leerplicht', email: 'lotte@amsterdam.example' });
    // A colleague and this behandelaar both open version 2; the colleague saves first.
    const collega = await m.inloggen(m.collegaBehandelaar);
    await c.get(meldingPad(nummer, '/terugkoppelen'));
    expect((await actie(collega, nummer, 'terugkoppelen', { toelichting: 'Eerste terugkoppeling' })).statusCode).toBe(303);
    const r = await c.post(meldingPad(nummer, '/terugkoppelen'), { versie: '2', toelichting: 'Mijn eigen tekst' });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('De melding is intussen gewijzigd');
    expect(r.body).toContain('versie 3, door Test leerplicht-collega');
    expect(r.body).toContain('Mijn eigen tekst');
    expect(r.body).toContain('name="versie" value="3"');
    const nu = await rij(nummer);
    expect(nu.versie).toBe(3);
    expect(nu.inhoud.gemeente?.toelichting).toBe('Eerste terugkoppeling');
    const again = await c.post(meldingPad(nummer, '/terugkoppelen'), { versie: '3', toelichting: 'Mijn eigen tekst' });
    expect(again.statusCode).toBe(303);
    expect((await rij(nummer)).inhoud.gemeente?.toelichting).toBe('Mijn eigen tekst');
  });

  it('R-RAA-4 a stale version of a melding closed meanwhile is refused as not allowed, not offered again', async () => {
    const nummer = await m.nieuweMelding();
    await actie(c, nummer, 'afsluiten', { reden: 'terug_naar_school' });
    const r = await c.post(meldingPad(nummer, '/in-behandeling-nemen'), { versie: '1', naam: 'Lotte', email: 'lotte@amsterdam.example' });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('kan niet bij een melding met status Afgesloten');
  });

  it('R-AUTH-3 R-GEM-5 another gemeente\'s melding, an unknown or malformed number: 404 on the page, the action pages and the posts; audited', async () => {
    const diemens = await m.nieuweMelding({ gemeentecode: DIEMEN });
    for (const url of [meldingPad(diemens), meldingPad(diemens, '/afsluiten'), meldingPad('2030-9999999'), meldingPad('niet-een-nummer')]) {
      expect((await c.get(url)).statusCode, url).toBe(404);
    }
    await c.get(meldingPad(await m.nieuweMelding(), '/afsluiten'));
    const post = await c.post(meldingPad(diemens, '/afsluiten'), { versie: '1', reden: 'terug_naar_school' });
    expect(post.statusCode).toBe(404);
    expect(await rij(diemens)).toMatchObject({ versie: 1, status: 'R' });
    const a = await audit(diemens, 'toegang_geweigerd');
    expect(a).toHaveLength(3);
    expect(a[0]).toMatchObject({ gebruikersnaam: 'leerplicht', gemeentecode: AMSTERDAM, details: { reden: 'andere_gemeente' } });
    expect((await audit('2030-9999999', 'toegang_geweigerd'))[0]).toMatchObject({ details: { reden: 'onbekend' } });
    // An unknown action segment is a plain 404.
    expect((await c.get(meldingPad(diemens, '/verwijderen'))).statusCode).toBe(404);
  });

  it('R-AUTH-3 a school melder cannot use the gemeente pages', async () => {
    const nummer = await m.nieuweMelding();
    expect((await school.get(meldingPad(nummer))).statusCode).toBe(403);
  });
  // Last: it moves the clock on by days, which ends the other sessions.
  it('R-GEM-4 R-MEL-8 a melding closed without t/m leaves room for the pupil\'s next melding from the day after', async () => {
    const pgn = await m.leerling();
    const nummer = await meldingOpvoeren(school, pgn, { verzuim: { tm: '' } });
    expect((await actie(c, nummer, 'afsluiten', { reden: 'terug_naar_school' })).statusCode).toBe(303);
    expect((await rij(nummer)).einddatum).toBe('2030-03-16');
    m.clock.set(new Date('2030-03-20T10:00:00Z'));
    const later = await m.inloggen(m.melder);
    const volgende = await meldingOpvoeren(later, pgn, { verzuim: { van: '17-03-2030', tm: '' }, lesuren: { 'dag-0-datum': '17-03-2030' } });
    expect(await rij(volgende)).toMatchObject({ status: 'R', einddatum: null });
  });
});
