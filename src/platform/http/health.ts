// Liveness (the process answers) and readiness (the database answers), and Prometheus
// metrics. None of these load a session.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { DB } from '../../db/database';

/**
 * Readiness waits this long for `select 1`, whatever the pool's own limits: a load balancer's
 * probe gives up after a second or a few, and a database that answers slower is not ready.
 */
export const READY_TIMEOUT_MS = 2_000;

/** Resolves true when `select 1` came back within READY_TIMEOUT_MS. */
async function databaseAnswers(db: DB): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS)));
  // The query may still fail after the timer won: its outcome no longer matters, but is handled.
  const answer = sql`select 1`.execute(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

// Up or down, nothing more: no versions, no error texts (these answer anyone who asks).
export function healthRoutes(app: FastifyInstance, db: DB) {
  const bare = { config: { public: true, bare: true } };
  app.get('/health/live', bare, async () => ({ status: 'ok' }));
  app.get('/health/ready', bare, async (_request, reply) => {
    if (await databaseAnswers(db)) return { status: 'ok', database: 'ok' };
    return reply.code(503).header('cache-control', 'no-store').send({ status: 'niet gereed', database: 'onbereikbaar' });
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
