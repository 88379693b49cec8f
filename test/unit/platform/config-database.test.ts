// The database settings: the owner's connection for migrations only with PostgreSQL.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config';

const load = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'test', ...env }, '/nonexistent/.env');

describe('MIGRATION_DATABASE_URL', () => {
  it('is the owner connection migrations use, next to the service role of DATABASE_URL', () => {
    const c = load({ DATABASE_URL: 'postgres://dienst@db/vl', MIGRATION_DATABASE_URL: 'postgres://eigenaar@db/vl' });
    expect(c).toMatchObject({ databaseUrl: 'postgres://dienst@db/vl', migrationDatabaseUrl: 'postgres://eigenaar@db/vl' });
    expect(load({ DATABASE_URL: 'postgres://dienst@db/vl' }).migrationDatabaseUrl).toBeUndefined();
  });

  it('is refused, naming the setting, without PostgreSQL or when it is not a PostgreSQL URL', () => {
    expect(() => load({ MIGRATION_DATABASE_URL: 'postgres://eigenaar@db/vl' })).toThrow(ConfigError);
    expect(() => load({ MIGRATION_DATABASE_URL: 'postgres://eigenaar@db/vl' })).toThrow(/MIGRATION_DATABASE_URL: kan alleen met PostgreSQL/);
    expect(() => load({ DATABASE_URL: 'postgres://dienst@db/vl', MIGRATION_DATABASE_URL: 'mysql://x' })).toThrow(/MIGRATION_DATABASE_URL: moet beginnen met postgres:\/\//);
  });
});
