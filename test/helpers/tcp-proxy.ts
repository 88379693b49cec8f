// A TCP proxy the test controls, between the service's pool and PostgreSQL, to play a network
// that fails: 'pass' forwards; 'cut' resets every connection and every new one (a failover, a
// network reset); 'black-hole' takes bytes and answers nothing, on new and open connections
// alike (packets dropped). A connection that lost bytes in the black hole stays dead after
// 'pass' returns, as a real one would (its protocol state is gone).
import net from 'node:net';

export type ProxyMode = 'pass' | 'cut' | 'black-hole';

export interface TcpProxy {
  port: number;
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: ProxyMode = 'pass';
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };

  const server = net.createServer((client) => {
    track(client);
    if (mode === 'cut') return client.resetAndDestroy();
    if (mode === 'black-hole') return void client.resume();
    let dead = false;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    const forward = (to: net.Socket) => (chunk: Buffer) => {
      if (mode !== 'pass') dead = true;
      if (!dead) to.write(chunk);
    };
    client.on('data', forward(upstream));
    upstream.on('data', forward(client));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as net.AddressInfo).port,
    setMode(next) {
      mode = next;
      if (next === 'cut') for (const s of sockets) s.resetAndDestroy();
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
