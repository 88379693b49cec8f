// The service as a process: start, refuse a second process on the same data directory,
// stop cleanly on SIGTERM (lock released), and refuse bad settings with one clear message.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>) {
  const child = spawn(tsx, ['src/server.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LOG_LEVEL: 'warn', DEMO_DATA: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(predicate: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (predicate()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}

describe('the service as a process (embedded database)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vl-server-'));
  const running: ChildProcess[] = [];
  afterAll(() => {
    for (const c of running) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts, refuses a second process on the same data directory, and stops cleanly releasing the lock', async () => {
    const port = await freePort();
    const first = start({ DATA_DIR: dir, PORT: String(port) });
    running.push(first.child);
    await waitFor(() => first.output().includes('Verzuimloket draait op'), 60_000);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok' });
    expect(existsSync(path.join(dir, 'verzuimloket.lock'))).toBe(true);

    const second = start({ DATA_DIR: dir, PORT: String(await freePort()) });
    running.push(second.child);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/De database-map .* is al in gebruik door proces \d+/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(path.join(dir, 'verzuimloket.lock'))).toBe(false);
  });

  it('a bad setting stops the start with one message listing every problem', async () => {
    const bad = start({ DATA_DIR: dir, PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'luid' });
    expect(await bad.exited).toBe(1);
    const out = bad.output();
    expect(out).toContain('Ongeldige configuratie');
    expect(out).toContain('PORT');
    expect(out).toContain('DATABASE_URL');
    expect(out).toContain('LOG_LEVEL');
  });
});
