// Tests need no network: any connection to a host outside this machine fails loudly, so a
// test can never pass by reaching (or fail by missing) something outside.
import net from 'node:net';

const allowed = (host: unknown) =>
  host === undefined || host === 'localhost' || host === '::1' || (typeof host === 'string' && host.startsWith('127.'));

// Test files share a worker process (vitest.config.ts: isolate false) and each runs this setup
// file: every run wraps the true original, kept on the prototype, never the previous wrapper.
const ORIGINAL = Symbol.for('verzuimloket.no-network.original-connect');
const proto = net.Socket.prototype as net.Socket & { [ORIGINAL]?: net.Socket['connect'] };
// eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied with the socket as `this` below
const originalConnect = proto[ORIGINAL] ?? net.Socket.prototype.connect;
proto[ORIGINAL] = originalConnect;
net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const opts = (typeof first === 'object' && first !== null ? first : {}) as { host?: unknown; path?: unknown };
  const host = typeof first === 'number' ? (typeof args[1] === 'string' ? args[1] : undefined) : opts.host;
  if (!opts.path && !allowed(host)) {
    throw new Error(`Uitgaande verbinding naar ${String(host)} in een test: niet toegestaan`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
};
