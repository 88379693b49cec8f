// The CLI as a process (bin/verzuimloket) on its own embedded database in a temp DATA_DIR:
// it migrates, acts, closes the database (the next run gets the lock), and refuses with the
// lock message while another live process holds the directory.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openPGlite } from '../../../src/db/database';
import { migrations } from '../../../src/db/migrations/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vl-cli-'));

/**
 * An operator's shell on the embedded database: only what a shell has, not the test runner's
 * environment (vitest sets BASE_URL and friends; CI may set DATABASE_URL).
 */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { PATH, HOME, USER, LANG } = process.env;
  return { PATH, HOME, USER, LANG, NODE_ENV: 'development', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...extra };
}

function run(args: string[], extra: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(path.join(root, 'bin/verzuimloket'), args, { cwd: root, env: env(extra), timeout: 240_000 }, (error, out, err) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err });
    });
  });
}

describe('CLI as a process (embedded database)', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  // Slow: each run starts tsx and PGlite, and the first migrates a new
  // directory. Three runs are enough to show migrate → act → lock released.
  it('R-AUTH-1 migrates a new data directory, creates a user, grants a role, and releases the lock after each run', { timeout: 300_000 }, async () => {
    expect(await run(['migreren'])).toMatchObject({ code: 0, out: `Uitgevoerde migraties: ${Object.keys(migrations).join(', ')}.\n` });
    const created = await run(['gebruiker-aanmaken', '--inlognaam', 'proces', '--naam', 'Proces Gebruiker'], { VL_WACHTWOORD: 'een-lang-proces-wachtwoord' });
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(await run(['rol-toekennen', '--inlognaam', 'proces', '--rol', 'functioneel_beheerder'])).toMatchObject({ code: 0 });

    // The lock is free again: this process can open the directory and see what the CLI did.
    const handle = await openPGlite(dataDir);
    try {
      const user = await handle.db.selectFrom('gebruikers').selectAll().where('gebruikersnaam', '=', 'proces').executeTakeFirstOrThrow();
      const rollen = await handle.db.selectFrom('gebruiker_rollen').select('rol').where('gebruiker_id', '=', user.id).execute();
      expect(rollen.map((r) => r.rol)).toEqual(['functioneel_beheerder']);
      const audit = await handle.db.selectFrom('audit_log').select(['actie', 'gebruikersnaam']).orderBy('id').execute();
      expect(audit.map((a) => a.actie)).toEqual(['gebruiker_aangemaakt', 'rol_toegekend']);
      expect(new Set(audit.map((a) => a.gebruikersnaam))).toEqual(new Set([`cli:${os.userInfo().username}`]));
    } finally {
      await handle.close();
    }
  });

  it('refuses with the lock message while a live process holds the data directory, and with a Dutch message on a typo', { timeout: 120_000 }, async () => {
    // This test process is alive: its pid in the lock file is what a running server leaves.
    const lock = path.join(dataDir, 'verzuimloket.lock');
    writeFileSync(lock, String(process.pid));
    try {
      const r = await run(['blokkeren', '--inlognaam', 'proces']);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`is al in gebruik door proces ${process.pid}`);
    } finally {
      rmSync(lock, { force: true });
    }
    // Parsing comes first: a typo never opens (or waits for) the database.
    const typo = await run(['blokeren']);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('Onbekende opdracht "blokeren"');
  });
});
