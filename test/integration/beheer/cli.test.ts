// The CLI's commands in-process on the test database, through the same parsing main.ts uses
// (issue: "the same through the CLI").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/commands/index';
import type { CliContext } from '../../../src/cli/commands/types';
import { currentCode } from '../../../src/modules/auth/totp';
import { createTestApp, type TestApp } from '../../helpers/app';
import { testDatabaseKind } from '../../helpers/database';
import { gebruiker, instelling } from '../../helpers/factories';
import { auditRegels, GENERIEKE_WEIGERING, wachtwoordStap } from './setup';

describe(`CLI commands on ${testDatabaseKind}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await instelling(t.services, '00AA');
  });
  afterAll(async () => t?.close());

  /** Runs one command line; what it printed and its exit code come back. */
  async function cli(argv: string[], opts: { env?: Record<string, string>; ctx?: Partial<CliContext> } = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const ctx: CliContext = {
      s: t.services,
      actor: { gebruikerId: null, gebruikersnaam: 'cli:tester', ip: null },
      env: opts.env ?? {},
      out: (l) => out.push(l),
      migrated: [],
      ...opts.ctx,
    };
    const code = await runCommand(argv, ctx, (l) => err.push(l));
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  /** A refusal: the exit code, and the Dutch message on stderr. */
  function weigert(r: { code: number; err: string }, code: number, tekst: string) {
    expect(r.code).toBe(code);
    expect(r.err).toContain(tekst);
  }
  const rij = (naam: string) => t.db.selectFrom('gebruikers').selectAll().where('gebruikersnaam', '=', naam).executeTakeFirst();

  it('R-AUTH-1 gebruiker-aanmaken with the password from VL_WACHTWOORD; audited as cli:<user>', async () => {
    const r = await cli(['gebruiker-aanmaken', '--inlognaam', 'Cli.Gebruiker', '--naam', 'Cli Gebruiker', '--email', 'cli@school.nl'], { env: { VL_WACHTWOORD: 'een-lang-cli-wachtwoord' } });
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('Gebruiker cli.gebruiker is aangemaakt');
    expect(await rij('cli.gebruiker')).toMatchObject({ weergavenaam: 'Cli Gebruiker', email: 'cli@school.nl', totp_actief: false });
    expect((await auditRegels(t, 'gebruiker_aangemaakt')).at(-1)).toMatchObject({ gebruikersnaam: 'cli:tester', gebruiker_id: null });
    expect((await wachtwoordStap(t, 'cli.gebruiker', 'een-lang-cli-wachtwoord')).headers.location).toMatch(/^\/inloggen\/koppelen/);
  });

  it('R-AUTH-1 bad input exits non-zero with a Dutch message naming the option, and saves nothing', async () => {
    const voor = (await t.db.selectFrom('gebruikers').select('id').execute()).length;
    weigert(await cli(['gebruiker-aanmaken', '--inlognaam', 'x1x', '--naam', 'X']), 2, 'VL_WACHTWOORD');
    weigert(await cli(['gebruiker-aanmaken', '--inlognaam', 'x1x', '--naam', 'X', '--wachtwoord', 'kort']), 2, '--wachtwoord: Het wachtwoord moet minstens 12 tekens');
    expect(await cli(['gebruiker-aanmaken', '--inlognaam', 'cli.gebruiker', '--naam', 'X', '--wachtwoord', 'een-lang-wachtwoord'])).toMatchObject({ code: 2, err: '--inlognaam: Deze inlognaam is al in gebruik' });
    expect(await cli(['gebruiker-aanmaken', '--naam', 'X'])).toMatchObject({ code: 2, err: 'De optie --inlognaam is verplicht.' });
    expect(await cli(['gebruiker-aanmaken', '--inlognaam'])).toMatchObject({ code: 2, err: 'De optie --inlognaam heeft een waarde nodig.' });
    expect(await cli(['gebruiker-aanmaken', '--naem', 'X'])).toMatchObject({ code: 2, err: 'Onbekende optie --naem.' });
    expect(await cli(['blokkeren', '--inlognaam', 'a', 'extra'])).toMatchObject({ code: 2, err: 'Onverwacht argument "extra".' });
    weigert(await cli(['schoonmaken']), 2, 'Onbekende opdracht "schoonmaken"');
    expect(await cli([])).toMatchObject({ code: 2 });
    expect(await cli(['blokkeren', '--inlognaam', 'niemand'])).toMatchObject({ code: 1, err: 'Er is geen gebruiker met inlognaam "niemand".' });
    expect((await t.db.selectFrom('gebruikers').select('id').execute()).length).toBe(voor);
  });

  it('R-AUTH-1 rol-toekennen and rol-intrekken with an instellingscode; an unknown code is refused', async () => {
    expect(await cli(['rol-toekennen', '--inlognaam', 'cli.gebruiker', '--rol', 'melder', '--code', '00aa'])).toMatchObject({ code: 0, out: 'Rol melder (00AA) is toegekend aan cli.gebruiker.' });
    expect(await cli(['rol-toekennen', '--inlognaam', 'cli.gebruiker', '--rol', 'melder', '--code', '99ZZ'])).toMatchObject({ code: 2, err: '--code: Deze instellingscode is niet bekend in het register' });
    expect(await cli(['rol-toekennen', '--inlognaam', 'cli.gebruiker', '--rol', 'baas'])).toMatchObject({ code: 2, err: '--rol: Kies een rol' });
    expect(await cli(['rol-toekennen', '--inlognaam', 'cli.gebruiker', '--rol', 'functioneel_beheerder'])).toMatchObject({ code: 0 });
    const id = (await rij('cli.gebruiker'))!.id;
    expect((await t.services.gebruikers.rollenVan(id)).map((r) => r.rol)).toEqual(['functioneel_beheerder', 'melder']);
    expect(await cli(['rol-intrekken', '--inlognaam', 'cli.gebruiker', '--rol', 'melder', '--code', '00AA'])).toMatchObject({ code: 0 });
    expect(await cli(['rol-intrekken', '--inlognaam', 'cli.gebruiker', '--rol', 'melder', '--code', '00AA'])).toMatchObject({ code: 1, err: 'De gebruiker heeft deze rol niet' });
    expect((await t.services.gebruikers.rollenVan(id)).map((r) => r.rol)).toEqual(['functioneel_beheerder']);
    expect((await auditRegels(t, 'rol_ingetrokken')).at(-1)).toMatchObject({ gebruikersnaam: 'cli:tester', instellingscode: '00AA' });
  });

  it('R-AUTH-1 token-resetten, blokkeren, deblokkeren and wachtwoord-zetten act as on the pages', async () => {
    const u = await gebruiker(t.services, 'demo.cli');
    expect((await cli(['token-resetten', '--inlognaam', 'demo.cli'])).code).toBe(0);
    expect(await rij('demo.cli')).toMatchObject({ totp_actief: false, totp_geheim: null });

    expect((await cli(['blokkeren', '--inlognaam', 'demo.cli'])).code).toBe(0);
    expect((await wachtwoordStap(t, 'demo.cli', u.wachtwoord)).body).toContain(GENERIEKE_WEIGERING);
    expect((await cli(['deblokkeren', '--inlognaam', 'demo.cli'])).code).toBe(0);
    expect((await rij('demo.cli'))!.geblokkeerd).toBe(false);

    expect((await cli(['wachtwoord-zetten', '--inlognaam', 'demo.cli'], { env: { VL_WACHTWOORD: 'nieuw-lang-wachtwoord' } })).code).toBe(0);
    expect((await wachtwoordStap(t, 'demo.cli', 'nieuw-lang-wachtwoord')).statusCode).toBe(303);
    expect((await cli(['wachtwoord-zetten', '--inlognaam', 'demo.cli', '--wachtwoord', 'kort'])).code).toBe(2);
  });

  it('R-AUTH-1 totp-code prints the current code of a coupled user, is audited, and is refused in production', async () => {
    const u = await gebruiker(t.services, 'demo.totp');
    const r = await cli(['totp-code', 'demo.totp']);
    expect(r.code).toBe(0);
    // The step may turn between the two calls; either neighbouring code is the same token.
    const now = Date.now();
    expect([currentCode(u.totpSecret, now), currentCode(u.totpSecret, now - 30_000)]).toContain(r.out);
    expect((await auditRegels(t, 'totp_code_opgevraagd')).at(-1)).toMatchObject({ object_id: u.id, gebruikersnaam: 'cli:tester' });
    expect(await cli(['totp-code', 'cli.gebruiker'])).toMatchObject({ code: 1, err: 'cli.gebruiker heeft geen gekoppelde tokengenerator.' });
    expect(await cli(['totp-code'])).toMatchObject({ code: 2 });
    const productie = { ...t.services, config: { ...t.services.config, env: 'production' as const } };
    weigert(await cli(['totp-code', 'demo.totp'], { ctx: { s: productie } }), 1, 'niet beschikbaar in productie');
  });

  it('help lists every command and says the embedded database is locked while the server runs; migreren reports', async () => {
    const help = await cli(['help']);
    for (const naam of ['gebruiker-aanmaken', 'rol-toekennen', 'rol-intrekken', 'token-resetten', 'blokkeren', 'deblokkeren', 'wachtwoord-zetten', 'totp-code', 'migreren']) {
      expect(help.out).toContain(`  ${naam}`);
    }
    expect(help.out).toContain('map in gebruik');
    expect(await cli(['migreren'])).toMatchObject({ code: 0, out: 'De database was al bijgewerkt; er zijn geen migraties uitgevoerd.' });
    expect(await cli(['migreren'], { ctx: { migrated: ['0001_foundation'] } })).toMatchObject({ out: 'Uitgevoerde migraties: 0001_foundation.' });
  });
});
