import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../../src/cli/demo';
import type { DemoScopes } from '../../../src/cli/demo-registers';
import { createTestApp, type TestApp } from '../../helpers/app';
import { testDatabaseKind } from '../../helpers/database';

describe(`The demo seed (README: npm start) on ${testDatabaseKind}`, () => {
  let t: TestApp;
  let scopes: DemoScopes | null;
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

  it('seeds only an empty database: a second run changes nothing', async () => {
    const voor = await t.db.selectFrom('meldingen').select('id').execute();
    expect(await seedDemoIfEmpty(t.services, () => {})).toBeNull();
    expect(await t.db.selectFrom('meldingen').select('id').execute()).toHaveLength(voor.length);
  });
});
