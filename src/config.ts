// Reads and validates the environment once, at start-up. Fails fast with one message that
// lists every problem, so an operator fixes them all in one go.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_DATABASE_TIMEOUTS, type DatabaseTimeouts } from './db/timeouts';

const bool = z
  .enum(['true', 'false', '1', '0', 'ja', 'nee'])
  .transform((v) => v === 'true' || v === '1' || v === 'ja');

/** Shortest secret that signs the API's access tokens: 256 bits, as HS256 needs (RFC 7518 §3.2). */
const MIN_SLEUTEL_BYTES = 32;

/**
 * API_TOKEN_SLEUTELS: comma-separated secrets in base64 or base64url, each at least 32 bytes.
 * The first signs new access tokens, every one verifies, so a key is rotated by putting the new
 * one first and dropping the old one once its last tokens have expired (5 minutes).
 */
const tokenSleutels = z
  .string()
  .transform((v) => v.split(',').map((k) => k.trim()).filter(Boolean))
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^[A-Za-z0-9+/_-]+={0,2}$/, 'elke sleutel is base64 of base64url')
          .transform((k) => new Uint8Array(Buffer.from(k.replace(/-/g, '+').replace(/_/g, '/'), 'base64')))
          .refine((k) => k.length >= MIN_SLEUTEL_BYTES, `elke sleutel is minstens ${MIN_SLEUTEL_BYTES} bytes (bijvoorbeeld: openssl rand -base64 32)`),
      )
      .min(1, 'noem minstens één sleutel'),
  );

