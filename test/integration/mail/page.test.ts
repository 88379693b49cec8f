// R-MEL-18 mail stays readable for functioneel beheer: "Verzonden e-mails" (/beheer/mails)
// lists the outbox newest first with its delivery status, filters on status, shows one mail's
// text, and writes who looked into the audit log. Other roles get 403 and no menu entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app';
import { TestClient } from '../../helpers/client';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker, instelling, type TestUser } from '../../helpers/factories';
import { mail, outbox, queue } from './setup';

/** The results table only: the filter's <select> holds the same status names. */
const tabel = (html: string) => html.slice(html.indexOf('<table'));

describe(`Verzonden e-mails page on ${testDatabaseKind}`, () => {
  let t: TestApp;
  let fb: TestUser;
  let melder: TestUser;
  let beheer: TestClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await instelling(t.services, '00AA');
    fb = await gebruiker(t.services, 'frank', [{ rol: 'functioneel_beheerder' }]);
    melder = await gebruiker(t.services, 'mila', [{ rol: 'melder', code: '00AA' }]);
    beheer = new TestClient(t.app);
    await beheer.login(fb.gebruikersnaam, fb.wachtwoord, fb.totpSecret);

    // Four mails, a minute apart, one in each status.
    const t0 = Date.parse('2026-09-14T08:00:00Z');
    const at = (min: number) => new Date(t0 + min * 60_000);
    await queue(t.db, [mail(1, { onderwerp: 'Via SMTP', soort: 'melding_nieuw' })], at(0));
    await queue(t.db, [mail(2, { onderwerp: 'Naar het log', tekst: 'Eerste regel\nTweede regel\n\nNieuwe alinea <b>niet vet</b>' })], at(1));
    await queue(t.db, [mail(3, { onderwerp: 'Mislukt <script>' })], at(2));
    await queue(t.db, [mail(4, { onderwerp: 'Wacht nog' })], at(3));
    for (const r of await outbox(t.db)) ids[r.onderwerp] = r.id;
    const zet = (id: string | undefined, values: Record<string, unknown>) => t.db.updateTable('uitgaande_mails').set(values).where('id', '=', id!).execute();
    await zet(ids['Via SMTP'], { verzonden_op: at(5), afgeleverd_via: 'smtp', pogingen: 1 });
    await zet(ids['Naar het log'], { verzonden_op: at(5), afgeleverd_via: 'log', pogingen: 1 });
    await zet(ids['Mislukt <script>'], { pogingen: 3, laatste_fout: 'EENVELOPE: 451 Probeer het later opnieuw', volgende_poging_op: at(30) });
  });
  afterAll(async () => t?.close());

  it('R-MEL-18 functioneel beheer sees every mail, newest first, with aan, onderwerp, soort, status and verzonden op', async () => {
    const res = await beheer.get('/beheer/mails');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('4 e-mails gevonden');
    const html = tabel(res.body);
    const volgorde = ['Wacht nog', 'Mislukt &lt;script>', 'Naar het log', 'Via SMTP'].map((s) => html.indexOf(s));
    expect(volgorde.every((i) => i > 0)).toBe(true);
    expect([...volgorde].sort((a, b) => a - b)).toEqual(volgorde);
    expect(html).not.toContain('<script>');
    for (const s of ['In wachtrij', 'Fout: poging 3', 'Afgeleverd aan het log', 'Verzonden via SMTP', 'Nieuwe melding', 'leerplicht1@gemeente.example']) {
      expect(html).toContain(s);
    }
    // Dutch time, DD-MM-JJJJ: created 08:00 UTC is 10:00 in September; sent 5 minutes later.
    expect(html).toContain('14-09-2026 10:00:00');
    expect(html).toContain('14-09-2026 10:05:00');
    expect(html).toContain(`href="/beheer/mails/${ids['Naar het log']}"`);
    expect(res.body).toContain('href="/beheer/mails" aria-current');
  });

  it('R-MEL-18 filters on status', async () => {
    const fout = await beheer.get('/beheer/mails?status=fout');
    expect(fout.body).toContain('1 e-mail gevonden');
    expect(tabel(fout.body)).toContain('Fout: poging 3');
    expect(fout.body).toContain('<option value="fout" selected>');
    expect((await beheer.get('/beheer/mails?status=wachtrij')).body).toContain('1 e-mail gevonden');
    expect(tabel((await beheer.get('/beheer/mails?status=log')).body)).toContain('Naar het log');
    expect(tabel((await beheer.get('/beheer/mails?status=smtp')).body)).toContain('Via SMTP');
    // A hand-made status shows everything rather than failing.
    expect((await beheer.get('/beheer/mails?status=onzin')).body).toContain('4 e-mails gevonden');
  });

  it('R-MEL-18 the detail page shows the text as sent, lines and paragraphs kept, escaped', async () => {
    const res = await beheer.get(`/beheer/mails/${ids['Naar het log']}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`E-mail ${ids['Naar het log']}`);
    expect(res.body).toContain('Eerste regel<br/>Tweede regel');
    expect(res.body).toContain('Nieuwe alinea &lt;b>niet vet&lt;/b>');
    expect(res.body).toContain('Afgeleverd aan het log');
    const fout = await beheer.get(`/beheer/mails/${ids['Mislukt <script>']}`);
    expect(fout.body).toContain('EENVELOPE: 451 Probeer het later opnieuw');
    expect(fout.body).toContain('Volgende poging');
    expect((await beheer.get('/beheer/mails/999999')).statusCode).toBe(404);
    expect((await beheer.get('/beheer/mails/abc')).statusCode).toBe(404);
  });

  it('R-MEL-18 looking at the outbox is written to the audit log', async () => {
    await beheer.get('/beheer/mails?status=log');
    await beheer.get(`/beheer/mails/${ids['Via SMTP']}`);
    const regels = await t.db.selectFrom('audit_log').selectAll().where('actie', 'in', ['mails_ingezien', 'mail_ingezien']).orderBy('id').execute();
    expect(regels.at(-2)).toMatchObject({ actie: 'mails_ingezien', gebruiker_id: fb.id, gebruikersnaam: 'frank', details: { status: 'log', gevonden: 1 } });
    expect(regels.at(-1)).toMatchObject({ actie: 'mail_ingezien', gebruikersnaam: 'frank', object_type: 'uitgaande_mail', object_id: ids['Via SMTP'] });
  });

  it('R-MEL-18 a melder gets 403 and no menu entry', async () => {
    const c = new TestClient(t.app, '127.0.0.9');
    await c.login(melder.gebruikersnaam, melder.wachtwoord, melder.totpSecret);
    expect((await c.get('/')).body).not.toContain('/beheer/mails');
    expect((await c.get('/beheer/mails')).statusCode).toBe(403);
    expect((await c.get(`/beheer/mails/${ids['Via SMTP']}`)).statusCode).toBe(403);
    const anoniem = await new TestClient(t.app).get('/beheer/mails');
    expect(anoniem.statusCode).toBe(303);
  });
});
