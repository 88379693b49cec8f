import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import type { TestClient } from '../../helpers/client';
import { AMSTERDAM, GELDIG, meldingOpvoeren, meldingSetup, SCHOOL, stap, stapUrl, startConcept, totOverzicht, type MeldingSetup } from './setup';

describe(`Opvoeren verzuim, the whole journey (R-MEL-6 … R-MEL-18) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  let c: TestClient;
  beforeAll(async () => {
    m = await meldingSetup();
    c = await m.inloggen(m.melder);
  });
  afterAll(async () => m?.t.close());

  it('R-MEL-16 R-MEL-17 R-MEL-18 the happy path: Overzicht, Opslaan, "Melding verzonden" with the number; melding, version 1, mails and audit stored', async () => {
    const pgn = await m.leerling({ achternaam: 'Bakker' });
    const id = await startConcept(c, pgn);
    const leerlingStap = await c.get(stapUrl(id, 'leerling'));
    expect(leerlingStap.body).toContain('Opvoeren verzuim - Gegevens leerling');
    expect(leerlingStap.body).toContain('vl-privacy-warning'); // R-UI-6
    expect(leerlingStap.body).toContain('Sanne van Bakker'); // ROD, read-only (R-MEL-6)
    expect(leerlingStap.body).toContain('Stap 1 van 5');
    const overzicht = await totOverzicht(c, id, {
      leerling: { 'contact-0-naam': 'Oma Bakker', 'contact-0-relatie': 'grootmoeder', 'contact-0-telefoon': '06 1234 5678' },
      verzuim: { oac: '110A133', olc: '110X912', locatie: m.locatieId },
    });
    for (const tekst of ['Opvoeren verzuim - Overzicht', 'Oma Bakker', '02-03-2030 t/m 13-03-2030', '16 uren per 4 weken 18-', '110A133 - Het Lyceum Amsterdam', '110X912 (1011 AB 7)', 'Hoofdgebouw', 'Gesprek met leerling', 'Huisbezoek', 'Hele dag', 'vl-privacy-warning', '>Opslaan<']) {
      expect(overzicht.body).toContain(tekst);
    }
    for (const pad of ['leerling', 'verzuim', 'lesuren', 'actie-school']) expect(overzicht.body).toContain(`href="${stapUrl(id, pad)}?terug=overzicht"`);

    const opslaan = await c.post(stapUrl(id, 'overzicht'), { actie: 'opslaan' });
    expect(opslaan.statusCode).toBe(303);
    const verzonden = await c.get(String(opslaan.headers.location));
    expect(verzonden.body).toContain('Melding verzonden');
    expect(verzonden.body).toContain('Verzuimstaat');
    const nummer = /(2030-\d{7})/.exec(verzonden.body)![1]!;

    const rij = await m.t.db.selectFrom('meldingen').selectAll().where('nummer', '=', nummer).executeTakeFirstOrThrow();
    expect(rij).toMatchObject({ status: 'R', versie: 1, pgn, achternaam: 'Bakker', instellingscode: SCHOOL, gemeentecode: AMSTERDAM, soort: 'V3', begindatum: '2030-03-02', einddatum: '2030-03-13', prioriteit: false, onderwijslocatie_naam: 'Hoofdgebouw', concept_id: id, aangemaakt_door: m.melder.id });
    expect(rij.inhoud.verzuim).toMatchObject({ reden: 'afwezig vanwege ziekte', onderwijsaanbieder: { code: '110A133', naam: 'Het Lyceum Amsterdam' }, onderwijslocatie: { code: '110X912', postcode: '1011AB', huisnummer: '7' } });
    expect(rij.inhoud.leerling).toMatchObject({ pgn, achternaam: 'Bakker', woongemeenteCode: AMSTERDAM });
    expect(rij.inhoud.lesuren.dagen).toEqual([{ datum: '2030-03-02', heleDag: true, lesuren: [], toelichting: '' }]);

    const versies = await m.t.db.selectFrom('melding_versies').selectAll().where('melding_id', '=', rij.id).execute();
    expect(versies).toHaveLength(1);
    expect(versies[0]).toMatchObject({ versie: 1, status: 'R', soort_wijziging: 'aangemaakt', door_gebruiker_id: m.melder.id, door_naam: `Test ${m.melder.gebruikersnaam}` });
    expect((versies[0]!.snapshot as { inhoud: unknown }).inhoud).toEqual(rij.inhoud);

    const audit = await m.t.db.selectFrom('audit_log').selectAll().where('actie', '=', 'melding_opgevoerd').where('object_id', '=', nummer).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ object_type: 'melding', instellingscode: SCHOOL, gemeentecode: AMSTERDAM, gebruikersnaam: m.melder.gebruikersnaam });

    const mails = await m.t.db.selectFrom('uitgaande_mails').selectAll().where('melding_id', '=', rij.id).orderBy('id').execute();
    expect(mails.map((x) => [x.soort, x.aan])).toEqual([
      ['melding_nieuw', `leerplicht@${AMSTERDAM}.example`],
      ['melding_kopie', 'piet@school.example'],
    ]);
    expect(mails[0]!.tekst).toContain(`https://verzuimloket.example/gemeente/meldingen/${nummer}`);
    expect(mails[1]!.tekst).toContain(`https://verzuimloket.example/verzuim/meldingen/${nummer}`);
    for (const mail of mails) {
      const alles = mail.onderwerp + mail.tekst;
      expect(alles).toContain(nummer);
      expect(alles).toContain('School 01AB');
      for (const geheim of [pgn, 'Bakker', 'Sanne', 'afwezig vanwege ziekte', 'Vaak het eerste uur', 'Oma', 'Gesprek op 3 maart']) expect(alles).not.toContain(geheim);
    }

    // The draft is consumed; a refresh of "Melding verzonden" and a replayed Opslaan show the same melding.
    expect(await m.t.db.selectFrom('concepten').select('id').where('id', '=', id).execute()).toHaveLength(0);
    expect((await c.get(stapUrl(id, 'verzonden'))).body).toContain(nummer);
    const replay = await c.post(stapUrl(id, 'overzicht'), { actie: 'opslaan' });
    expect(replay.headers.location).toBe(stapUrl(id, 'verzonden'));
    expect(await m.t.db.selectFrom('meldingen').select('id').where('pgn', '=', pgn).execute()).toHaveLength(1);
    // The read-only Inzien page shows it.
    const inzien = await c.get(`/verzuim/meldingen/${nummer}`);
    expect(inzien.statusCode).toBe(200);
    expect(inzien.body).toContain('Geregistreerd');
    expect(inzien.body).toContain('Oma Bakker');
  });

  it('R-MEL-18 no copy mail without "Kopie" = ja', async () => {
    const pgn = await m.leerling();
    const nummer = await meldingOpvoeren(c, pgn, { verzuim: { kopie: 'nee' } });
    const mails = await m.t.db.selectFrom('uitgaande_mails as u').innerJoin('meldingen as m', 'm.id', 'u.melding_id').select('u.soort').where('m.nummer', '=', nummer).execute();
    expect(mails.map((x) => x.soort)).toEqual(['melding_nieuw']);
  });

  it('R-MEL-16 a Wijzigen link returns to the Overzicht after Verder, with the change shown', async () => {
    const pgn = await m.leerling();
    const id = await startConcept(c, pgn);
    await totOverzicht(c, id);
    const url = `${stapUrl(id, 'actie-school')}?terug=overzicht`;
    const form = await c.get(url);
    expect(form.body).toContain('value="huisbezoek" checked');
    const r = await c.post(url, { acties: ['brief_ouders'], toelichtingActie: '', actie: 'verder' });
    expect(r.headers.location).toBe(stapUrl(id, 'overzicht'));
    const o = await c.get(stapUrl(id, 'overzicht'));
    expect(o.body).toContain('Brief aan ouder(s)/verzorger(s)');
    expect(o.body).not.toContain('Huisbezoek');
  });

  it('R-MEL-20 Vorige saves what was typed without validating; going back and forth loses nothing', async () => {
    const pgn = await m.leerling();
    const id = await startConcept(c, pgn);
    await stap(c, id, 'leerling', GELDIG.leerling);
    // Half a Verzuim step, invalid too, then Vorige.
    const vorige = await stap(c, id, 'verzuim', { van: '31-02-2030', reden: 'half getypt', contactNaam: 'Piet' }, 'vorige');
    expect(vorige.statusCode).toBe(303);
    expect(vorige.headers.location).toBe(stapUrl(id, 'leerling'));
    const terug = await c.get(stapUrl(id, 'leerling'));
    expect(terug.body).toContain('value="ouder@example.nl"');
    const weer = await c.get(stapUrl(id, 'verzuim'));
    expect(weer.statusCode).toBe(200);
    expect(weer.body).toContain('value="31-02-2030"');
    expect(weer.body).toContain('half getypt');
    expect(weer.body).toContain('value="Piet"');
    expect(weer.body).not.toContain('Er is een probleem'); // not validated: it was never passed
  });

  it('R-MEL-20 skipping ahead by URL redirects to the first incomplete step', async () => {
    const pgn = await m.leerling();
    const id = await startConcept(c, pgn);
    expect((await c.get(stapUrl(id, 'lesuren'))).headers.location).toBe(stapUrl(id, 'leerling'));
    expect((await c.get(stapUrl(id, 'overzicht'))).headers.location).toBe(`${stapUrl(id, 'leerling')}?terug=overzicht`);
    await stap(c, id, 'leerling', GELDIG.leerling);
    expect((await c.get(stapUrl(id, 'actie-school'))).headers.location).toBe(stapUrl(id, 'verzuim'));
    expect((await c.post(stapUrl(id, 'actie-school'), { acties: 'huisbezoek', actie: 'verder' })).headers.location).toBe(stapUrl(id, 'verzuim'));
    expect((await c.post(stapUrl(id, 'overzicht'), { actie: 'opslaan' })).headers.location).toBe(`${stapUrl(id, 'verzuim')}?terug=overzicht`);
    expect(await m.t.db.selectFrom('meldingen').select('id').where('pgn', '=', pgn).execute()).toHaveLength(0);
    expect((await c.get(stapUrl(id, 'bestaat-niet'))).statusCode).toBe(404);
  });

  it('R-MEL-14 changing the period from the Overzicht sends the user to the verzuimdagen that no longer fit', async () => {
    const pgn = await m.leerling();
    const id = await startConcept(c, pgn);
    await totOverzicht(c, id);
    const r = await c.post(`${stapUrl(id, 'verzuim')}?terug=overzicht`, { ...GELDIG.verzuim, van: '05-03-2030', actie: 'verder' });
    expect(r.headers.location).toBe(stapUrl(id, 'overzicht'));
    const o = await c.get(stapUrl(id, 'overzicht'));
    expect(o.headers.location).toBe(`${stapUrl(id, 'lesuren')}?terug=overzicht`);
    const lesuren = await c.get(String(o.headers.location));
    expect(lesuren.body).toContain('De verzuimdag moet binnen de verzuimperiode liggen');
    expect(lesuren.body).toContain('href="#dag-0-datum"');
  });
});

