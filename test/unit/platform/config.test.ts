// The settings that production refuses to start without (issue 15 item 8: mail that cannot be lost),
// and the owner's connection for migrations (docs/operations.md, "PostgreSQL").
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config';

/** A 32-byte key in base64 (API_TOKEN_SLEUTELS), as `openssl rand -base64 32` prints one. */
const SLEUTEL = Buffer.alloc(32, 7).toString('base64');
const PRODUCTIE = { NODE_ENV: 'production', BASE_URL: 'https://verzuimloket.example', DATABASE_URL: 'postgres://db/verzuimloket', API_TOKEN_SLEUTELS: SLEUTEL };
const load = (env: Record<string, string>) => loadConfig(env, '/nonexistent/.env');

describe('configuration in production', () => {
  it('refuses to start without SMTP_URL, naming the setting in Dutch and English', () => {
    let fout: unknown;
    try {
      load(PRODUCTIE);
    } catch (err) {
      fout = err;
    }
    expect(fout).toBeInstanceOf(ConfigError);
    const problemen = (fout as ConfigError).problems;
    expect(problemen).toHaveLength(1);
    expect(problemen[0]).toMatch(/^SMTP_URL: is verplicht in productie/);
    expect(problemen[0]).toContain('SMTP_URL is required when NODE_ENV=production');
  });

  it('an empty SMTP_URL counts as not set', () => {
    expect(() => load({ ...PRODUCTIE, SMTP_URL: '' })).toThrow(/SMTP_URL: is verplicht in productie/);
  });

  it('starts with SMTP_URL set', () => {
    expect(load({ ...PRODUCTIE, SMTP_URL: 'smtp://relay.example:587' }).smtpUrl).toBe('smtp://relay.example:587');
  });

  it('outside production SMTP_URL stays optional: mails are delivered to the log', () => {
    for (const NODE_ENV of ['development', 'test']) expect(load({ NODE_ENV }).smtpUrl).toBeUndefined();
  });
});

describe('MIGRATION_DATABASE_URL', () => {
  it('is the owner connection migrations use, next to the service role of DATABASE_URL', () => {
    const c = load({ NODE_ENV: 'test', DATABASE_URL: 'postgres://dienst@db/vl', MIGRATION_DATABASE_URL: 'postgres://eigenaar@db/vl' });
    expect(c).toMatchObject({ databaseUrl: 'postgres://dienst@db/vl', migrationDatabaseUrl: 'postgres://eigenaar@db/vl' });
    expect(load({ NODE_ENV: 'test', DATABASE_URL: 'postgres://dienst@db/vl' }).migrationDatabaseUrl).toBeUndefined();
  });

  it('is refused, naming the setting, without PostgreSQL or when it is not a PostgreSQL URL', () => {
    expect(() => load({ NODE_ENV: 'test', MIGRATION_DATABASE_URL: 'postgres://eigenaar@db/vl' })).toThrow(ConfigError);
    expect(() => load({ NODE_ENV: 'test', MIGRATION_DATABASE_URL: 'postgres://eigenaar@db/vl' })).toThrow(/MIGRATION_DATABASE_URL: kan alleen met PostgreSQL/);
    expect(() => load({ NODE_ENV: 'test', DATABASE_URL: 'postgres://dienst@db/vl', MIGRATION_DATABASE_URL: 'mysql://x' })).toThrow(/MIGRATION_DATABASE_URL: moet beginnen met postgres:\/\//);
  });
});

describe('API_TOKEN_SLEUTELS (issue 16: signing keys of the API access tokens)', () => {
  const MET_SMTP = { ...PRODUCTIE, SMTP_URL: 'smtp://relay.example:587' };

  it('production refuses to start without it, naming the setting in Dutch and English', () => {
    const { API_TOKEN_SLEUTELS: _, ...zonder } = MET_SMTP;
    expect(() => load(zonder)).toThrow(/API_TOKEN_SLEUTELS: is verplicht in productie.*API_TOKEN_SLEUTELS is required when NODE_ENV=production/);
  });

  it('is a list: the first signs, all verify, in the given order; base64url works too', () => {
    const tweede = Buffer.alloc(40, 9).toString('base64url');
    const c = load({ ...MET_SMTP, API_TOKEN_SLEUTELS: `${SLEUTEL}, ${tweede}` });
    expect(c.apiTokenSleutels.map((k) => Buffer.from(k).toString('hex'))).toEqual([Buffer.alloc(32, 7).toString('hex'), Buffer.alloc(40, 9).toString('hex')]);
  });

  it('refuses a key shorter than 32 bytes or not base64', () => {
    expect(() => load({ ...MET_SMTP, API_TOKEN_SLEUTELS: Buffer.alloc(16, 1).toString('base64') })).toThrow(/minstens 32 bytes/);
    expect(() => load({ ...MET_SMTP, API_TOKEN_SLEUTELS: 'geen sleutel!' })).toThrow(/base64/);
  });

  it('outside production a random key per process when not set', () => {
    const a = load({ NODE_ENV: 'development' }).apiTokenSleutels;
    const b = load({ NODE_ENV: 'development' }).apiTokenSleutels;
    expect(a).toHaveLength(1);
    expect(a[0]!.length).toBe(32);
    expect(Buffer.from(a[0]!).equals(Buffer.from(b[0]!))).toBe(false);
  });
});
