import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genereren } from '../../../src/cli/commands/genereren';
import { importeren } from '../../../src/cli/commands/import';
import { helpText, runCommand } from '../../../src/cli/commands/index';
import { GEMEENTEN_COLUMNS } from '../../../src/modules/registers/generator/registries';
import { CliError, type CliContext } from '../../../src/cli/commands/types';
import { DEMO_LEERLINGEN, loadDemoRegisters, pickDemoScopes, withDemoDir } from '../../../src/cli/demo-registers';
import { registerImportMessages as m } from '../../../src/modules/registers/messages';
import { createTestApp, type TestApp } from '../../helpers/app';
import { testDatabaseKind } from '../../helpers/database';
import { baseSet, writeSet } from './fixtures';

describe(`CLI importeren and genereren, and the demo registers, on ${testDatabaseKind}`, () => {
  let t: TestApp;
  let dir: string;
  const lines: string[] = [];
  let ctx: CliContext;

  beforeAll(async () => {
    t = await createTestApp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'vl-cli-test-'));
    ctx = { s: t.services, actor: { gebruikerId: null, gebruikersnaam: 'cli:test', ip: null }, env: {}, out: (l) => lines.push(l), migrated: [] };
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await t?.close();
  });

  it('R-REG-3 genereren writes the registry files and importeren loads them, a line per file', async () => {
    lines.length = 0;
    const map = path.join(dir, 'gen');
    await genereren.run(ctx, { values: { leerlingen: '50', seed: 'cli', map, peildatum: '2026-10-01' }, positionals: [] });
    expect(lines).toEqual([m.cli.gegenereerd(map, 50, '2026-10-01')]);
    expect((await readdir(map)).sort()).toEqual(['gemeenten.csv', 'inschrijvingen.csv', 'instellingen.csv', 'leerlingen.csv', 'rio-aanbieders.csv', 'rio-locaties.csv', 'rmc-regios.csv']);
    lines.length = 0;
    await importeren.run(ctx, { values: { peildatum: '2026-10-01' }, positionals: [map] });
    expect(lines).toHaveLength(7);
    expect(lines[5]).toBe(m.cli.geladen('leerlingen.csv', { rows: 50, inserted: 50, updated: 0, ended: 0, unchanged: 0 }));
    const imp = await t.db.selectFrom('register_imports').select(['door_naam', 'peildatum']).where('soort', '=', 'leerlingen').executeTakeFirstOrThrow();
    expect(imp).toEqual({ door_naam: 'cli:test', peildatum: '2026-10-01' });
  });

  it('R-REG-3 importeren of a bad file prints every bad row and fails with exit code 1', async () => {
    const set = baseSet();
    set.gemeenten[1]![3] = 'geen-mailadres';
    const files = await writeSet(set, ['gemeenten']);
    lines.length = 0;
    const run = importeren.run(ctx, { values: {}, positionals: [files.file('gemeenten')] });
    await expect(run).rejects.toEqual(new CliError(m.cli.nietAllesGeladen, 1));
    expect(lines).toEqual([m.cli.afgekeurd('gemeenten.csv', 1), m.cli.fout(3, 'email_meldingen', m.email)]);
    await files.cleanup();
  });

  it('R-REG-3 importeren refuses unknown files, missing paths and a bad peildatum before loading anything', async () => {
    const bad = (values: Record<string, string>, positionals: string[]) => importeren.run(ctx, { values, positionals });
    await expect(bad({}, [path.join(dir, 'nope')])).rejects.toMatchObject({ exitCode: 2, message: m.cli.nietGevonden(path.join(dir, 'nope')) });
    await expect(bad({ peildatum: '2026-02-30' }, [dir])).rejects.toMatchObject({ exitCode: 2, message: m.cli.peildatum });
    await expect(bad({}, [dir])).rejects.toMatchObject({ exitCode: 2, message: m.cli.geenBestanden(dir) });
    await expect(genereren.run(ctx, { values: { leerlingen: 'veel', map: dir }, positionals: [] })).rejects.toMatchObject({ exitCode: 2 });
  });

  it('R-REG-3 the demo registers go through the import, and the demo scopes have pupils', async () => {
    const demo = await createTestApp();
    try {
      const log: string[] = [];
      await withDemoDir((d) => loadDemoRegisters(demo.services, d, (l) => log.push(l)));
      expect(log[0]).toMatch(new RegExp(`^Demo-registers geladen: .*leerlingen\\.csv ${DEMO_LEERLINGEN}\\b`));
      const scopes = await pickDemoScopes(demo.db);
      expect(scopes.instelling1).not.toBe(scopes.instelling2);
      expect(scopes.gemeente1).not.toBe(scopes.gemeente2);
      const current = (code: string) =>
        demo.db.selectFrom('inschrijvingen').select((eb) => eb.fn.countAll<string>().as('n')).where('instellingscode', '=', code).where('einddatum', 'is', null).executeTakeFirstOrThrow();
      const [a, b] = await Promise.all([current(scopes.instelling1), current(scopes.instelling2)]);
      expect(Number(a.n)).toBeGreaterThanOrEqual(Number(b.n));
      expect(Number(b.n)).toBeGreaterThan(0);
      const living = await demo.db.selectFrom('leerlingen').select('pgn').where('woongemeente_code', '=', scopes.gemeente2).execute();
      expect(living.length).toBeGreaterThan(0);
    } finally {
      await demo.close();
    }
  });

  it('R-REG-3 security importeren refuses a gemeenten.csv with only its header (it would end every gemeente) until --bevestig-beeindigen', async () => {
    const map = path.join(dir, 'gen');
    const current = async () => Number((await t.db.selectFrom('gemeenten').select((eb) => eb.fn.countAll<string>().as('n')).where('vervallen_op', 'is', null).executeTakeFirstOrThrow()).n);
    const before = await current();
    expect(before).toBeGreaterThan(300); // every real gemeente, from the first test's files
    const leeg = path.join(dir, 'gemeenten.csv');
    await writeFile(leeg, `${GEMEENTEN_COLUMNS.join(',')}\n`);
    lines.length = 0;
    const errors: string[] = [];
    expect(await runCommand(['importeren', leeg], ctx, (l) => errors.push(l))).toBe(1);
    expect(lines).toEqual([m.cli.afgekeurd('gemeenten.csv', 1), m.cli.fout(0, '', m.teVeelBeeindigd(before, before, 100, 10)), m.cli.bevestigBeeindigen]);
    expect(errors).toEqual([m.cli.nietAllesGeladen]);
    expect(await current()).toBe(before);

    lines.length = 0;
    expect(await runCommand(['importeren', leeg, '--bevestig-beeindigen'], ctx, (l) => errors.push(l))).toBe(0);
    expect(lines).toEqual([m.cli.geladen('gemeenten.csv', { rows: 0, inserted: 0, updated: 0, ended: before, unchanged: 0 })]);
    expect(await current()).toBe(0);
    // The same files as before bring them all back; the flag is in the help.
    await importeren.run(ctx, { values: { peildatum: '2026-10-01' }, positionals: [path.join(map, 'gemeenten.csv')] });
    expect(await current()).toBe(before);
    expect(helpText()).toContain('--bevestig-beeindigen');
  });
});
