// Inzien and Wijzigen verzuim through the real pages (manual §4.2.1, §4.2.2; R-RAA-2 … R-RAA-5):
// the page per status, what can and cannot change (a forged post of begindatum or soort changes
// nothing), the overlap rule on a new einddatum in the rules and in the database, every save a
// new version, and 404 + audit for another institution's melding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wijzigenService } from '../../../src/modules/meldingen/wijzigen/wijzigen.service';
import { testDatabaseKind } from '../../helpers/database';
import { melding } from '../../helpers/factories';
import { AMSTERDAM, DIEMEN, meldingOpvoeren, meldingSetup, SCHOOL, type MeldingSetup } from './setup';
import { gemeenteActie, meldingRij, pagina, sessieVan, versies, wijzigStap, wijzigVelden } from './wijzigen-setup';

describe(`Inzien and wijzigen of a melding (R-RAA-2 … R-RAA-5) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  beforeAll(async () => {
    m = await meldingSetup();
  });
  afterAll(async () => m?.t.close());

  const audit = (actie: string, nummer: string) => m.t.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).where('object_id', '=', nummer).execute();

  it('R-RAA-2 R-UI-6 a Geregistreerd melding opens as the wijzigen page: status, no terugkoppeling yet, warning bar, Wijzigen per section, Opslaan, Intrekken, Historie; the view is audited', async () => {
    const c = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(c, await m.leerling());
    const r = await c.get(pagina(nummer));
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain(`<h1 class="utrecht-heading-1 vl-title">Wijzigen verzuim - Melding ${nummer}</h1>`);
    expect(r.body).toContain('<strong>Geregistreerd</strong>');
    expect(r.body).toContain('Er is nog geen terugkoppeling van de gemeente.');
    expect(r.body).toContain('vl-privacy-warning');
    for (const pad of ['leerling', 'verzuim', 'lesuren', 'actie-school']) expect(r.body).toContain(`href="${wijzigStap(nummer, pad)}"`);
    expect(r.body).toContain('value="opslaan"');
    expect(r.body).toContain(`href="${pagina(nummer, '/intrekken')}"`);
    expect(r.body).toContain(`href="${pagina(nummer, '/historie')}"`);
    expect(r.body).toContain('afwezig vanwege ziekte');
    expect(await audit('melding_ingezien', nummer)).toHaveLength(1);
  });

  it('R-RAA-2 In behandeling: the gemeente\'s terugkoppeling (behandelaar, contact details, toelichting, overgedragen aan) shows, and the melding can still change', async () => {
    const c = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(c, await m.leerling());
    await gemeenteActie(m, nummer, 'in_behandeling_nemen', () => ({
      gemeente: {
        contactpersoon: { naam: 'Fatima el Idrissi', functie: 'Leerplichtambtenaar', telefoon: '020 555 12 34', email: 'f.elidrissi@amsterdam.example' },
        toelichting: 'Gesprek met ouders gepland',
        overgedragenAan: { partij: 'anders', anders: 'Buurtteam Oost' },
        afsluiting: null,
      },
    }));
    const r = await c.get(pagina(nummer));
    expect(r.body).toContain('<strong>In behandeling</strong>');
    for (const tekst of ['Fatima el Idrissi', 'Leerplichtambtenaar', '020 555 12 34', 'f.elidrissi@amsterdam.example', 'Gesprek met ouders gepland', 'Anders, nl. Buurtteam Oost']) expect(r.body).toContain(tekst);
    expect(r.body).not.toContain('nog geen terugkoppeling');
    expect(r.body).toContain(`Wijzigen verzuim - Melding ${nummer}`);
    expect(r.body).toContain('value="opslaan"');
  });

  it('R-RAA-2 R-GEM-1 the page names the behandelende gemeente, code and name: the woongemeente, for RMC verzuim 18+ the regio\'s contactgemeente', async () => {
    const c = await m.inloggen(m.melder);
    const gemeenteRij = (html: string) => /Behandelende gemeente<\/dt>\s*<dd[^>]*>([^<]*)</.exec(html)?.[1];
    const v3 = await meldingOpvoeren(c, await m.leerling({ woongemeente: DIEMEN }));
    expect(gemeenteRij((await c.get(pagina(v3))).body)).toBe(`${DIEMEN} - Gemeente ${DIEMEN}`);
    // 20 on the first day, no startkwalificatie: RMC verzuim 18+ goes to Amsterdam, the contactgemeente.
    const rmc = await meldingOpvoeren(c, await m.leerling({ woongemeente: DIEMEN, geboortedatum: '2010-01-01' }), { verzuim: { soort: 'RMC' } });
    expect((await meldingRij(m, rmc)).gemeentecode).toBe(AMSTERDAM);
    expect(gemeenteRij((await c.get(pagina(rmc))).body)).toBe(`${AMSTERDAM} - Gemeente ${AMSTERDAM}`);
  });

  it('R-RAA-5 Afgesloten and Ter kennisgeving aangenomen are read-only (Afb. 38): no Wijzigen, no Opslaan, no Intrekken; the steps send back to the page and a forged Opslaan changes nothing', async () => {
    const c = await m.inloggen(m.melder);
    for (const [actie, label] of [['afsluiten', 'Afgesloten'], ['ter_kennisgeving_aannemen', 'Ter kennisgeving aangenomen']] as const) {
      const nummer = await meldingOpvoeren(c, await m.leerling());
      await gemeenteActie(m, nummer, actie, () => (actie === 'afsluiten' ? { gemeente: { contactpersoon: null, toelichting: '', overgedragenAan: null, afsluiting: { reden: 'terug_naar_school', toelichting: 'geen_actie_meer' } } } : {}));
      const r = await c.get(pagina(nummer));
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain(`Raadplegen verzuim - Melding ${nummer}`);
      expect(r.body).toContain(`<strong>${label}</strong>`);
      expect(r.body).toContain('kan niet meer gewijzigd worden');
      expect(r.body).not.toContain('/wijzigen/');
      expect(r.body).not.toContain('value="opslaan"');
      expect(r.body).not.toContain('/intrekken');
      expect(r.body).toContain('vl-privacy-warning');
      if (actie === 'afsluiten') expect(r.body).toContain('Terug naar school');
      const stap = await c.get(wijzigStap(nummer, 'verzuim'));
      expect(stap.statusCode).toBe(303);
      expect(stap.headers.location).toBe(pagina(nummer));
      await c.get(pagina(nummer));
      const post = await c.post(wijzigStap(nummer, 'verzuim'), { tm: '10-03-2030', actie: 'verder' });
      expect(post.statusCode).toBe(303);
      await c.get(pagina(nummer));
      await c.post(pagina(nummer), { actie: 'opslaan' });
      expect((await meldingRij(m, nummer)).einddatum).toBe('2030-03-13');
      expect(await versies(m, nummer)).toHaveLength(2);
      expect(await m.t.db.selectFrom('concepten').select('id').where('melding_id', '=', (await meldingRij(m, nummer)).id).execute()).toHaveLength(0);
    }
  });

  it('R-RAA-5 R-INT-1 an Ingetrokken melding is read-only and shows the reason of withdrawal', async () => {
    const c = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(c, await m.leerling());
    const rij = await meldingRij(m, nummer);
    const { nieuweVersie } = await import('../../../src/modules/meldingen/versie');
    await m.t.db.transaction().execute((trx) =>
      nieuweVersie(trx, { meldingId: rij.id, verwachteVersie: 1, actor: { soort: 'school', gebruikerId: m.melder.id, naam: 'Test melder' }, actie: 'intrekken', op: m.clock(), wijzig: (h) => ({ inhoud: { ...h.inhoud, intrekking: { reden: 'foutief_opgevoerd', toelichting: 'Verkeerde leerling' } } }) }),
    );
    const r = await c.get(pagina(nummer));
    expect(r.body).toContain('<strong>Ingetrokken</strong>');
    expect(r.body).toContain('Foutief opgevoerd');
    expect(r.body).toContain('Verkeerde leerling');
    expect(r.body).not.toContain('/wijzigen/');
    expect(r.body).not.toContain('value="opslaan"');
  });

  it('R-RAA-3 R-RAA-4 changing einddatum, a Lesuren row, an action and a contact makes version 2 with exactly those changes; the edit is consumed and the save audited', async () => {
    const c = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(c, await m.leerling());
    await c.get(pagina(nummer));
    expect((await wijzigVelden(c, nummer, 'verzuim', { tm: '06-03-2030', toelichting: 'Nu ook het tweede uur' })).headers.location).toBe(pagina(nummer));
    const lesuren = await wijzigVelden(c, nummer, 'lesuren', { 'dag-0-heleDag': 'nee', 'dag-0-lesuren': ['1', '2'], 'dag-1-datum': '05-03-2030', 'dag-1-heleDag': 'ja' });
    expect(lesuren.statusCode, lesuren.body.slice(0, 2000)).toBe(303);
    expect((await wijzigVelden(c, nummer, 'actie-school', { acties: ['gesprek_leerling', 'brief_ouders'] })).statusCode).toBe(303);
    expect((await wijzigVelden(c, nummer, 'leerling', { telefoon: '06 12345678' })).statusCode).toBe(303);
    const tussen = await c.get(pagina(nummer));
    expect(tussen.body).toContain('nog niet zijn opgeslagen');
    expect(tussen.body).toContain('06-03-2030');
    // Nothing is stored in the melding before Opslaan.
    expect((await meldingRij(m, nummer)).versie).toBe(1);

    const r = await c.post(pagina(nummer), { actie: 'opslaan' });
    expect(r.statusCode).toBe(303);
    const na = await c.get(pagina(nummer));
    expect(na.body).toContain('De wijzigingen zijn opgeslagen. De melding heeft nu versie 2.');
    const rij = await meldingRij(m, nummer);
    expect(rij).toMatchObject({ versie: 2, status: 'R', begindatum: '2030-03-02', einddatum: '2030-03-06', soort: 'V3' });
    expect(rij.inhoud.verzuim).toMatchObject({ tm: '2030-03-06', toelichting: 'Nu ook het tweede uur', van: '2030-03-02', reden: 'afwezig vanwege ziekte' });
    expect(rij.inhoud.lesuren.dagen).toEqual([
      { datum: '2030-03-02', heleDag: false, lesuren: [1, 2], toelichting: '' },
      { datum: '2030-03-05', heleDag: true, lesuren: [], toelichting: '' },
    ]);
    expect(rij.inhoud.acties.acties).toEqual(['gesprek_leerling', 'brief_ouders']);
    expect(rij.inhoud.leerlingStap.telefoon).toBe('06 12345678');
    expect(rij.inhoud.leerlingStap.email).toBe('ouder@example.nl');
    const v = await versies(m, nummer);
    expect(v.map((x) => [x.versie, x.soort_wijziging, x.door_naam])).toEqual([
      [1, 'aangemaakt', 'Test melder'],
      [2, 'wijzigen', 'Test melder'],
    ]);
    expect(v[0]!.snapshot).toMatchObject({ einddatum: '2030-03-13' });
    expect(await m.t.db.selectFrom('concepten').select('id').where('melding_id', '=', rij.id).execute()).toHaveLength(0);
    expect(await audit('melding_gewijzigd', nummer)).toEqual([expect.objectContaining({ gebruikersnaam: m.melder.gebruikersnaam, instellingscode: SCHOOL, details: { versie: 2, vanVersie: 1 } })]);
  });

  it('R-RAA-3 begindatum and soort are shown, not asked; a forged post of van and soort changes nothing', async () => {
    const c = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(c, await m.leerling());
    const g = await c.get(wijzigStap(nummer, 'verzuim'));
    expect(g.body).toContain('Wijzigen verzuim - Gegevens melding');
    expect(g.body).not.toContain('name="van"');
    expect(g.body).not.toContain('name="soort"');
    expect(g.body).toContain('02-03-2030');
    // R-MEL-11: no verbijzondering offered for a kind other than Overig verzuim.
    expect(g.body).not.toContain('name="verbijzondering"');
    const r = await wijzigVelden(c, nummer, 'verzuim', { van: '01-03-2030', soort: 'O', tm: '12-03-2030' });
    expect(r.statusCode).toBe(303);
    const concept = await m.t.db.selectFrom('concepten').select('invoer').where('melding_id', '=', (await meldingRij(m, nummer)).id).executeTakeFirstOrThrow();
    expect(concept.invoer.verzuim).toMatchObject({ van: '02-03-2030', soort: 'V3', tm: '12-03-2030' });
    await c.get(pagina(nummer));
    await c.post(pagina(nummer), { actie: 'opslaan' });
    const rij = await meldingRij(m, nummer);
    expect(rij).toMatchObject({ versie: 2, begindatum: '2030-03-02', soort: 'V3', einddatum: '2030-03-12' });
    expect(rij.inhoud.verzuim).toMatchObject({ van: '2030-03-02', soort: 'V3' });
    // The pupil is not on any edit form either: the Leerling step shows the melding's pupil read-only.
    const l = await c.get(wijzigStap(nummer, 'leerling'));
    expect(l.body).not.toContain('name="pgn"');
  });

  it('R-MEL-11 R-RAA-3 a verbijzondering is refused for a kind other than Overig verzuim, at its field, input kept, nothing saved', async () => {
    const c = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(c, await m.leerling());
    const r = await wijzigVelden(c, nummer, 'verzuim', { verbijzondering: 'vermoedelijk_ongeoorloofd', reden: 'Nieuwe reden' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('href="#verbijzondering"');
    expect(r.body).toContain('Nieuwe reden');
    expect((await meldingRij(m, nummer)).versie).toBe(1);
  });

  it('R-MEL-8 R-RAA-3 a new einddatum that overlaps another melding is refused at the t/m field (the rule), the melding keeps its period', async () => {
    const c = await m.inloggen(m.melder);
    const pgn = await m.leerling();
    const nummer = await meldingOpvoeren(c, pgn, { verzuim: { tm: '05-03-2030' } });
    const ander = await melding(m.t.services, { pgn, instellingscode: SCHOOL, van: '2030-03-09', tm: '2030-03-12' });
    const r = await wijzigVelden(c, nummer, 'verzuim', { tm: '10-03-2030' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('href="#tm"');
    expect(r.body).toContain(ander);
    expect(r.body).toContain('value="10-03-2030"');
    // Its own period is no overlap: extending up to the day before the other is fine.
    expect((await wijzigVelden(c, nummer, 'verzuim', { tm: '08-03-2030' })).statusCode).toBe(303);
    await c.get(pagina(nummer));
    await c.post(pagina(nummer), { actie: 'opslaan' });
    expect((await meldingRij(m, nummer)).einddatum).toBe('2030-03-08');
  });

  it('R-MEL-8 an overlap that raced past the check is refused by the database (meldingen_geen_overlap): nothing saved, back to the Verzuim step, the edit kept', async () => {
    const c = await m.inloggen(m.melder);
    const pgn = await m.leerling();
    const nummer = await meldingOpvoeren(c, pgn, { verzuim: { tm: '05-03-2030' } });
    await melding(m.t.services, { pgn, instellingscode: SCHOOL, van: '2030-03-09', tm: '2030-03-12' });
    // The edit was made before the other melding existed: its facts did not have it.
    const rij = await meldingRij(m, nummer);
    const m2 = m.t.services.meldingen;
    const blind = { ...m2.feiten, laad: async (...a: Parameters<typeof m2.feiten.laad>) => ({ ...(await m2.feiten.laad(...a)), andereMeldingen: [] }) };
    const svc = wijzigenService({ db: m.t.db, now: m.clock, baseUrl: '', feiten: blind, concepten: m2.concepten });
    // The browser's session, so the pages below find the edit made here.
    const actor = { instellingscode: SCHOOL, gebruikerId: m.melder.id, gebruikersnaam: m.melder.gebruikersnaam, weergavenaam: 'Test melder', ip: null, sessie: sessieVan(c) };
    const sessie = await svc.sessie(actor, nummer);
    await svc.bewaar(actor, sessie!, { ...sessie!.invoer, verzuim: { ...sessie!.invoer.verzuim, tm: '10-03-2030' } }, sessie!.voltooid, '1');
    const r = await svc.opslaan(actor, nummer);
    expect(r).toMatchObject({ soort: 'onvolledig', stap: { id: 'verzuim' } });
    expect(await meldingRij(m, nummer)).toMatchObject({ versie: 1, einddatum: '2030-03-05' });
    expect(await versies(m, nummer)).toHaveLength(1);
    expect(await audit('melding_gewijzigd', nummer)).toHaveLength(0);
    // Through the pages the step then shows the overlap at the t/m, with the typed date.
    const stap = await c.get(wijzigStap(nummer, 'verzuim'));
    expect(stap.body).toContain('href="#tm"');
    expect(stap.body).toContain('value="10-03-2030"');
    expect(rij.id).toBeDefined();
  });

  it('R-MEL-14 R-RAA-3 a change that makes a later step wrong (Alle lessen gemist with verzuimdagen) is not saved: the page says so, Opslaan leads to that step and its error', async () => {
    const c = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(c, await m.leerling());
    expect((await wijzigVelden(c, nummer, 'verzuim', { allesGemist: 'ja' })).headers.location).toBe(pagina(nummer));
    const p = await c.get(pagina(nummer));
    expect(p.body).toContain('Uw wijzigingen zijn nog niet volledig of kloppen niet');
    expect(p.body).toContain('Lesuren: nog niet volledig of niet juist ingevuld');
    expect(p.body).toContain('Deze gegevens worden getoond zodra ‘Lesuren’ klopt.');
    const r = await c.post(pagina(nummer), { actie: 'opslaan' });
    expect(r.headers.location).toBe(wijzigStap(nummer, 'lesuren'));
    const stap = await c.get(wijzigStap(nummer, 'lesuren'));
    expect(stap.body).toContain('vl-error-summary');
    expect((await meldingRij(m, nummer)).versie).toBe(1);
    // Verder on the Lesuren page (which now shows no rows) puts it right; then Opslaan saves.
    expect((await c.post(wijzigStap(nummer, 'lesuren'), { actie: 'verder' })).headers.location).toBe(pagina(nummer));
    await c.get(pagina(nummer));
    await c.post(pagina(nummer), { actie: 'opslaan' });
    const rij = await meldingRij(m, nummer);
    expect(rij.versie).toBe(2);
    expect(rij.inhoud.verzuim.allesGemist).toBe(true);
    expect(rij.inhoud.lesuren.dagen).toEqual([]);
  });

  it('R-RAA-4 every save is a new version; saving without any change makes none and says so', async () => {
    const c = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(c, await m.leerling());
    await wijzigVelden(c, nummer, 'actie-school', { toelichtingActie: 'Eerste' });
    await c.get(pagina(nummer));
    await c.post(pagina(nummer), { actie: 'opslaan' });
    await wijzigVelden(c, nummer, 'actie-school', { toelichtingActie: 'Tweede' });
    await c.get(pagina(nummer));
    await c.post(pagina(nummer), { actie: 'opslaan' });
    expect((await versies(m, nummer)).map((v) => [v.versie, v.soort_wijziging])).toEqual([
      [1, 'aangemaakt'],
      [2, 'wijzigen'],
      [3, 'wijzigen'],
    ]);
    // Verder on every step without changing anything, then Opslaan: no version 4.
    for (const pad of ['leerling', 'verzuim', 'lesuren', 'actie-school']) expect((await wijzigVelden(c, nummer, pad, {})).statusCode).toBe(303);
    const p = await c.get(pagina(nummer));
    expect(p.body).not.toContain('nog niet zijn opgeslagen');
    await c.post(pagina(nummer), { actie: 'opslaan' });
    expect((await c.get(pagina(nummer))).body).toContain('Er is niets gewijzigd; er is geen nieuwe versie gemaakt.');
    expect(await versies(m, nummer)).toHaveLength(3);
    // Opslaan with no edit at all: the same.
    await c.post(pagina(nummer), { actie: 'opslaan' });
    expect((await c.get(pagina(nummer))).body).toContain('Er is niets gewijzigd');
  });

  it('R-RAA-3 R-MEL-20 re-opening an edit finds the same one (one per session and melding); Wijzigingen ongedaan maken throws it away; edits are not in Mijn concepten nor usable as a new melding', async () => {
    const c = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(c, await m.leerling());
    const id = (await meldingRij(m, nummer)).id;
    await wijzigVelden(c, nummer, 'verzuim', { reden: 'Eerste poging' });
    await wijzigVelden(c, nummer, 'actie-school', { toelichtingActie: 'Tweede stap' });
    const concepten = await m.t.db.selectFrom('concepten').select(['id', 'basis_versie']).where('melding_id', '=', id).execute();
    expect(concepten).toEqual([{ id: concepten[0]!.id, basis_versie: 1 }]);
    const opnieuw = await c.get(wijzigStap(nummer, 'verzuim'));
    expect(opnieuw.body).toContain('Eerste poging');
    expect((await c.get('/verzuim/concepten')).body).not.toContain(concepten[0]!.id);
    expect((await c.get(`/verzuim/opvoeren/${concepten[0]!.id}/leerling`)).statusCode).toBe(404);
    await c.get(pagina(nummer));
    await c.post(pagina(nummer), { actie: 'ongedaan' });
    const p = await c.get(pagina(nummer));
    expect(p.body).toContain('Uw wijzigingen zijn ongedaan gemaakt');
    expect(p.body).not.toContain('Eerste poging');
    expect(await m.t.db.selectFrom('concepten').select('id').where('melding_id', '=', id).execute()).toHaveLength(0);
    expect((await meldingRij(m, nummer)).versie).toBe(1);
  });

  it('R-RAA-1 R-RAA-2 the number in Raadplegen verzuim says what it opens: "Melding … wijzigen" while the melding can change (page "Wijzigen verzuim - Melding …"), "Melding … inzien" once closed (page "Raadplegen verzuim - Melding …")', async () => {
    const c = await m.inloggen(m.melder);
    const open = await meldingOpvoeren(c, await m.leerling());
    const dicht = await meldingOpvoeren(c, await m.leerling());
    await gemeenteActie(m, dicht, 'afsluiten', () => ({ gemeente: { contactpersoon: null, toelichting: '', overgedragenAan: null, afsluiting: { reden: 'terug_naar_school', toelichting: 'geen_actie_meer' } } }));
    for (const [nummer, label, titel] of [
      [open, `Melding ${open} wijzigen`, `Wijzigen verzuim - Melding ${open}`],
      [dicht, `Melding ${dicht} inzien`, `Raadplegen verzuim - Melding ${dicht}`],
    ] as const) {
      const lijst = await c.get(`/verzuim/raadplegen?status=R&status=B&status=G&nummer=${nummer}`);
      const link = new RegExp(`<a class="[^"]*" href="([^"]+)" aria-label="([^"]+)">${nummer}</a>`).exec(lijst.body);
      expect(link?.[2]).toBe(label);
      const r = await c.get(link![1]!);
      expect(r.body).toContain(`<h1 class="utrecht-heading-1 vl-title">${titel}</h1>`);
    }
  });

  it('R-AUTH-3 another institution\'s melding answers 404 on the page, its steps and Opslaan, and each refusal is audited', async () => {
    const c = await m.inloggen(m.melder);
    const nummer = await meldingOpvoeren(c, await m.leerling());
    const vreemd = await m.inloggen(m.anderen);
    expect((await vreemd.get(pagina(nummer))).statusCode).toBe(404);
    expect((await vreemd.get(wijzigStap(nummer, 'verzuim'))).statusCode).toBe(404);
    await vreemd.get('/verzuim/opvoeren');
    expect((await vreemd.post(wijzigStap(nummer, 'verzuim'), { tm: '04-03-2030', actie: 'verder' })).statusCode).toBe(404);
    expect((await vreemd.post(pagina(nummer), { actie: 'opslaan' })).statusCode).toBe(404);
    const geweigerd = await audit('toegang_geweigerd', nummer);
    expect(geweigerd.length).toBeGreaterThanOrEqual(4);
    expect(geweigerd.every((a) => a.instellingscode === '02CD')).toBe(true);
    expect(await audit('melding_ingezien', nummer)).toHaveLength(0);
    expect((await meldingRij(m, nummer)).versie).toBe(1);
    expect((await vreemd.get(pagina('2030-9999999'))).statusCode).toBe(404);
  });
});
