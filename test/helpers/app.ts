// The real app on a fresh database, for integration tests through app.inject.
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import type { DB } from '../../src/db/database';
import type { Services } from '../../src/services';
import { createTestDatabase } from './database';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  db: DB;
  config: Config;
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
  opts: { now?: () => Date; config?: Record<string, string>; routes?: (app: FastifyInstance, s: Services) => void } = {},
): Promise<TestApp> {
  const handle = await createTestDatabase();
  const config = testConfig(opts.config);
  const { app, services } = await createApp({ config, db: handle.db, now: opts.now });
  opts.routes?.(app, services);
  await app.ready();
  return {
    app,
    services,
    db: handle.db,
    config,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
