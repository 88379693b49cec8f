import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../helpers/client';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker } from '../../helpers/factories';
import { auditRegels, beheerSetup, ingelogd, type BeheerSetup } from './setup';

const UUID = /^\/beheer\/gebruikers\/([0-9a-f-]{36})$/;

describe(`beheer gebruikers on ${testDatabaseKind}`, () => {
  let b: BeheerSetup;
  beforeAll(async () => {
    b = await beheerSetup();
  });
  afterAll(async () => b?.t.close());

  const aantalGebruikers = async () => (await b.t.db.selectFrom('gebruikers').select('id').execute()).length;

  it('R-AUTH-3 a melder gets 403 on the beheer pages and sees no beheer menu; without login it asks to log in', async () => {
    const melder = await gebruiker(b.t.services, 'marieke', [{ rol: 'melder', code: '00AA' }]);
    const c = await ingelogd(b.t, melder);
    const start = await c.get('/');
    expect(start.body).not.toContain('href="/beheer/gebruikers"');
    for (const url of ['/beheer/gebruikers', '/beheer/gebruikers/nieuw', `/beheer/gebruikers/${melder.id}`, '/beheer/audit']) {
      expect((await c.get(url)).statusCode, url).toBe(403);
    }
    const voor = await aantalGebruikers();
    await c.get('/');
    expect((await c.post('/beheer/gebruikers/nieuw', { gebruikersnaam: 'stiekem', weergavenaam: 'S', email: '', wachtwoord: 'een-lang-wachtwoord' })).statusCode).toBe(403);
    expect(await aantalGebruikers()).toBe(voor);

    const anoniem = await new TestClient(b.t.app).get('/beheer/gebruikers');
    expect(anoniem.statusCode).toBe(303);
    expect(anoniem.headers.location).toBe('/inloggen?terug=%2Fbeheer%2Fgebruikers');
    expect((await b.beheer.get('/')).body).toContain('href="/beheer/gebruikers"');
  });

  it('R-AUTH-1 creating a user: a notice, the detail page, an audit line with the actor; the user then couples a token at first login', async () => {
    const c = b.beheer;
    expect((await c.get('/beheer/gebruikers/nieuw')).statusCode).toBe(200);
    const res = await c.post('/beheer/gebruikers/nieuw', { gebruikersnaam: ' Nieuw.Persoon ', weergavenaam: 'Nieuw Persoon', email: 'nieuw@school.nl', wachtwoord: 'een-goed-wachtwoord' });
    expect(res.statusCode).toBe(303);
    const id = UUID.exec(String(res.headers.location))?.[1];
    expect(id).toBeDefined();
    const detail = await c.get(res.headers.location as string);
    expect(detail.body).toContain('De gebruiker is aangemaakt.');
    expect(detail.body).toContain('nieuw.persoon');
    expect(detail.body).toContain('nieuw@school.nl');
    expect(detail.body).toContain('Niet gekoppeld');
    // Shown once only.
    expect((await c.get(res.headers.location as string)).body).not.toContain('De gebruiker is aangemaakt.');
    const regel = (await auditRegels(b.t, 'gebruiker_aangemaakt')).find((r) => r.object_id === id);
    expect(regel).toMatchObject({ gebruikersnaam: 'frank', gebruiker_id: b.fb.id, ip: '127.0.0.1', object_type: 'gebruiker' });

    const login = new TestClient(b.t.app);
    await login.get('/inloggen');
    const pw = await login.post('/inloggen', { gebruikersnaam: 'nieuw.persoon', wachtwoord: 'een-goed-wachtwoord' });
    expect(pw.headers.location).toMatch(/^\/inloggen\/koppelen/);
  });

  it('R-AUTH-1 bad input: 400, each message at its field, values kept except the password, nothing saved', async () => {
    const c = b.beheer;
    await c.get('/beheer/gebruikers/nieuw');
    const voor = await aantalGebruikers();
    const res = await c.post('/beheer/gebruikers/nieuw', { gebruikersnaam: 'met spatie', weergavenaam: '', email: 'geen-adres', wachtwoord: 'kort-geheim' });
    expect(res.statusCode).toBe(400);
    for (const [veld, tekst] of [
      ['gebruikersnaam', 'Een inlognaam heeft 3 tot 64 tekens'],
      ['weergavenaam', 'Vul de naam in'],
      ['email', 'Vul een geldig e-mailadres in'],
      ['wachtwoord', 'Het wachtwoord moet minstens 12 tekens hebben'],
    ]) {
      expect(res.body).toContain(`href="#${veld}"`);
      expect(res.body).toMatch(new RegExp(`id="${veld}-fout"><span class="visually-hidden">Fout: </span>${tekst}`));
    }
    expect(res.body).toContain('value="met spatie"');
    expect(res.body).toContain('value="geen-adres"');
    expect(res.body).not.toContain('kort-geheim');
    expect(await aantalGebruikers()).toBe(voor);
  });

  it('R-AUTH-1 an inlognaam in use is refused at the field; a post without the CSRF token saves nothing', async () => {
    const c = b.beheer;
    await c.get('/beheer/gebruikers/nieuw');
    const voor = await aantalGebruikers();
    const dubbel = await c.post('/beheer/gebruikers/nieuw', { gebruikersnaam: 'FRANK', weergavenaam: 'Nog een Frank', email: '', wachtwoord: 'een-goed-wachtwoord' });
    expect(dubbel.statusCode).toBe(400);
    expect(dubbel.body).toContain('Deze inlognaam is al in gebruik');
    expect(dubbel.body).toContain('value="Nog een Frank"');
    const zonder = await c.post('/beheer/gebruikers/nieuw', { _csrf: '', gebruikersnaam: 'zonder.token', weergavenaam: 'Z', email: '', wachtwoord: 'een-goed-wachtwoord' });
    expect(zonder.statusCode).toBe(403);
    expect(await aantalGebruikers()).toBe(voor);
  });

  it('R-AUTH-3 an unknown or malformed user id answers 404', async () => {
    for (const url of [
      '/beheer/gebruikers/geen-uuid',
      '/beheer/gebruikers/00000000-0000-4000-8000-000000000000',
      '/beheer/gebruikers/00000000-0000-4000-8000-000000000000/blokkeren',
      `/beheer/gebruikers/${b.fb.id}x/token-resetten`,
    ]) {
      expect((await b.beheer.get(url)).statusCode, url).toBe(404);
    }
    await b.beheer.get(`/beheer/gebruikers/${b.fb.id}`);
    expect((await b.beheer.post('/beheer/gebruikers/00000000-0000-4000-8000-000000000000/blokkeren')).statusCode).toBe(404);
    expect((await b.beheer.post(`/beheer/gebruikers/${b.fb.id}/rollen/abc/verwijderen`)).statusCode).toBe(404);
  });
});
