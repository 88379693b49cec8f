import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_HOURS } from '../../../src/modules/registers/rules';
import { registerImportMessages as m } from '../../../src/modules/registers/messages';
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

  it('R-REG-3 an import left Bezig for longer than any import takes shows as Mislukt, with why; a running one as Bezig', async () => {
    const c = await as(beheerder);
    const hours = (n: number) => new Date(Date.now() - n * 3_600_000);
    const row = (bestandsnaam: string, gestart_op: Date) =>
      ({ soort: 'gemeenten', bestandsnaam, peildatum: '2026-10-01', gestart_op, door_naam: 'beheer', resultaat: 'bezig' }) as const;
    const [stale, running] = await t.db.insertInto('register_imports').values([row('oud.csv', hours(MAX_IMPORT_HOURS + 1)), row('nu.csv', hours(0.1))]).returning('id').execute();
    const list = await c.get('/beheer/registers?sorteer=gestart&richting=asc');
    const cells = (name: string) => new RegExp(`>${name.replace('.', '\\.')}</td>(?:<td[^>]*>[^<]*</td>)?<td[^>]*>([^<]*)</td>`).exec(list.body)?.[1];
    expect(cells('oud.csv')).toBe(m.resultaten.mislukt);
    expect(cells('nu.csv')).toBe(m.resultaten.bezig);
    const detail = await c.get(`/beheer/registers/${stale!.id}`);
    expect(detail.body).toMatch(new RegExp(`Resultaat</dt>\\s*<dd[^>]*>${m.resultaten.mislukt}<`));
    expect(detail.body).toContain(m.nietAfgerond(MAX_IMPORT_HOURS));
    expect((await c.get(`/beheer/registers/${running!.id}`)).body).toMatch(new RegExp(`Resultaat</dt>\\s*<dd[^>]*>${m.resultaten.bezig}<`));
    // Only shown so: the row itself is not changed.
    expect(await t.db.selectFrom('register_imports').select('resultaat').where('id', '=', stale!.id).executeTakeFirstOrThrow()).toEqual({ resultaat: 'bezig' });
  });
});
