// Tests need no network: any connection to a host outside this machine fails loudly, so a
// test can never pass by reaching (or fail by missing) something outside.
import net from 'node:net';

const allowed = (host: unknown) =>
  host === undefined || host === 'localhost' || host === '::1' || (typeof host === 'string' && host.startsWith('127.'));

// eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied with the socket as `this` below
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const opts = (typeof first === 'object' && first !== null ? first : {}) as { host?: unknown; path?: unknown };
  const host = typeof first === 'number' ? (typeof args[1] === 'string' ? args[1] : undefined) : opts.host;
  if (!opts.path && !allowed(host)) {
    throw new Error(`Uitgaande verbinding naar ${String(host)} in een test: niet toegestaan`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
};
