// The real app on a fresh database, for integration tests through app.inject.
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Registry } from 'prom-client';
import { createApp } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import type { DB } from '../../src/db/database';
import type { ApiAuthenticator } from '../../src/platform/api/client';
import type { Services } from '../../src/services';
import { createTestDatabase } from './database';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  db: DB;
  config: Config;
  /** The registry /metrics serves on the internal port. */
  metrics: Registry;
  close(): Promise<void>;
}

/** A test clock: starts at `start` and moves only when told. */
export function testClock(start = new Date()) {
  let t = start.getTime();
  const now = () => new Date(t);
  return Object.assign(now, { advance: (ms: number) => void (t += ms), set: (d: Date) => void (t = d.getTime()) });
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent-test-data', DEMO_DATA: 'false', ...overrides }, '/nonexistent/.env');
}

/**
 * Builds the app on a fresh database. `routes` may add test-only routes before the app is
 * ready (e.g. a route behind a scoped ability, to test the guard itself).
 */
export async function createTestApp(
  opts: {
    now?: () => Date;
    config?: Record<string, string>;
    routes?: (app: FastifyInstance, s: Services) => void;
    logger?: FastifyServerOptions['logger'];
    /** Who calls the JSON API (e.g. testAuthenticator of helpers/api.ts). */
    apiAuthenticator?: ApiAuthenticator;
  } = {},
): Promise<TestApp> {
  const handle = await createTestDatabase();
  const config = testConfig(opts.config);
  const { app, services, metrics } = await createApp({ config, db: handle.db, now: opts.now, logger: opts.logger, apiAuthenticator: opts.apiAuthenticator });
  opts.routes?.(app, services);
  await app.ready();
  return {
    app,
    services,
    db: handle.db,
    config,
    metrics,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
