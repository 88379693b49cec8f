// The service as a real process (`tsx src/server.ts`), for tests of what only a process shows:
// start and stop, the lock file, a crash.
import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the service with only `env` (and PATH, HOME) set; its output is collected. In a
 * process group of its own: tsx runs the service as its child (and WORKERS fork more), so
 * `killAll` ends them all where a kill of `child` would leave them running.
 */
export function startService(env: Record<string, string>) {
  const child = spawn(tsx, ['src/server.ts'], {
    cwd: root,
    // /metrics off unless a test asks for it: parallel test files would share the default port.
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LOG_LEVEL: 'warn', DEMO_DATA: 'false', METRICS_PORT: 'uit', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const killAll = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return { child, output: () => out, exited, running: () => exitCode === undefined, killAll };
}

export async function waitFor(predicate: () => boolean | Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}
