// Roles with their instellingscode or gemeente, added and removed on a user's page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker, type TestUser } from '../../helpers/factories';
import { auditRegels, beheerSetup, ingelogd, type BeheerSetup } from './setup';

describe(`beheer rollen on ${testDatabaseKind}`, () => {
  let b: BeheerSetup;
  let u: TestUser;
  beforeAll(async () => {
    b = await beheerSetup();
    u = await gebruiker(b.t.services, 'marieke');
  });
  afterAll(async () => b?.t.close());

  const pad = () => `/beheer/gebruikers/${u.id}`;
  const rollen = () => b.t.services.gebruikers.rollenVan(u.id);
  const voegToe = async (rol: string, code: string) => {
    await b.beheer.get(pad());
    return b.beheer.post(`${pad()}/rollen`, { rol, code });
  };

  it('R-AUTH-1 a role with its instellingscode or gemeentecode is added, shown with its name, and audited for that code', async () => {
    const res = await voegToe('melder', '00aa');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(pad());
    expect((await voegToe('gemeente_behandelaar', '0363')).statusCode).toBe(303);
    const page = await b.beheer.get(pad());
    expect(page.body).toContain('De rol is toegevoegd.');
    expect(page.body).toContain('00AA - School 00AA');
    expect(page.body).toContain('0363 - Amsterdam');
    expect((await rollen()).map((r) => [r.rol, r.instellingscode, r.gemeentecode])).toEqual([
      ['gemeente_behandelaar', null, '0363'],
      ['melder', '00AA', null],
    ]);
    const regels = await auditRegels(b.t, 'rol_toegekend');
    expect(regels.find((r) => r.object_id === u.id && r.instellingscode === '00AA')).toMatchObject({ gebruikersnaam: 'frank', details: { rol: 'melder' } });
    expect(regels.find((r) => r.object_id === u.id && r.gemeentecode === '0363')).toBeDefined();
  });

  it('R-AUTH-1 an unknown or malformed code is refused at the field with the values kept; nothing is saved', async () => {
    const voor = (await rollen()).length;
    for (const [rol, code, tekst] of [
      ['melder', '99ZZ', 'Deze instellingscode is niet bekend in het register'],
      ['beheerder_onderwijs', '0363', 'Vul de instellingscode in, bijvoorbeeld 00AA'],
      ['gemeente_behandelaar', '9999', 'Deze gemeentecode is niet bekend in het register'],
      ['gemeente_behandelaar', '00AA', 'Vul de gemeentecode in, 4 cijfers'],
      ['functioneel_beheerder', '00AA', 'laat dit veld leeg'],
    ] as const) {
      const res = await voegToe(rol, code);
      expect(res.statusCode, `${rol} ${code}`).toBe(400);
      expect(res.body).toContain('href="#code"');
      expect(res.body).toContain(tekst);
      expect(res.body).toContain(`id="code" name="code" value="${code}"`);
      expect(res.body).toContain(`<option value="${rol}" selected>`);
    }
    const geenRol = await voegToe('', '00AA');
    expect(geenRol.statusCode).toBe(400);
    expect(geenRol.body).toContain('href="#rol"');
    expect(geenRol.body).toContain('Kies een rol');
    const dubbel = await voegToe('melder', '00AA');
    expect(dubbel.statusCode).toBe(400);
    expect(dubbel.body).toContain('De gebruiker heeft deze rol al');
    expect((await rollen()).length).toBe(voor);
  });

  it('R-AUTH-3 removing a role ends the user\'s sessions and is audited', async () => {
    const sessie = await ingelogd(b.t, u);
    expect((await sessie.get('/')).statusCode).toBe(200);
    const melder = (await rollen()).find((r) => r.rol === 'melder')!;
    await b.beheer.get(pad());
    const res = await b.beheer.post(`${pad()}/rollen/${melder.id}/verwijderen`);
    expect(res.statusCode).toBe(303);
    expect((await b.beheer.get(pad())).body).toContain('De rol is verwijderd.');
    expect((await rollen()).map((r) => r.rol)).toEqual(['gemeente_behandelaar']);
    expect((await sessie.get('/')).headers.location).toMatch(/^\/inloggen/);
    expect((await auditRegels(b.t, 'rol_ingetrokken')).find((r) => r.object_id === u.id)).toMatchObject({ instellingscode: '00AA', gebruikersnaam: 'frank' });
    // A role id of another user is not this user's: nothing is removed.
    const fbRol = (await b.t.services.gebruikers.rollenVan(b.fb.id))[0]!;
    await b.beheer.get(pad());
    expect((await b.beheer.post(`${pad()}/rollen/${fbRol.id}/verwijderen`)).statusCode).toBe(400);
    expect(await b.t.services.gebruikers.rollenVan(b.fb.id)).toHaveLength(1);
  });

  it('R-AUTH-3 a functioneel beheerder cannot remove their own functioneel_beheerder role: no button, and the POST is refused', async () => {
    const eigen = `/beheer/gebruikers/${b.fb.id}`;
    const page = await b.beheer.get(eigen);
    expect(page.body).toContain('U kunt uw eigen rol functioneel beheerder niet verwijderen');
    expect(page.body).not.toContain('/verwijderen"');
    const rol = (await b.t.services.gebruikers.rollenVan(b.fb.id))[0]!;
    const res = await b.beheer.post(`${eigen}/rollen/${rol.id}/verwijderen`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#rollen"');
    expect(res.body).toContain('U kunt uw eigen rol functioneel beheerder niet verwijderen');
    expect(await b.t.services.gebruikers.rollenVan(b.fb.id)).toHaveLength(1);
    // Still logged in and still a beheerder.
    expect((await b.beheer.get('/beheer/gebruikers')).statusCode).toBe(200);
  });
});
