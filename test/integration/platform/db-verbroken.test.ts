// A connection PostgreSQL ends under the service (a failover, pg_terminate_backend, a network
// reset) may cost the requests in flight, never the process: before the fix a client checked
// out by a query or a transaction had no 'error' listener, and pg's "Connection terminated
// unexpectedly" killed the service.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresTestDatabase, testDatabaseKind, testDatabaseUrl } from '../../helpers/database';
import { freePort, startService, waitFor } from '../../helpers/service-process';

const admin = async <T extends pg.QueryResultRow>(statement: string, values: unknown[] = []) => {
  const c = new pg.Client({ connectionString: testDatabaseUrl });
  await c.connect();
  try {
    return await c.query<T>(statement, values);
  } finally {
    await c.end();
  }
};

// Only PostgreSQL has backends to end; the embedded database lives inside the process.
describe.skipIf(testDatabaseKind === 'pglite')('a PostgreSQL connection ended under the service (PostgreSQL only)', () => {
  const running: (() => void)[] = [];
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const killAll of running) killAll();
    for (const drop of drops) await drop();
  });

  it('security: pg_terminate_backend of every connection during load costs requests in flight, the process lives and serves again', async () => {
    const database = await createPostgresTestDatabase();
    drops.push(() => database.drop());
    const dbName = new URL(database.url).pathname.slice(1);
    const port = await freePort();
    const service = startService({ DATABASE_URL: database.url, PORT: String(port) });
    running.push(service.killAll);
    await waitFor(() => service.output().includes('Verzuimloket draait op'), 90_000);

    // Pages that use the database: a session lookup and a new session (an INSERT), and readiness.
    const page = async (path: string) => {
      const cookie = `__Host-sessie=${randomBytes(16).toString('hex')}`;
      const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { cookie } });
      await res.arrayBuffer();
      return res.status;
    };
    let stop = false;
    const statuses: number[] = [];
    const failures: unknown[] = [];
    const loop = async (path: string) => {
      while (!stop) {
        try {
          statuses.push(await page(path));
        } catch (e) {
          failures.push(e); // a refused connection: the process is gone
          return;
        }
      }
    };
    const load = [...Array(6).keys()].map((i) => loop(i % 3 === 0 ? '/health/ready' : '/inloggen'));

    let ended = 0;
    for (let round = 0; round < 8 && service.running(); round++) {
      await waitFor(() => statuses.length > (round + 1) * 10, 30_000).catch(() => undefined);
      const { rows } = await admin<{ ok: boolean }>(
        'select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [dbName],
      );
      ended += rows.filter((r) => r.ok).length;
    }
    stop = true;
    await Promise.all(load);

    expect(ended).toBeGreaterThan(0);
    expect(service.output()).not.toContain('Unhandled');
    expect(service.running()).toBe(true);
    expect(failures).toEqual([]);
    // What the cut cost: requests in flight answered 503 (try again), nothing else.
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    // Serves again, with fresh connections.
    await waitFor(async () => (await page('/inloggen')) === 200, 20_000);
    expect(await page('/health/ready')).toBe(200);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
  });
});
