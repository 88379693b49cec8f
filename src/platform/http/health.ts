// Liveness (the process answers) and readiness (the database answers), and Prometheus
// metrics. None of these load a session.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { DB } from '../../db/database';

export function healthRoutes(app: FastifyInstance, db: DB) {
  const bare = { config: { public: true, bare: true } };
  app.get('/health/live', bare, async () => ({ status: 'ok' }));
  app.get('/health/ready', bare, async (_request, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { status: 'ok', database: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'niet gereed', database: 'onbereikbaar' });
    }
  });
}

export function metricsRoutes(app: FastifyInstance) {
  // A registry per app, so tests that build many apps do not share counters.
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
  app.get('/metrics', { config: { public: true, bare: true } }, async (_request, reply) => {
    return reply.type(register.contentType).send(await register.metrics());
  });
}
