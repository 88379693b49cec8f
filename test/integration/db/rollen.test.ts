// The production set-up of docs/operations.md: migrations as the schema's owner
// (MIGRATION_DATABASE_URL), the service as a role that may only read and write rows. Runs the
// documented docs/sql/rollen.sql itself, so the guide cannot drift from what works.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '../../../src/db/database';
import { migrateOpened } from '../../../src/db/migrate';
import { queueMails } from '../../../src/platform/mail/outbox';
import { buildServices, type Services } from '../../../src/services';
import { testConfig } from '../../helpers/app';
import { testDatabaseUrl } from '../../helpers/database';
import * as f from '../../helpers/factories';

const rollenSql = fileURLToPath(new URL('../../../docs/sql/rollen.sql', import.meta.url));
const withUser = (url: string, user: string, database: string) => {
  const u = new URL(url);
  u.username = user;
  u.password = 'geheim';
  u.pathname = `/${database}`;
  return u.toString();
};

describe.skipIf(!testDatabaseUrl)('PostgreSQL roles: owner migrates, the service only reads and writes rows', () => {
  const tag = randomBytes(4).toString('hex');
  const database = `vl_rollen_${tag}`;
  const eigenaar = `vl_eigenaar_${tag}`;
  const dienst = `vl_dienst_${tag}`;
  let handle: DatabaseHandle;
  let s: Services;

  const admin = async <T>(run: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: testDatabaseUrl });
    await c.connect();
    try {
      return await run(c);
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    await admin((c) => c.query(`create database ${database}`));
    const superuserUrl = withUser(testDatabaseUrl!, new URL(testDatabaseUrl!).username || 'postgres', database);
    execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-v', `eigenaar=${eigenaar}`, '-v', `dienst=${dienst}`, '-v', 'eigenaar_wachtwoord=geheim', '-v', 'dienst_wachtwoord=geheim', '-d', superuserUrl.replace(/:geheim@/, '@'), '-f', rollenSql], { stdio: 'pipe' });
    const config = testConfig({ DATABASE_URL: withUser(testDatabaseUrl!, dienst, database), MIGRATION_DATABASE_URL: withUser(testDatabaseUrl!, eigenaar, database) });
    handle = openPostgres(config.databaseUrl!, 2);
    const migrated = await migrateOpened(handle, config);
    expect(migrated.length).toBeGreaterThan(10);
    s = buildServices({ db: handle.db, config });
  });

  afterAll(async () => {
    await handle?.close();
    await admin(async (c) => {
      await c.query(`drop database if exists ${database} with (force)`);
      await c.query(`drop role if exists ${dienst}`);
      await c.query(`drop role if exists ${eigenaar}`);
    });
  });

  it('the tables belong to the owner, and the service role may not change the schema', async () => {
    const { rows } = await sql<{ eigenaar: string }>`select distinct tableowner as eigenaar from pg_tables where schemaname = 'public'`.execute(handle.db);
    expect(rows).toEqual([{ eigenaar }]);
    await expect(sql`create table iets (id int)`.execute(handle.db)).rejects.toThrow(/permission denied/);
    await expect(sql`drop table meldingen`.execute(handle.db)).rejects.toThrow(/must be owner/);
  });

  it('the service role keeps its data: users, locaties with their audit lines, a melding, a mail queued and delivered (R-LOC-1, R-MEL-18, R-PRIV-1)', async () => {
    await f.instelling(s, '12AB');
    await f.gemeente(s, '0363');
    await f.gebruiker(s, 'melder', [{ rol: 'melder', code: '12AB' }]);
    await f.locatie(s, '12AB', 'Hoofdgebouw');
    await f.vestiging(s, '12AB', '0363');
    const pgn = await f.leerling(s, {});
    await f.inschrijving(s, pgn, '12AB');
    const nummer = await f.melding(s, { pgn: pgn, instellingscode: '12AB', van: '2026-10-05' });
    expect(await s.db.selectFrom('meldingen').select(['nummer', 'status']).execute()).toEqual([{ nummer, status: 'R' }]);
    expect((await s.db.selectFrom('audit_log').select('actie').execute()).length).toBeGreaterThan(0);
    await queueMails(s.db, [{ aan: 'leerplicht@0363.example', onderwerp: 'Nieuwe melding', tekst: 'Er is een melding.', soort: 'melding_nieuw' }], new Date());
    const stil = { info: () => {}, warn: () => {}, error: () => {} };
    expect(await s.mail.deliver(stil)).toMatchObject({ verzonden: 1 });
  });
});
