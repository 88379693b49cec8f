// The service as a process: start, refuse a second process on the same data directory,
// stop cleanly on SIGTERM (lock released), and refuse bad settings with one clear message.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../helpers/database';
import { freePort, startService, waitFor } from '../../helpers/service-process';

describe('the service as a process (embedded database)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vl-server-'));
  const running: (() => void)[] = [];
  afterAll(() => {
    for (const killAll of running) killAll();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts (security: /metrics on its internal port only), refuses a second process on the same data directory, and stops cleanly releasing the lock', async () => {
    const port = await freePort();
    const metricsPort = await freePort();
    const first = startService({ DATA_DIR: dir, PORT: String(port), METRICS_PORT: String(metricsPort) });
    running.push(first.killAll);
    await waitFor(() => first.output().includes('Verzuimloket draait op'), 60_000);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok' });
    // security: /metrics only on the internal port.
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { redirect: 'manual' })).status).not.toBe(200);
    const metrics = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('http_request_duration_seconds');
    expect(existsSync(path.join(dir, 'verzuimloket.lock'))).toBe(true);

    const second = startService({ DATA_DIR: dir, PORT: String(await freePort()) });
    running.push(second.killAll);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/De database-map .* is al in gebruik door proces \d+/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(path.join(dir, 'verzuimloket.lock'))).toBe(false);
  });

  it('a bad setting stops the start with one message listing every problem', async () => {
    const bad = startService({ DATA_DIR: dir, PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'luid' });
    expect(await bad.exited).toBe(1);
    const out = bad.output();
    expect(out).toContain('Ongeldige configuratie');
    expect(out).toContain('PORT');
    expect(out).toContain('DATABASE_URL');
    expect(out).toContain('LOG_LEVEL');
  });
});

// WORKERS > 1: the HTTP side in several processes on one port (issue 5's speed at national
// scale); only on PostgreSQL, since the embedded database belongs to one process.
describe.runIf(testDatabaseUrl)('the service as a process with WORKERS=2 (PostgreSQL)', () => {
  const dbName = `vl_server_${process.pid}_${Date.now()}`;
  const admin = (statement: string) => {
    const c = new pg.Client({ connectionString: testDatabaseUrl });
    return c.connect().then(() => c.query(statement)).finally(() => c.end());
  };
  const running: (() => void)[] = [];
  // tsx runs the service as its child, and the service forks the workers: its grandchildren.
  const workersOf = (child: ChildProcess) => {
    const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=']).toString().trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
    const childrenOf = (pid: number) => rows.filter(([, ppid]) => ppid === pid).map(([p]) => p!);
    return childrenOf(child.pid!).flatMap(childrenOf);
  };
  afterAll(async () => {
    for (const killAll of running) killAll();
    await admin(`drop database if exists ${dbName} with (force)`);
  });

  it('serves from two worker processes, and SIGTERM stops them all with exit code 0', async () => {
    await admin(`create database ${dbName}`);
    const url = Object.assign(new URL(testDatabaseUrl!), { pathname: `/${dbName}` }).toString();
    const port = await freePort();
    const service = startService({ DATABASE_URL: url, PORT: String(port), WORKERS: '2' });
    running.push(service.killAll);
    await waitFor(() => service.output().includes('Verzuimloket draait op'), 90_000);
    expect(service.output()).toContain('2 werkprocessen');
    const workers = workersOf(service.child);
    expect(workers).toHaveLength(2);
    for (let i = 0; i < 6; i++) {
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(await ready.json()).toEqual({ status: 'ok', database: 'ok' });
    }
    const login = await fetch(`http://127.0.0.1:${port}/inloggen`);
    expect(login.status).toBe(200);

    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });

  it('a worker that dies is replaced', async () => {
    const url = Object.assign(new URL(testDatabaseUrl!), { pathname: `/${dbName}` }).toString();
    const port = await freePort();
    const service = startService({ DATABASE_URL: url, PORT: String(port), WORKERS: '2', LOG_LEVEL: 'warn' });
    running.push(service.killAll);
    await waitFor(() => service.output().includes('Verzuimloket draait op'), 90_000);
    const [victim] = workersOf(service.child);
    process.kill(victim!, 'SIGKILL');
    await waitFor(() => service.output().includes('een nieuw wordt gestart') && workersOf(service.child).length === 2 && !workersOf(service.child).includes(victim!), 60_000);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(200);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
  });
});

describe('WORKERS needs PostgreSQL', () => {
  it('WORKERS=2 on the embedded database stops the start with a clear message', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vl-server-'));
    try {
      const bad = startService({ DATA_DIR: dir, PORT: String(await freePort()), WORKERS: '2' });
      expect(await bad.exited).toBe(1);
      expect(bad.output()).toContain('WORKERS: meer dan 1 kan alleen met PostgreSQL');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
