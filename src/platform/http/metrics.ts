// Prometheus metrics. They tell an outsider which routes exist, how busy the service is and
// how the process is doing, so they are not on the public port: a small plain HTTP server on
// an internal address (METRICS_HOST:METRICS_PORT, default loopback) serves GET /metrics, for
// the scraper on the same host or network.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Counts every request of the app into a registry of its own (tests build many apps). */
export function installMetrics(app: FastifyInstance): Registry {
  const register = new Registry();
  collectDefaultMetrics({ register });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Duur van HTTP-verzoeken',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [register],
  });
  app.addHook('onResponse', async (request, reply) => {
    duration.observe({ method: request.method, route: request.routeOptions.url ?? 'onbekend', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  return register;
}

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

/** Serves the registry at GET /metrics on host:port; anything else is a 404. */
export async function serveMetrics(register: Registry, where: { host: string; port: number }): Promise<MetricsServer> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
      return;
    }
    register.metrics().then(
      (body) => res.writeHead(200, { 'content-type': register.contentType }).end(body),
      () => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Fout'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(where.port, where.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
