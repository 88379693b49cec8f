// The verzuimloket CLI (`npm run cli -- <opdracht>`, or bin/verzuimloket): opens the database
// the way the server does (config → database → migrations → services), runs one command,
// and closes the database, so the PGlite lock on DATA_DIR is released. Dutch messages on
// stderr and a non-zero exit code when something is wrong; see `help`.
import os from 'node:os';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { DataDirLockedError } from '../db/lockfile';
import { migrateOpened } from '../db/migrate';
import { beheerMessages } from '../modules/auth/beheer/messages';
import { buildServices } from '../services';
import { helpText, parseCommand, runCommand } from './commands/index';
import { CliError } from './commands/types';
import { demoTotpCode } from './demo-totp';

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

/** The OS user, for the audit log; a container without a passwd entry still gets a name. */
function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'onbekend';
  }
}

async function main(argv: string[]): Promise<number> {
  // Parse before opening anything: help and typos need no database.
  try {
    if (parseCommand(argv).help) {
      out(helpText());
      return 0;
    }
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    err(e.message);
    return e.exitCode;
  }
  const config = loadConfig();
  let handle;
  try {
    handle = await openDatabase(config);
  } catch (e) {
    const code = e instanceof DataDirLockedError ? demoTotpCode(argv, config.env) : null;
    if (code === null) throw e;
    out(code);
    err(beheerMessages.cli.demoCodeZonderDatabase);
    return 0;
  }
  try {
    const migrated = await migrateOpened(handle, config);
    const s = buildServices({ db: handle.db, config });
    const actor = { gebruikerId: null, gebruikersnaam: `cli:${osUser()}`, ip: null };
    return await runCommand(argv, { s, actor, env: process.env, out, migrated }, err);
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof ConfigError || e instanceof DataDirLockedError) err(e.message);
    else err(beheerMessages.cli.mislukt(e instanceof Error ? (e.stack ?? e.message) : String(e)));
    process.exitCode = 1;
  },
);
