// Searching the audit log (R-PRIV-1): by inlognaam (R-UI-1), actie, code and dates (R-UI-5),
// newest first in the shared overview (R-UI-2); looking is itself audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker } from '../../helpers/factories';
import { auditRegels, beheerSetup, ingelogd, wachtwoordStap, type BeheerSetup } from './setup';

const DAG = 24 * 60 * 60 * 1000;
/** A day as people type it, DD-MM-JJJJ, in Dutch time. */
const dag = (d: Date) =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
/** The results table only: the form's <select> holds the same action names. */
const tabel = (html: string) => html.slice(html.indexOf('<table'));

describe(`beheer audit on ${testDatabaseKind}`, () => {
  let b: BeheerSetup;
  beforeAll(async () => {
    b = await beheerSetup();
    const lotte = await gebruiker(b.t.services, 'lotte');
    expect((await wachtwoordStap(b.t, 'lotte', 'verkeerd-wachtwoord')).statusCode).toBe(400);
    await ingelogd(b.t, lotte);
    const actor = { gebruikerId: b.fb.id, gebruikersnaam: 'frank', ip: '10.0.0.9' };
    await b.t.services.gebruikers.addRol(lotte.id, { rol: 'melder', code: '01BB' }, actor);
  });
  afterAll(async () => b?.t.close());

  const zoek = (query: string) => b.beheer.get(`/beheer/audit?${query}`);

  it('R-PRIV-1 finds the login lines of a user, by inlognaam (R-UI-1) and by actie', async () => {
    const alle = await zoek('inlognaam=LOT');
    expect(alle.statusCode).toBe(200);
    expect(alle.body).toContain('2 regels gevonden');
    expect(tabel(alle.body)).toContain('Inloggen mislukt');
    expect(tabel(alle.body)).toContain('reden: wachtwoord');
    const login = await zoek('inlognaam=lotte&actie=inloggen');
    expect(login.body).toContain('1 regel gevonden');
    expect(tabel(login.body)).toContain('>Ingelogd<');
    expect(tabel(login.body)).toContain('>127.0.0.1<');
    expect(login.body).toContain('<option value="inloggen" selected>');
    expect((await zoek('inlognaam=%25otte')).body).toContain('2 regels gevonden');
    expect((await zoek('inlognaam=otte')).body).toContain('Geen regels gevonden.');
  });

  it('R-PRIV-1 viewing the audit log is itself written to it, with what was searched', async () => {
    await zoek('inlognaam=lotte&actie=inloggen_mislukt');
    const regel = (await auditRegels(b.t, 'audit_ingezien')).at(-1);
    expect(regel).toMatchObject({ gebruikersnaam: 'frank', gebruiker_id: b.fb.id, ip: '127.0.0.1' });
    expect(regel?.details).toMatchObject({ filter: { gebruikersnaamPatroon: 'lotte%', actie: 'inloggen_mislukt' }, gevonden: 1 });
  });

  it('R-PRIV-1 filters by instellingscode or gemeentecode', async () => {
    const res = await zoek('code=01bb');
    expect(res.body).toContain('1 regel gevonden');
    expect(tabel(res.body)).toContain('Rol toegekend');
    expect(tabel(res.body)).toContain('>10.0.0.9<');
    expect((await zoek('code=0363')).body).toContain('Geen regels gevonden.');
    const fout = await zoek('code=abc');
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('href="#code"');
  });

  it('R-UI-5 dates DD-MM-JJJJ from and to, inclusive, in Dutch days; a wrong date is refused at its field and nothing is searched', async () => {
    const nu = new Date();
    expect((await zoek(`inlognaam=lotte&van=${dag(nu)}&tot=${dag(nu)}`)).body).toContain('2 regels gevonden');
    expect((await zoek(`inlognaam=lotte&van=${dag(new Date(nu.getTime() + DAG))}`)).body).toContain('Geen regels gevonden.');
    expect((await zoek(`inlognaam=lotte&tot=${dag(new Date(nu.getTime() - DAG))}`)).body).toContain('Geen regels gevonden.');

    const voor = (await auditRegels(b.t, 'audit_ingezien')).length;
    const fout = await zoek('inlognaam=lotte&van=31-02-2026');
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('href="#van"');
    expect(fout.body).toContain('Vul een bestaande datum in als DD-MM-JJJJ');
    expect(fout.body).toContain('value="31-02-2026"');
    expect(fout.body).toContain('value="lotte"');
    expect(fout.body).not.toContain('<table');
    const omgekeerd = await zoek('van=02-01-2026&tot=01-01-2026');
    expect(omgekeerd.statusCode).toBe(400);
    expect(omgekeerd.body).toContain('href="#tot"');
    expect((await auditRegels(b.t, 'audit_ingezien')).length).toBe(voor);
  });

  it('R-UI-2 newest first; sortable by time both ways with the filters kept in the links', async () => {
    const nieuwste = tabel((await zoek('inlognaam=lotte')).body);
    expect(nieuwste.indexOf('>Ingelogd<')).toBeLessThan(nieuwste.indexOf('Inloggen mislukt'));
    expect(nieuwste).toContain('href="/beheer/audit?inlognaam=lotte&amp;pagina=1&amp;aantal=10&amp;sorteer=tijd&amp;richting=asc#overzicht-kop"');
    const oudste = tabel((await zoek('inlognaam=lotte&sorteer=tijd&richting=asc')).body);
    expect(oudste.indexOf('Inloggen mislukt')).toBeLessThan(oudste.indexOf('>Ingelogd<'));
    const pagina = await zoek('aantal=5&pagina=2');
    expect(pagina.body).toMatch(/Overzicht bestaat uit \d+ pagina’s, u bevindt zich op pagina 2/);
  });
});
