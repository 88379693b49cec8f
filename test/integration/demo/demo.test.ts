import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccountsText, seedDemoIfEmpty, type DemoSeed } from '../../../src/cli/demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../src/cli/demo-accounts';
import { vandaagIn, formatDutchDate } from '../../../src/platform/datum';
import { createTestApp, type TestApp } from '../../helpers/app';
import { TestClient } from '../../helpers/client';
import { testDatabaseKind } from '../../helpers/database';
import { GELDIG, stap } from '../meldingen/setup';

describe(`The demo seed (README: npm start) on ${testDatabaseKind}`, () => {
  let t: TestApp;
  let scopes: DemoSeed | null;
  beforeAll(async () => {
    t = await createTestApp();
    scopes = await seedDemoIfEmpty(t.services, () => {});
  }, 300_000);
  afterAll(async () => t?.close());

  it('R-MEL-16 R-GEM-1 files demo meldingen through the real save, for the melder\'s instelling, the behandelaar\'s gemeente first', async () => {
    expect(scopes).not.toBeNull();
    const meldingen = await t.db
      .selectFrom('meldingen as m')
      .innerJoin('leerlingen as l', 'l.pgn', 'm.pgn')
      .select(['m.instellingscode', 'm.gemeentecode', 'l.woongemeente_code', 'm.status', 'm.versie'])
      .execute();
    expect(meldingen.length).toBeGreaterThanOrEqual(8);
    for (const m of meldingen) {
      expect([scopes!.instelling1, scopes!.instelling2]).toContain(m.instellingscode);
      expect(m).toMatchObject({ gemeentecode: m.woongemeente_code, status: 'R', versie: 1 });
    }
    expect(meldingen.filter((m) => m.gemeentecode === scopes!.gemeente1).length).toBeGreaterThanOrEqual(3);
    // Each with its first version and the gemeente's mail, as any melding.
    expect(await t.db.selectFrom('melding_versies').select('versie').execute()).toHaveLength(meldingen.length);
    expect(await t.db.selectFrom('uitgaande_mails').select('id').where('soort', '=', 'melding_nieuw').execute()).toHaveLength(meldingen.length);
  });

  /** The demo melder, logged in once (a TOTP code works once), with the instelling of the proefleerlingen chosen. */
  let ingelogd: TestClient | undefined;
  async function demoMelder(): Promise<TestClient> {
    if (ingelogd) return ingelogd;
    const account = DEMO_ACCOUNTS.find((a) => a.gebruikersnaam === 'melder')!;
    const c = new TestClient(t.app, '127.0.7.1');
    await c.login(account.gebruikersnaam, DEMO_PASSWORD, account.totpSecret);
    await c.get('/instelling-kiezen');
    expect((await c.post('/instelling-kiezen', { code: scopes!.proef.instellingscode })).statusCode).toBe(303);
    ingelogd = c;
    return c;
  }

  it('R-MEL-2 the demo melder\'s first school has a pupil living abroad: Leerling zoeken refuses a melding, and the start text names the PGN', async () => {
    const { buitenland, instellingscode } = scopes!.proef;
    expect(instellingscode).toBe(scopes!.instelling1);
    expect(await t.db.selectFrom('leerlingen').select(['woont_in_buitenland', 'land', 'woongemeente_code']).where('pgn', '=', buitenland).executeTakeFirst()).toEqual({ woont_in_buitenland: true, land: 'België', woongemeente_code: null });
    // Enrolled there: the refusal is the one for living abroad, not "not your pupil".
    expect(await t.db.selectFrom('inschrijvingen').select('pgn').where('pgn', '=', buitenland).where('instellingscode', '=', instellingscode).where('einddatum', 'is', null).execute()).toHaveLength(1);
    const c = await demoMelder();
    await c.get('/verzuim/opvoeren');
    const r = await c.post('/verzuim/opvoeren', { pgn: buitenland });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Deze leerling woont in het buitenland. Er kan geen verzuim gemeld worden.');
    expect(demoAccountsText('http://127.0.0.1:3000', scopes)).toContain(`${buitenland}  woont in het buitenland`);
  });

  it('R-MEL-9 the demo melder\'s first school has a pupil of 23 without startkwalificatie: RMC verzuim 18+ is refused for the age limit, 16 uren 18+ is not; the start text names the PGN', async () => {
    const { drieentwintig } = scopes!.proef;
    expect(await t.db.selectFrom('leerlingen').select('startkwalificatie').where('pgn', '=', drieentwintig).executeTakeFirst()).toEqual({ startkwalificatie: false });
    const c = await demoMelder();
    await c.get('/verzuim/opvoeren');
    const gevonden = await c.post('/verzuim/opvoeren', { pgn: drieentwintig });
    expect(gevonden.statusCode).toBe(303);
    const id = /\/verzuim\/opvoeren\/([0-9a-f-]{36})\/leerling$/.exec(String(gevonden.headers.location))![1]!;
    expect((await stap(c, id, 'leerling', GELDIG.leerling)).statusCode).toBe(303);
    const van = formatDutchDate(vandaagIn(new Date(Date.now() - 7 * 24 * 60 * 60 * 1000)));
    const verzuim = { ...GELDIG.verzuim, van, tm: '' };
    const rmc = await stap(c, id, 'verzuim', { ...verzuim, soort: 'RMC' });
    expect(rmc.statusCode).toBe(400);
    expect(rmc.body).toContain('RMC verzuim 18+ is alleen voor jongeren tot 23 jaar zonder startkwalificatie');
    const v4 = await stap(c, id, 'verzuim', { ...verzuim, soort: 'V4' });
    expect(v4.statusCode, v4.body.slice(0, 3000)).toBe(303);
    expect(demoAccountsText('http://127.0.0.1:3000', scopes)).toContain(`${drieentwintig}  is 23 jaar`);
  });

  it('seeds only an empty database: a second run changes nothing', async () => {
    const voor = await t.db.selectFrom('meldingen').select('id').execute();
    expect(await seedDemoIfEmpty(t.services, () => {})).toBeNull();
    expect(await t.db.selectFrom('meldingen').select('id').execute()).toHaveLength(voor.length);
  });
});