describe(`Opvoeren verzuim: an error on every step keeps the input (R-MEL-6 … R-MEL-15) on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  let c: TestClient;
  let id: string;
  beforeAll(async () => {
    m = await meldingSetup();
    c = await m.inloggen(m.melder);
    id = await startConcept(c, await m.leerling());
  });
  afterAll(async () => m?.t.close());

  function fout(body: string, veld: string, tekst: string) {
    expect(body).toContain('Er is een probleem');
    expect(body).toContain(`href="#${veld}"`);
    expect(body).toContain(`id="${veld}-fout"`);
    expect(body).toContain(tekst);
  }

  it('R-MEL-6 Leerling: a malformed e-mail; "Contact toevoegen" adds a row without validating', async () => {
    const r = await stap(c, id, 'leerling', { telefoon: '020 765 43 21', email: 'geen-adres', adresKeuze: 'geen' });
    expect(r.statusCode).toBe(400);
    fout(r.body, 'email', 'Vul een geldig e-mailadres in');
    expect(r.body).toContain('value="020 765 43 21"');
    const plus = await c.post(stapUrl(id, 'leerling'), { email: 'nog-steeds-fout', actie: 'contact-toevoegen' });
    expect(plus.statusCode).toBe(303);
    const page = await c.get(stapUrl(id, 'leerling'));
    expect(page.body).toContain('name="contact-0-naam"');
    expect(page.body).toContain('value="nog-steeds-fout"');
    expect((await stap(c, id, 'leerling', GELDIG.leerling)).statusCode).toBe(303);
  });

  it('R-MEL-7 R-MEL-12 Verzuim: required fields and required-if rules, each at its field, input kept', async () => {
    const r = await stap(c, id, 'verzuim', { ...GELDIG.verzuim, van: '', soort: '', reden: '', actieGewenst: 'nee', toelichtingActieGewenst: '', prioriteit: 'ja', contactEmail: '', toelichting: 'blijft staan' });
    expect(r.statusCode).toBe(400);
    fout(r.body, 'van', 'Vul de begindatum van de verzuimperiode in');
    fout(r.body, 'soort', 'Kies de vermoedelijke soort verzuim');
    fout(r.body, 'reden', 'Vul de vermoedelijke reden in');
    fout(r.body, 'toelichtingActieGewenst', 'Licht toe waarom actie door de gemeente niet gewenst is');
    fout(r.body, 'prioriteit', 'Met prioriteit oppakken kan alleen als actie gewenst is');
    fout(r.body, 'contactEmail', 'Vul het e-mailadres van de contactpersoon in');
    expect(r.body).toContain('blijft staan');
    expect(r.body).toContain('value="Piet Jansen"');
  });

  it('R-MEL-7 Verzuim: help texts with the DUO counting rule and the special-personal-data warning; standard reasons one click away', async () => {
    const page = await c.get(stapUrl(id, 'verzuim'));
    expect(page.body).toContain('Telregel van DUO');
    expect(page.body).toContain('geen bijzondere persoonsgegevens');
    expect(page.body).toContain('<details class="vl-help"');
    const r = await c.post(stapUrl(id, 'verzuim'), { ...GELDIG.verzuim, reden: '', actie: 'reden:2' });
    expect(r.statusCode).toBe(303);
    expect((await c.get(stapUrl(id, 'verzuim'))).body).toContain('afwezig vanwege een geloofsverplichting</textarea>');
  });

  it('R-MEL-7 R-MEL-9 the manual\'s help texts: the six soorten verzuim, the NB on ziekteverzuim, the locatiecode BVE, and praktijklessen at Leerling zoeken', async () => {
    const page = await c.get(stapUrl(id, 'verzuim'));
    const uitleg = (veld: string) => {
      const start = page.body.indexOf(`id="${veld}-uitleg"`);
      return page.body.slice(start, page.body.indexOf('</details>', start));
    };
    const soort = uitleg('soort');
    for (const tekst of ['>16 uren per 4 weken 18-</dt>', '>Langdurig relatief verzuim 18-</dt>', '>16 uren per 4 weken 18+</dt>', '>RMC verzuim 18+</dt>', '>Overig verzuim</dt>', '>Luxe verzuim</dt>', 'verzuim van meer dan 16 uren gedurende een periode van vier weken', 'RMC-verzuimbehandelaar', 'buiten de schoolvakanties om op vakantie'])
      expect(soort).toContain(tekst);
    expect(soort).toContain('NB Ziekteverzuim is geoorloofd verzuim. U meldt dit niet, maar legt de ziekmelding wel vast in uw eigen administratie.');
    expect(uitleg('locatie')).toContain('de locatiecode BVE');
    expect(uitleg('olc')).toContain('999X999');
    const zoeken = await c.get('/verzuim/opvoeren');
    expect(zoeken.body).toContain('Verzuim door leerlingen die praktijklessen volgen bij een andere school dan waar ze staan ingeschreven, moet worden gemeld door de school waar ze ingeschreven staan');
  });

  it('R-MEL-7 Verzuim: "Overnemen" fills the contact from Beheer contactpersonen; "Controleren" shows RIO\'s onderwijslocatie', async () => {
    const page = await c.get(stapUrl(id, 'verzuim'));
    const keuze = /<option value="([0-9a-f-]{36})"[^>]*>Piet Jansen \(Mentor\)<\/option>/.exec(page.body)?.[1];
    expect(keuze).toBeDefined();
    await c.post(stapUrl(id, 'verzuim'), { ...GELDIG.verzuim, contactNaam: '', contactEmail: '', contactKeuze: keuze!, actie: 'overnemen' });
    const na = await c.get(stapUrl(id, 'verzuim'));
    expect(na.body).toContain('value="piet@school.example"');
    await c.post(stapUrl(id, 'verzuim'), { ...GELDIG.verzuim, olc: '110X912', actie: 'olc-controleren' });
    expect((await c.get(stapUrl(id, 'verzuim'))).body).toContain('Onderwijslocatie in RIO: 1011 AB 7');
    await c.post(stapUrl(id, 'verzuim'), { ...GELDIG.verzuim, olc: '999X999', actie: 'olc-controleren' });
    expect((await c.get(stapUrl(id, 'verzuim'))).body).toContain('Onderwijslocatie onbekend');
    await c.post(stapUrl(id, 'verzuim'), { ...GELDIG.verzuim, olc: 'abc', actie: 'olc-controleren' });
    expect((await c.get(stapUrl(id, 'verzuim'))).body).toContain('het formaat is 999X999');
    expect((await stap(c, id, 'verzuim', GELDIG.verzuim)).statusCode).toBe(303);
  });

  it('R-MEL-7 R-REG-2 Verzuim: an unknown onderwijslocatiecode, or one not of the form 999X999, is a field error at Verder; the code typed is kept', async () => {
    for (const [olc, tekst] of [['999X999', 'Onderwijslocatie onbekend: deze onderwijslocatiecode staat in RIO niet bij uw instelling'], ['abc', 'als 3 cijfers, de letter X en 3 cijfers (999X999)']] as const) {
      const r = await stap(c, id, 'verzuim', { ...GELDIG.verzuim, olc });
      expect(r.statusCode, olc).toBe(400);
      expect(r.body).toContain('href="#olc"');
      expect(r.body).toContain(tekst);
      expect(r.body).toContain(`value="${olc}"`);
    }
    expect((await stap(c, id, 'verzuim', GELDIG.verzuim)).statusCode).toBe(303);
  });

  it('R-MEL-14 Lesuren: the first day defaults to van; a day outside the period; add and remove rows', async () => {
    const eerst = await c.get(stapUrl(id, 'lesuren'));
    expect(eerst.body).toContain('value="02-03-2030"');
    await c.post(stapUrl(id, 'lesuren'), { 'dag-0-datum': '02-03-2030', 'dag-0-heleDag': 'ja', actie: 'dag-toevoegen' });
    const twee = await c.get(stapUrl(id, 'lesuren'));
    expect(twee.body).toContain('name="dag-1-datum"');
    const r = await c.post(stapUrl(id, 'lesuren'), { 'dag-0-datum': '02-03-2030', 'dag-0-heleDag': 'ja', 'dag-1-datum': '20-03-2030', 'dag-1-heleDag': 'nee', 'dag-1-lesuren': ['2', '3'], actie: 'verder' });
    expect(r.statusCode).toBe(400);
    fout(r.body, 'dag-1-datum', 'binnen de verzuimperiode');
    expect(r.body).toContain('value="20-03-2030"');
    expect(r.body).toMatch(/id="dag-1-lesuren-2" name="dag-1-lesuren" value="2" checked/);
    await c.post(stapUrl(id, 'lesuren'), { 'dag-0-datum': '02-03-2030', 'dag-0-heleDag': 'ja', 'dag-1-datum': '20-03-2030', actie: 'dag-verwijderen:1' });
    expect((await c.get(stapUrl(id, 'lesuren'))).body).not.toContain('name="dag-1-datum"');
    expect((await stap(c, id, 'lesuren', { nvt: 'ja' })).statusCode).toBe(303);
  });

  it('R-MEL-14 Lesuren with alle lessen gemist: the page says no hours may be entered', async () => {
    await stap(c, id, 'verzuim', { ...GELDIG.verzuim, allesGemist: 'ja' });
    const page = await c.get(stapUrl(id, 'lesuren'));
    expect(page.body).toContain('Het is niet toegestaan om in deze situatie lesuren op te voeren');
    expect(page.body).not.toContain('name="dag-0-datum"');
    const crafted = await c.post(stapUrl(id, 'lesuren'), { 'dag-0-datum': '02-03-2030', 'dag-0-heleDag': 'ja', actie: 'verder' });
    expect(crafted.statusCode).toBe(400);
    fout(crafted.body, 'dagen', 'alle lessen zijn gemist');
    expect((await stap(c, id, 'lesuren', {})).statusCode).toBe(303);
  });

  it('R-MEL-15 Actie school: at least one action', async () => {
    const r = await stap(c, id, 'actie-school', { toelichtingActie: 'nog niets gedaan' });
    expect(r.statusCode).toBe(400);
    fout(r.body, 'acties', 'Kies minimaal één ondernomen actie door school');
    expect(r.body).toContain('nog niets gedaan');
  });
});
