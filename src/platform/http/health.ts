// Liveness (the process answers) and readiness (the database answers); public, without a
// session. Prometheus metrics are served elsewhere, on an internal port (metrics.ts).
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
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
