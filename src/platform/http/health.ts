// Liveness (the process answers) and readiness (the database answers); public, without a
// session. Prometheus metrics are served elsewhere, on an internal port (metrics.ts).
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
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
