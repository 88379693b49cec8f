// Which errors the service answers with 503 (the database is not there now) instead of 500.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { DEFAULT_DATABASE_TIMEOUTS } from '../../../src/db/timeouts';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../../../src/db/unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('security: database unavailable is told apart from a fault', () => {
  it('connection loss, refusal, shutdown and our own timeouts count as unavailable', () => {
    for (const e of [
      new DatabaseUnavailableError('Geen verbinding met de database'),
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P03', 'the database system is starting up'),
      withCode('08006'),
      withCode('57014', 'canceling statement due to statement timeout'),
      withCode('ECONNREFUSED'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('wrapped', { cause: withCode('ECONNRESET') }),
    ]) expect(isDatabaseUnavailable(e), e.message).toBe(true);
  });

  it('a refused statement or a bug is not', () => {
    for (const e of [withCode('23505', 'duplicate key'), withCode('42P01', 'relation does not exist'), new TypeError('x is undefined'), 'text', null]) {
      expect(isDatabaseUnavailable(e)).toBe(false);
    }
  });
});

describe('database timeouts in the settings', () => {
  const load = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'test', ...env }, '/nonexistent/.env');

  it('default to connect 5 s, statement 5 s, idle in transaction 60 s, keepalive 30 s', () => {
    expect(load({}).databaseTimeouts).toEqual(DEFAULT_DATABASE_TIMEOUTS);
    expect(DEFAULT_DATABASE_TIMEOUTS).toEqual({ connectMs: 5_000, statementMs: 5_000, idleInTransactionMs: 60_000, keepAliveMs: 30_000 });
  });

  it('are read from DATABASE_*_MS, and a wrong one is refused', () => {
    const c = load({ DATABASE_CONNECT_TIMEOUT_MS: '2000', DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '10000', DATABASE_KEEPALIVE_MS: '5000' });
    expect(c.databaseTimeouts).toEqual({ connectMs: 2_000, statementMs: 0, idleInTransactionMs: 10_000, keepAliveMs: 5_000 });
    expect(() => load({ DATABASE_CONNECT_TIMEOUT_MS: '0' })).toThrow(/DATABASE_CONNECT_TIMEOUT_MS/);
    expect(() => load({ DATABASE_STATEMENT_TIMEOUT_MS: 'lang' })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
  });
});
