// The CLI's koppeling commands (issue 16): register from a JWKS file, replace the keys,
// deactivate — validated and audited as on the pages, with the operator as `cli:<user>`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/commands/index';
import type { CliContext } from '../../../src/cli/commands/types';
import { createTestApp, type TestApp } from '../../helpers/app';
import { testDatabaseKind } from '../../helpers/database';
import { gemeente } from '../../helpers/factories';
import { jwksTekst, sleutelpaar } from './setup';

describe(`B-API koppeling CLI commands on ${testDatabaseKind}`, () => {
  let t: TestApp;
  let map: string;
  beforeAll(async () => {
    t = await createTestApp();
    await gemeente(t.services, '0363');
    map = await mkdtemp(path.join(tmpdir(), 'vl-koppeling-'));
  });
  afterAll(async () => {
    await rm(map, { recursive: true, force: true });
    await t?.close();
  });

  async function cli(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const ctx: CliContext = { s: t.services, actor: { gebruikerId: null, gebruikersnaam: 'cli:tester', ip: null }, env: {}, out: (l) => out.push(l), migrated: [] };
    const code = await runCommand(argv, ctx, (l) => err.push(l));
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('B-API koppeling-registreren from a JWKS file, then koppeling-sleutels and koppeling-deactiveren, each audited as cli:<user>', async () => {
    const bestand = path.join(map, 'jwks.json');
    await writeFile(bestand, jwksTekst(await sleutelpaar('ES256', 'cli-1')));
    const r = await cli(['koppeling-registreren', '--naam', 'Zaaksysteem', '--soort', 'gemeente', '--codes', '0363', '--scopes', 'meldingen:lezen,meldingen:behandelen', '--jwks', bestand]);
    expect(r).toMatchObject({ code: 0, err: '' });
    const id = /client-id: ([0-9a-f-]{36})$/.exec(r.out)![1]!;
    expect(await t.services.koppelingen.beheer.find(id)).toMatchObject({ naam: 'Zaaksysteem', codes: ['0363'], scopes: ['meldingen:lezen', 'meldingen:behandelen'], aangemaakt_door: 'cli:tester' });

    await writeFile(bestand, jwksTekst(await sleutelpaar('RS256', 'cli-2')));
    expect(await cli(['koppeling-sleutels', id, '--jwks', bestand])).toMatchObject({ code: 0, out: 'De sleutels zijn vervangen.' });
    expect((await t.services.koppelingen.beheer.find(id))?.jwks?.keys.map((k) => k.kid)).toEqual(['cli-2']);
    expect(await cli(['koppeling-deactiveren', id])).toMatchObject({ code: 0, out: 'De koppeling is gedeactiveerd.' });
    expect((await t.services.koppelingen.beheer.find(id))?.actief).toBe(false);
    const acties = await t.db.selectFrom('audit_log').select(['actie', 'gebruikersnaam']).where('object_id', '=', id).orderBy('id').execute();
    expect(acties).toEqual([
      { actie: 'koppeling_geregistreerd', gebruikersnaam: 'cli:tester' },
      { actie: 'koppeling_sleutels_vervangen', gebruikersnaam: 'cli:tester' },
      { actie: 'koppeling_gedeactiveerd', gebruikersnaam: 'cli:tester' },
    ]);
  });

  it('B-API refusals name the option and exit with 2: a bad code, a missing file, no client id', async () => {
    const bestand = path.join(map, 'jwks.json');
    const fout = await cli(['koppeling-registreren', '--naam', 'X', '--soort', 'gemeente', '--codes', '9999', '--scopes', 'meldingen:lezen', '--jwks', bestand]);
    expect(fout).toMatchObject({ code: 2, err: '--codes: Niet bekend in het register: 9999' });
    expect(await cli(['koppeling-registreren', '--naam', 'X', '--soort', 'gemeente', '--codes', '0363', '--scopes', 'meldingen:lezen', '--jwks', path.join(map, 'weg.json')])).toMatchObject({ code: 2 });
    expect(await cli(['koppeling-deactiveren'])).toMatchObject({ code: 2, err: 'Geef de client-id van de koppeling' });
    expect(await cli(['koppeling-deactiveren', '00000000-0000-4000-8000-000000000000'])).toMatchObject({ code: 2, err: '<client-id>: Deze koppeling bestaat niet' });
  });
});