/** A duration in milliseconds, at most a day. */
const ms = z.coerce.number().int().min(0).max(24 * 3600_000);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    BASE_URL: z.url().optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'moet beginnen met postgres:// of postgresql://')
      .optional(),
    /** PostgreSQL as the schema's owner, for migrations only; the service itself then runs as DATABASE_URL's role. */
    MIGRATION_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'moet beginnen met postgres:// of postgresql://')
      .optional(),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, 'moet beginnen met smtp:// of smtps://').optional(),
    MAIL_FROM: z.string().min(3).default('Verzuimloket <noreply@verzuimloket.example>'),
    DEMO_DATA: bool.optional(),
    API_TOKEN_SLEUTELS: tokenSleutels.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    CONTACT_NAAM: z.string().default('Informatiepunt Onderwijs'),
    CONTACT_TELEFOON: z.string().default('050-599 90 00 (van 9.00 tot 13.00 uur)'),
    CONTACT_EMAIL: z.string().default('verzuim@duo.nl'),
    CONTACT_POST: z
      .string()
      .default('Dienst Uitvoering Onderwijs, RNE/Onderwijsnummer, Informatiepunt Onderwijs, Postbus 30152, 9700 LC Groningen'),
    TRUST_PROXY: bool.default(false),
    /** HTTP worker processes sharing the port (PostgreSQL only); one per core uses the machine. */
    WORKERS: z.coerce.number().int().min(1).max(64).default(1),
    /** Where /metrics is served: an internal port, never the public one; `uit` turns it off. */
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    METRICS_PORT: z.union([z.literal('uit'), z.coerce.number().int().min(1).max(65535)]).default(9464),
    /** Largest register file functioneel beheer may upload on /beheer/registers (bytes). */
    REGISTER_UPLOAD_MAX_BYTES: z.coerce.number().int().min(1).default(500 * 1024 * 1024),
    /** How long the change feed keeps a change (days); a client's cursor older than that must resync. */
    WIJZIGINGEN_BEWAARDAGEN: z.coerce.number().int().min(1).max(3660).default(90),
    /** PostgreSQL: opening a connection, and waiting for a free one of the pool (ms). */
    DATABASE_CONNECT_TIMEOUT_MS: ms.min(1).default(DEFAULT_DATABASE_TIMEOUTS.connectMs),
    /** PostgreSQL: statement_timeout (ms; 0 leaves the server's); the wait for an answer follows it. */
    DATABASE_STATEMENT_TIMEOUT_MS: ms.default(DEFAULT_DATABASE_TIMEOUTS.statementMs),
    /** PostgreSQL: idle_in_transaction_session_timeout (ms; 0 leaves the server's). */
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: ms.default(DEFAULT_DATABASE_TIMEOUTS.idleInTransactionMs),
    /** PostgreSQL: TCP keepalive, first probe of an idle connection after this long (ms). */
    DATABASE_KEEPALIVE_MS: ms.min(1).default(DEFAULT_DATABASE_TIMEOUTS.keepAliveMs),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      if (!env.BASE_URL) ctx.addIssue({ code: 'custom', path: ['BASE_URL'], message: 'is verplicht in productie' });
      if (!env.DATABASE_URL)
        ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is verplicht in productie (PGlite is voor ontwikkeling en demo)' });
      // Without a mail server, mails are "delivered to the log": fine for a demo, but in
      // production the gemeente would never hear of a melding (issue 15 item 8).
      if (!env.SMTP_URL)
        ctx.addIssue({
          code: 'custom',
          path: ['SMTP_URL'],
          message:
            'is verplicht in productie: zonder mailserver krijgen gemeenten geen e-mail over nieuwe meldingen; "afleveren aan het log" bestaat alleen buiten productie (SMTP_URL is required when NODE_ENV=production)',
        });
    }
    // A key made up at start would differ per process and per restart: tokens would stop working
    // at a deploy or on another worker. Fine for development, not for production.
    if (env.NODE_ENV === 'production' && !env.API_TOKEN_SLEUTELS)
      ctx.addIssue({
        code: 'custom',
        path: ['API_TOKEN_SLEUTELS'],
        message:
          'is verplicht in productie: de sleutels waarmee toegangstokens van de API worden ondertekend (API_TOKEN_SLEUTELS is required when NODE_ENV=production)',
      });
    if (env.MIGRATION_DATABASE_URL && !env.DATABASE_URL)
      ctx.addIssue({ code: 'custom', path: ['MIGRATION_DATABASE_URL'], message: 'kan alleen met PostgreSQL (DATABASE_URL)' });
    // The embedded database lives inside one process; only PostgreSQL can serve several.
    if (env.WORKERS > 1 && !env.DATABASE_URL)
      ctx.addIssue({ code: 'custom', path: ['WORKERS'], message: 'meer dan 1 kan alleen met PostgreSQL (DATABASE_URL); de ingebouwde database hoort bij één proces' });
  });

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** MIGRATION_DATABASE_URL: the schema owner's connection for migrations; else DATABASE_URL. */
  migrationDatabaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  demoData: boolean;
  /**
   * API_TOKEN_SLEUTELS: the secrets of the API's access tokens; the first signs, all verify.
   * Outside production, when not set: one random key per process (tokens die with the process).
   */
  apiTokenSleutels: readonly Uint8Array[];
  logLevel: string;
  trustProxy: boolean;
  /** WORKERS: HTTP worker processes (1: the app runs in the main process). */
  workers: number;
  /** METRICS_HOST:METRICS_PORT, the internal address of /metrics; null when turned off. */
  metrics: { host: string; port: number } | null;
  /** REGISTER_UPLOAD_MAX_BYTES: the upload limit of a register file (default 500 MiB). */
  registerUploadMaxBytes: number;
  /** WIJZIGINGEN_BEWAARDAGEN: how long the change feed keeps a change (default 90 days). */
  wijzigingenBewaardagen: number;
  /** DATABASE_*_MS: how long PostgreSQL may take (db/timeouts.ts); not used by the embedded database. */
  databaseTimeouts: DatabaseTimeouts;
  contact: { naam: string; telefoon: string; email: string; post: string };
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Ongeldige configuratie:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses `KEY=value` lines of a .env file; real environment variables win. */
export function readDotEnv(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m?.[1]) out[m[1]] = m[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/** Validates the environment into a Config, or throws ConfigError listing every problem. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, dotenvFile = '.env'): Config {
  const raw = { ...readDotEnv(dotenvFile), ...source };
  // Empty strings mean "not set": an exported-but-empty variable should not fail validation.
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const usesEmbedded = !e.DATABASE_URL;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    baseUrl: (e.BASE_URL ?? `http://${e.HOST === '0.0.0.0' ? 'localhost' : e.HOST}:${e.PORT}`).replace(/\/$/, ''),
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    demoData: e.DEMO_DATA ?? usesEmbedded,
    apiTokenSleutels: e.API_TOKEN_SLEUTELS ?? [new Uint8Array(randomBytes(MIN_SLEUTEL_BYTES))],
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    workers: e.WORKERS,
    metrics: e.METRICS_PORT === 'uit' ? null : { host: e.METRICS_HOST, port: e.METRICS_PORT },
    registerUploadMaxBytes: e.REGISTER_UPLOAD_MAX_BYTES,
    wijzigingenBewaardagen: e.WIJZIGINGEN_BEWAARDAGEN,
    databaseTimeouts: {
      connectMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: e.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      keepAliveMs: e.DATABASE_KEEPALIVE_MS,
    },
    contact: { naam: e.CONTACT_NAAM, telefoon: e.CONTACT_TELEFOON, email: e.CONTACT_EMAIL, post: e.CONTACT_POST },
  };
}
