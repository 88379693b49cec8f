// A database that does not answer, or whose connections are cut, must not hold the service:
// pages answer the Dutch 503 page and readiness 503 within the configured limits, liveness stays
// 200, and when the database is back the same process serves again. The network is a TCP proxy
// the test switches between 'pass', 'black-hole' (packets dropped) and 'cut' (connections reset).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app';
import { openPostgres, type DatabaseHandle } from '../../../src/db/database';
import { allowLongStatements } from '../../../src/db/timeouts';
import { isDatabaseUnavailable } from '../../../src/db/unavailable';
import { testConfig } from '../../helpers/app';
import { createPostgresTestDatabase, testDatabaseKind } from '../../helpers/database';
import { startTcpProxy, type TcpProxy } from '../../helpers/tcp-proxy';

// Small limits, so the test is quick; vitest's test timeout bounds every wait.
const timeouts = { connectMs: 1_000, statementMs: 1_000, idleInTransactionMs: 5_000, keepAliveMs: 1_000 };

// The embedded database has no network to lose.
describe.skipIf(testDatabaseKind === 'pglite')('the database unreachable (PostgreSQL only)', () => {
  let database: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let proxy: TcpProxy;
  let handle: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    const target = new URL(database.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = Object.assign(new URL(database.url), { hostname: '127.0.0.1', port: String(proxy.port) }).toString();
    handle = openPostgres(viaProxy, 4, timeouts);
    ({ app } = await createApp({ config: testConfig(), db: handle.db }));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    await proxy?.close();
    await database?.drop();
  });

  // A page that needs the database: the session lookup of an unknown cookie, then a new session.
  const loginPage = () => app.inject({ url: '/inloggen', cookies: { '__Host-sessie': randomBytes(16).toString('hex') } });

  async function expectUnavailable() {
    const page = await loginPage();
    expect(page.statusCode).toBe(503);
    expect(page.headers['retry-after']).toBe('30');
    expect(page.body).toContain('De dienst is tijdelijk niet beschikbaar');
    const ready = await app.inject('/health/ready');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'niet gereed', database: 'onbereikbaar' });
    const live = await app.inject('/health/live');
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
  }

  async function expectServing() {
    expect((await loginPage()).statusCode).toBe(200);
    const ready = await app.inject('/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', database: 'ok' });
  }

  it('security: black hole (no answer) gives the Dutch 503 page and readiness 503; back to normal, the service serves again by itself', async () => {
    await expectServing(); // the pool now holds open connections, which the black hole swallows
    proxy.setMode('black-hole');
    await expectUnavailable();
    // Also a request that finds no connection: new ones are not answered either.
    const all = await Promise.all([...Array(6).keys()].map(() => loginPage()));
    expect(all.map((r) => r.statusCode)).toEqual(Array(6).fill(503));
    proxy.setMode('pass');
    await expectServing();
  });

  it('security: cut connections (reset, refused) give the Dutch 503 page and readiness 503; back to normal, the service serves again by itself', async () => {
    await expectServing();
    proxy.setMode('cut');
    await expectUnavailable();
    proxy.setMode('pass');
    await expectServing();
  });

  it('security: a connection that gave no answer in time is never handed to the next request', async () => {
    const select1 = () => sql`select 1 as een`.execute(handle.db);
    await select1(); // an idle connection in the pool, which the black hole will swallow
    proxy.setMode('black-hole');
    expect(isDatabaseUnavailable(await select1().catch((e: unknown) => e))).toBe(true);
    proxy.setMode('pass');
    // At once, before the dead socket's close is read: the pool must not give its client out again.
    expect((await select1()).rows).toEqual([{ een: 1 }]);
  });

  it('statement_timeout ends a slow statement as "unavailable"; allowLongStatements lifts it, and the wait for the answer, for one transaction only', async () => {
    const slow = sql`select pg_sleep(1.5)`;
    const refused = await slow.execute(handle.db).catch((e: unknown) => e);
    expect((refused as { code?: string }).code).toBe('57014');
    expect(isDatabaseUnavailable(refused)).toBe(true);
    // 1.5 s is beyond statement_timeout plus the client's grace: only the raised limit lets it through.
    await handle.db.transaction().execute(async (trx) => {
      await allowLongStatements(trx, 10_000);
      await slow.execute(trx);
    });
    expect((await slow.execute(handle.db).catch((e: unknown) => e) as { code?: string }).code).toBe('57014');
  });
});
