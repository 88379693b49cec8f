// A fresh, migrated database per test file (or per test), fast: on PGlite a migrated data
// directory is dumped once per test run (vitest's globalSetup, test/helpers/pglite-template.ts)
// into a file named by a hash of the migrations, and each clone loads it; on PostgreSQL
// (TEST_DATABASE_URL) a migrated template database is made once and copied with
// CREATE DATABASE … TEMPLATE.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPostgres, pgliteExtensions, textParsers, wrapPGlite, type DatabaseHandle } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { migrations } from '../../src/db/migrations/index';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;
export const testDatabaseKind = testDatabaseUrl ? 'postgres' : 'pglite';

/**
 * A hash of the migrations' names and code: a new or edited migration changes it, so neither
 * the PGlite dump file nor the PostgreSQL template (both outlive a test run) can go stale.
 */
function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const [naam, m] of Object.entries(migrations)) hash.update(`${naam}\n${m.up.toString()}\n${m.down?.toString() ?? ''}\n`);
  return `${Object.keys(migrations).length}_${hash.digest('hex').slice(0, 16)}`;
}

const pglitePackage = path.resolve(import.meta.dirname, '../../node_modules/@electric-sql/pglite/package.json');

/**
 * Where the migrated PGlite dump lives. PGlite's version and extensions are in the name too:
 * a dump is the data directory of one PostgreSQL build and loads only into that build.
 */
export function pgliteTemplatePath(): string {
  const { version } = JSON.parse(readFileSync(pglitePackage, 'utf8')) as { version: string };
  const build = createHash('sha256').update(`${version}|${Object.keys(pgliteExtensions).sort().join(',')}`).digest('hex').slice(0, 8);
  return path.join(os.tmpdir(), `vl-pglite-template-${migrationsHash()}-${build}.tar`);
}

async function makePGliteDump(): Promise<Blob> {
  const instance = await PGlite.create({ extensions: pgliteExtensions, parsers: textParsers });
  const handle = wrapPGlite(instance);
  await migrateToLatest(handle.db);
  const dump = await instance.dumpDataDir('none');
  await handle.close();
  return dump;
}

/**
 * The migrated dump from its file, made first when missing. Written to a name of its own and
 * then renamed, so two runs (or workers) at once never read a half-written file: the rename
 * is atomic, and whoever renames last replaces an identical dump.
 */
export async function ensurePGliteTemplate(): Promise<Blob> {
  const file = pgliteTemplatePath();
  const stored = await readFile(file).catch(() => undefined);
  if (stored && stored.length > 0) return new Blob([stored]);
  const dump = await makePGliteDump();
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(temp, new Uint8Array(await dump.arrayBuffer()));
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
  return dump;
}

let pgliteTemplate: Promise<Blob> | undefined;

async function clonePGlite(): Promise<DatabaseHandle> {
  pgliteTemplate ??= ensurePGliteTemplate();
  const instance = await PGlite.create({
    loadDataDir: await pgliteTemplate,
    extensions: pgliteExtensions,
    parsers: textParsers,
  });
  return wrapPGlite(instance);
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

let postgresTemplate: Promise<string> | undefined;

/**
 * The template's name carries a hash of the migrations' names and code, so a new or edited
 * migration makes a new template (the machine's PostgreSQL outlives a test run).
 */
async function makePostgresTemplate(url: string): Promise<string> {
  const name = `vl_tpl_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // Test files run in parallel workers: one makes the template, the others wait.
    await admin.query('select pg_advisory_lock(424242)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      const building = `${name}_b${randomBytes(3).toString('hex')}`;
      await admin.query(`create database ${building}`);
      const h = openPostgres(withDatabase(url, building), 2);
      try {
        await migrateToLatest(h.db);
      } finally {
        await h.close();
      }
      await admin.query(`alter database ${building} rename to ${name}`);
    }
    await admin.query('select pg_advisory_unlock(424242)');
  } finally {
    await admin.end();
  }
  return name;
}

/** A fresh, migrated PostgreSQL database of its own: its URL, and how to drop it. */
export async function createPostgresTestDatabase(url = testDatabaseUrl): Promise<{ url: string; drop(): Promise<void> }> {
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  postgresTemplate ??= makePostgresTemplate(url);
  const template = await postgresTemplate;
  const name = `vl_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(url, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

async function clonePostgres(url: string): Promise<DatabaseHandle> {
  const database = await createPostgresTestDatabase(url);
  const handle = openPostgres(database.url, 5);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await database.drop();
    },
  };
}

/** A fresh, migrated, empty database. Close it when done. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  return testDatabaseUrl ? clonePostgres(testDatabaseUrl) : clonePGlite();
}
