// Mail that cannot be lost (issue 15 item 8): a gemeente without an address for meldingen
// still gets its melding (R-MEL-16), no mail is queued for it (R-MEL-18), "Melding verzonden"
// says so, and functioneel beheer finds the melding on "Meldingen zonder ontvanger", with a
// count on its start page. Other roles get 403 and no menu entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../helpers/client';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker, type TestUser } from '../../helpers/factories';
import { AMSTERDAM, meldingOpvoeren, meldingSetup, startConcept, stapUrl, totOverzicht, type MeldingSetup } from './setup';

const PAD = '/beheer/meldingen-zonder-ontvanger';
const tabel = (html: string) => html.slice(html.indexOf('<table'));

describe(`Meldingen zonder ontvanger on ${testDatabaseKind}`, () => {
  let m: MeldingSetup;
  let fb: TestUser;
  let beheer: TestClient;
  let melder: TestClient;
  beforeAll(async () => {
    m = await meldingSetup();
    fb = await gebruiker(m.t.services, 'frank', [{ rol: 'functioneel_beheerder' }]);
    beheer = await m.inloggen(fb);
    melder = await m.inloggen(m.melder);
  });
  afterAll(async () => m?.t.close());

  const zetAdres = (adres: string | null) => m.t.db.updateTable('gemeenten').set({ email_meldingen: adres }).where('gemeentecode', '=', AMSTERDAM).execute();
  const mailsVan = async (nummer: string) =>
    (
      await m.t.db
        .selectFrom('uitgaande_mails as u')
        .innerJoin('meldingen as m', 'm.id', 'u.melding_id')
        .select(['u.soort', 'u.aan'])
        .where('m.nummer', '=', nummer)
        .execute()
    ).map((r) => r.soort);

  it('R-MEL-16 R-MEL-18 with an address the gemeente is mailed, and Melding verzonden says so; the melding is not on the list', async () => {
    const nummer = await meldingOpvoeren(melder, await m.leerling({ achternaam: 'Gemaild' }));
    expect((await mailsVan(nummer)).sort()).toEqual(['melding_kopie', 'melding_nieuw']);
    const rij = await m.t.db.selectFrom('meldingen').select('zonder_ontvanger').where('nummer', '=', nummer).executeTakeFirstOrThrow();
    expect(rij.zonder_ontvanger).toBe(false);
    expect((await beheer.get(PAD)).body).toContain('Er zijn geen meldingen zonder ontvanger.');
    expect((await beheer.get('/')).body).not.toContain('zonder ontvanger:');
  });

  it('R-MEL-16 R-MEL-18 without an address the melding is saved, no mail goes to the gemeente, and Melding verzonden tells the school truthfully', async () => {
    await zetAdres(null);
    const id = await startConcept(melder, await m.leerling({ achternaam: 'Zonderadres' }));
    await totOverzicht(melder, id);
    expect((await melder.post(stapUrl(id, 'overzicht'), { actie: 'opslaan' })).headers.location).toBe(stapUrl(id, 'verzonden'));
    const verzonden = await melder.get(stapUrl(id, 'verzonden'));
    expect(verzonden.statusCode).toBe(200);
    expect(verzonden.body).toContain('De melding is vastgelegd. Het nummer van de melding is:');
    expect(verzonden.body).not.toContain('er is een e-mail verstuurd naar de behandelende gemeente');
    expect(verzonden.body).toContain('Er is geen e-mail verstuurd naar de behandelende gemeente: van deze gemeente is geen e-mailadres voor meldingen bekend.');
    expect(verzonden.body).toContain('Er is wel een kopie van de melding per e-mail verstuurd naar de contactpersoon.');
    const nummer = /(\d{4}-\d{7})/.exec(verzonden.body)![1]!;
    // Saved for the gemeente, flagged; only the contact person's copy is in the outbox.
    const rij = await m.t.db.selectFrom('meldingen').select(['zonder_ontvanger', 'gemeentecode']).where('nummer', '=', nummer).executeTakeFirstOrThrow();
    expect(rij).toEqual({ zonder_ontvanger: true, gemeentecode: AMSTERDAM });
    expect(await mailsVan(nummer)).toEqual(['melding_kopie']);
    // A later visit (a replay, R-MEL-17) says the same.
    expect((await melder.get(stapUrl(id, 'verzonden'))).body).toContain('Er is geen e-mail verstuurd naar de behandelende gemeente');

    // Functioneel beheer: a count on the start page, linking to the list.
    const start = await beheer.get('/');
    expect(start.body).toContain('Er is 1 melding zonder ontvanger: de gemeente kon niet worden gemaild. Bij 1 melding heeft de gemeente nog steeds geen e-mailadres.');
    expect(start.body).toContain(`href="${PAD}"`);
    const lijst = await beheer.get(PAD);
    expect(lijst.statusCode).toBe(200);
    expect(lijst.headers['cache-control']).toBe('no-store');
    expect(lijst.body).toContain('1 melding gevonden');
    expect(lijst.body).toContain(`href="${PAD}" aria-current`);
    const html = tabel(lijst.body);
    expect(html).toContain(nummer);
    expect(html).toContain(`${AMSTERDAM} - `);
    expect(html).toContain('Nog steeds geen e-mailadres');
    // No pupil data on this list.
    expect(html).not.toContain('Zonderadres');
    const audit = await m.t.db.selectFrom('audit_log').selectAll().where('actie', '=', 'meldingen_zonder_ontvanger_ingezien').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ gebruiker_id: fb.id, gebruikersnaam: 'frank', details: { gevonden: 1 } });
  });

  it('R-MEL-18 the melding stays on the list when the gemeente gets an address later, with that address', async () => {
    await zetAdres('leerplicht@amsterdam.example');
    const html = tabel((await beheer.get(PAD)).body);
    expect(html).toContain('leerplicht@amsterdam.example');
    expect(html).not.toContain('Nog steeds geen e-mailadres');
    expect((await beheer.get('/')).body).toContain('Er is 1 melding zonder ontvanger: de gemeente kon niet worden gemaild. Alle gemeenten daarvan hebben inmiddels een e-mailadres.');
  });

  it('R-AUTH-3 a melder and a behandelaar get 403 and no menu entry or count; without login, the login page', async () => {
    const behandelaar = await m.inloggen(await gebruiker(m.t.services, 'lpa', [{ rol: 'gemeente_behandelaar', code: AMSTERDAM }]));
    for (const c of [melder, behandelaar]) {
      const start = await c.get('/');
      expect(start.body).not.toContain(PAD);
      expect(start.body).not.toContain('zonder ontvanger');
      expect((await c.get(PAD)).statusCode).toBe(403);
    }
    expect((await beheer.get('/')).body).toContain(`href="${PAD}">Meldingen zonder ontvanger</a>`);
    expect((await new TestClient(m.t.app).get(PAD)).statusCode).toBe(303);
  });
});
