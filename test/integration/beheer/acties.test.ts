// Token resetten and blokkeren / deblokkeren: each through a confirmation page, then a POST
// with the CSRF token, then a notice on the user's page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker } from '../../helpers/factories';
import { auditRegels, beheerSetup, GENERIEKE_WEIGERING, ingelogd, wachtwoordStap, type BeheerSetup } from './setup';

describe(`beheer acties on ${testDatabaseKind}`, () => {
  let b: BeheerSetup;
  beforeAll(async () => {
    b = await beheerSetup();
  });
  afterAll(async () => b?.t.close());

  const rij = (id: string) => b.t.db.selectFrom('gebruikers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('R-AUTH-1 token resetten: the confirmation says what happens and Annuleren changes nothing; then the user\'s sessions end and they couple again', async () => {
    const u = await gebruiker(b.t.services, 'tessa', [{ rol: 'melder', code: '00AA' }]);
    const sessie = await ingelogd(b.t, u);
    const pad = `/beheer/gebruikers/${u.id}`;
    expect((await b.beheer.get(pad)).body).toContain(`action="${pad}/token-resetten"`);

    const bevestig = await b.beheer.get(`${pad}/token-resetten`);
    expect(bevestig.statusCode).toBe(200);
    expect(bevestig.body).toContain('De tokengenerator van Test tessa (tessa) wordt ontkoppeld');
    expect(bevestig.body).toContain(`<form method="post" action="${pad}/token-resetten">`);
    expect(bevestig.body).toContain(`<a href="${pad}">Annuleren</a>`);
    await b.beheer.get(pad); // Annuleren
    expect((await rij(u.id)).totp_actief).toBe(true);
    expect((await sessie.get('/')).statusCode).toBe(200);

    await b.beheer.get(`${pad}/token-resetten`);
    const res = await b.beheer.post(`${pad}/token-resetten`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(pad);
    expect((await b.beheer.get(pad)).body).toContain('Het token is gereset.');
    expect(await rij(u.id)).toMatchObject({ totp_actief: false, totp_geheim: null });
    expect((await sessie.get('/')).headers.location).toMatch(/^\/inloggen/);
    const login = await wachtwoordStap(b.t, 'tessa', u.wachtwoord);
    expect(login.headers.location).toMatch(/^\/inloggen\/koppelen/);
    expect((await auditRegels(b.t, 'totp_gereset')).at(-1)).toMatchObject({ object_id: u.id, gebruikersnaam: 'frank', ip: '127.0.0.1' });
  });

  it('R-AUTH-1 blokkeren ends the user\'s session at once and login is refused with the generic message; deblokkeren lets them in again', async () => {
    const u = await gebruiker(b.t.services, 'bas', [{ rol: 'melder', code: '00AA' }]);
    const sessie = await ingelogd(b.t, u);
    const pad = `/beheer/gebruikers/${u.id}`;
    const bevestig = await b.beheer.get(`${pad}/blokkeren`);
    expect(bevestig.body).toContain('Test bas (bas) wordt direct uitgelogd');
    const res = await b.beheer.post(`${pad}/blokkeren`);
    expect(res.statusCode).toBe(303);
    const detail = await b.beheer.get(pad);
    expect(detail.body).toContain('De gebruiker is geblokkeerd.');
    expect(detail.body).toContain(`action="${pad}/deblokkeren"`);
    expect((await b.beheer.get('/beheer/gebruikers?zoek=bas')).body).toContain('Geblokkeerd');

    expect((await sessie.get('/')).headers.location).toMatch(/^\/inloggen/);
    const geweigerd = await wachtwoordStap(b.t, 'bas', u.wachtwoord);
    expect(geweigerd.statusCode).toBe(400);
    expect(geweigerd.body).toContain(GENERIEKE_WEIGERING);

    await b.beheer.get(`${pad}/deblokkeren`);
    expect((await b.beheer.post(`${pad}/deblokkeren`)).statusCode).toBe(303);
    expect((await b.beheer.get(pad)).body).toContain('De gebruiker is gedeblokkeerd.');
    expect((await wachtwoordStap(b.t, 'bas', u.wachtwoord)).headers.location).toMatch(/^\/inloggen\/code/);
    expect((await auditRegels(b.t, 'gebruiker_geblokkeerd')).at(-1)).toMatchObject({ object_id: u.id, gebruikersnaam: 'frank' });
    expect((await auditRegels(b.t, 'gebruiker_gedeblokkeerd')).at(-1)).toMatchObject({ object_id: u.id });
  });

  it('R-AUTH-3 a functioneel beheerder cannot block themself: no button, the confirmation says why, the POST is refused', async () => {
    const pad = `/beheer/gebruikers/${b.fb.id}`;
    const detail = await b.beheer.get(pad);
    expect(detail.body).toContain('U kunt uzelf niet blokkeren.');
    expect(detail.body).not.toContain(`action="${pad}/blokkeren"`);
    const bevestig = await b.beheer.get(`${pad}/blokkeren`);
    expect(bevestig.statusCode).toBe(200);
    expect(bevestig.body).toContain('U kunt uzelf niet blokkeren.');
    expect(bevestig.body).not.toContain(`action="${pad}/blokkeren"`);
    const res = await b.beheer.post(`${pad}/blokkeren`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#bevestigen"');
    expect((await rij(b.fb.id)).geblokkeerd).toBe(false);
    expect((await b.beheer.get('/beheer/gebruikers')).statusCode).toBe(200);
  });

  it('R-AUTH-3 a POST without the CSRF token blocks nobody', async () => {
    const u = await gebruiker(b.t.services, 'csrf.doel');
    const res = await b.beheer.post(`/beheer/gebruikers/${u.id}/blokkeren`, { _csrf: 'vals' });
    expect(res.statusCode).toBe(403);
    expect((await rij(u.id)).geblokkeerd).toBe(false);
  });
});
