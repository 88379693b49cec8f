import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerImportMessages as m } from '../../../src/platform/messages/registers';
import { createTestApp, type TestApp } from '../../helpers/app';
import { TestClient } from '../../helpers/client';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker, instelling, type TestUser } from '../../helpers/factories';
import { baseSet, writeSet } from './fixtures';

describe(`Registers page on ${testDatabaseKind}`, () => {
  let t: TestApp;
  let beheerder: TestUser;
  let melder: TestUser;
  let cleanup: () => Promise<void>;
  let refusedId = '';

  beforeAll(async () => {
    t = await createTestApp();
    await instelling(t.services, '99ZZ');
    beheerder = await gebruiker(t.services, 'beheer', [{ rol: 'functioneel_beheerder' }]);
    melder = await gebruiker(t.services, 'melder', [{ rol: 'melder', code: '99ZZ' }]);
    const set = baseSet();
    set.leerlingen[0]![5] = 'X'; // line 2, geslacht
    const files = await writeSet(set);
    cleanup = files.cleanup;
    const reports = await t.services.registerImport.importPath(files.dir, { door: { gebruikerId: beheerder.id, gebruikersnaam: 'beheer' } });
    refusedId = reports.find((r) => r.file === 'leerlingen.csv')!.importId;
  });
  afterAll(async () => {
    await cleanup?.();
    await t?.close();
  });

  // One login per user: a TOTP code is accepted once (replay protection).
  const clients = new Map<TestUser, TestClient>();
  const as = async (u: TestUser) => {
    let c = clients.get(u);
    if (!c) {
      c = new TestClient(t.app);
      await c.login(u.gebruikersnaam, u.wachtwoord, u.totpSecret);
      clients.set(u, c);
    }
    return c;
  };

  it('R-REG-3 functioneel beheer sees every import with its result, newest first, in the menu as Registers', async () => {
    const c = await as(beheerder);
    const res = await c.get('/beheer/registers');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/beheer/registers"');
    expect(res.body).toContain('7 imports gevonden');
    expect(res.body).toContain(m.resultaten.afgekeurd);
    expect(res.body).toContain('leerlingen.csv');
    const page2 = await c.get('/beheer/registers?pagina=2&aantal=5&sorteer=soort&richting=asc');
    expect(page2.statusCode).toBe(200);
    expect(page2.body).toContain('u bevindt zich op pagina 2');
  });

  it('R-REG-3 the report of a refused file lists line, column and reason', async () => {
    const c = await as(beheerder);
    const res = await c.get(`/beheer/registers/${refusedId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(m.foutenTitel);
    expect(res.body).toMatch(/<td[^>]*>2<\/td><td[^>]*>geslacht<\/td><td[^>]*>Vul M of V in\.<\/td>/);
    expect((await c.get('/beheer/registers/999999')).statusCode).toBe(404);
    expect((await c.get('/beheer/registers/abc')).statusCode).toBe(404);
  });

  it('R-AUTH-3 a melder may not see the Registers page', async () => {
    const c = await as(melder);
    expect((await c.get('/beheer/registers')).statusCode).toBe(403);
    expect((await c.get('/')).body).not.toContain('href="/beheer/registers"');
  });
});
