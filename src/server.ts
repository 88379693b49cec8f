// Starts the service: config → database (migrated) → demo data when asked → app → listen →
// background jobs (mail delivery, the vrijstellingen check, housekeeping). Stops cleanly on SIGINT/SIGTERM:
// stop the jobs (a running delivery run finishes the mail in hand), stop taking requests and
// finish the running ones, then close the database (which releases the PGlite lock, or the
// process would not exit).
//
// WORKERS > 1 (PostgreSQL only): one Node process uses one core, and a page is CPU work
// (rendering, the driver, the framework). So this process then migrates, loads the demo data
// and runs the jobs, and N worker processes (node:cluster) serve HTTP on the shared port, each
// with its own connection pool. A worker that dies is replaced; on SIGTERM the workers finish
// their requests first, then the jobs stop and the database closes.
import cluster from 'node:cluster';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import type { Registry } from 'prom-client';
import { createApp } from './app';
import { seedDemoIfEmpty, demoAccountsText } from './cli/demo';
import { ConfigError, loadConfig, type Config } from './config';
import { openDatabase } from './db/database';
import { DataDirLockedError } from './db/lockfile';
import { migrateOpened } from './db/migrate';
import { BEZORG_INTERVAL_MS } from './platform/mail/delivery';
import { JobRunner } from './platform/jobs/runner';
import { OPRUIM_INTERVAL_MS } from './platform/jobs/opruimen';
import { CONTROLE_INTERVAL_MS } from './modules/vrijstellingen/vrijstellingen.service';
import { buildServices } from './services';
import { startWorkers, stopWorkers } from './platform/http/workers';
import { loggerOptions } from './platform/http/logging';
import { serveMetrics, type MetricsServer } from './platform/http/metrics';

const logger = loggerOptions;

/**
 * /metrics on its internal port. A port already taken costs the metrics, not the service:
 * the error is logged (with WORKERS > 1 the workers share the port, like the public one).
 */
async function startMetrics(config: Config, app: FastifyInstance, register: Registry): Promise<MetricsServer | null> {
  if (config.metrics === null) return null;
  try {
    return await serveMetrics(register, config.metrics);
  } catch (err) {
    app.log.error({ err }, `metrics niet beschikbaar op ${config.metrics.host}:${config.metrics.port}`);
    return null;
  }
}

/** A worker process: the app on the shared port, until SIGTERM/SIGINT (or the primary goes). */
async function worker(config: Config) {
  const handle = await openDatabase(config);
  const { app, services, metrics } = await createApp({ config, db: handle.db, logger: logger(config) });
  let metricsServer: MetricsServer | null = null;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await metricsServer?.close();
      await app.close();
    } finally {
      services.mail.close();
      await handle.close();
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  await app.listen({ port: config.port, host: config.host });
  metricsServer = await startMetrics(config, app, metrics);
}

async function main() {
  const config = loadConfig();
  if (cluster.isWorker) return worker(config);

  const handle = await openDatabase(config);
  await migrateOpened(handle, config);
  const inProcess = config.workers === 1 ? await createApp({ config, db: handle.db, logger: logger(config) }) : null;
  const services = inProcess?.services ?? buildServices({ db: handle.db, config });
  // Without an app of its own the primary still logs (jobs, demo data) the way the app does.
  const log = inProcess?.app.log ?? pino(logger(config));

  let demo: Awaited<ReturnType<typeof seedDemoIfEmpty>> = null;
  if (config.demoData) demo = await seedDemoIfEmpty(services, (m) => log.info(m));

  const jobs = new JobRunner(log);
  // R-VRIJ-3's check once at start (the runner's first run comes after one interval); stop waits for it.
  let eersteControle: Promise<unknown> = Promise.resolve();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} ontvangen: stoppen`);
    try {
      await stopWorkers();
      await jobs.stop();
      await eersteControle;
      await metricsServer?.close();
      await inProcess?.app.close();
    } finally {
      services.mail.close();
      await handle.close();
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  let metricsServer: MetricsServer | null = null;
  if (inProcess) {
    await inProcess.app.listen({ port: config.port, host: config.host });
    metricsServer = await startMetrics(config, inProcess.app, inProcess.metrics);
  }
  else await startWorkers(config.workers, () => stopping, log);
  jobs.start('mail-bezorging', BEZORG_INTERVAL_MS, (signal) => services.mail.deliver(log, signal));
  jobs.start('vrijstellingen-controle', CONTROLE_INTERVAL_MS, () => services.vrijstellingen.controle(log));
  jobs.start('opruimen', OPRUIM_INTERVAL_MS, (signal) => services.opruimen({ signal, log }));
  eersteControle = services.vrijstellingen.controle(log).catch((err: unknown) => log.error({ err, job: 'vrijstellingen-controle' }, 'job mislukt; volgende keer opnieuw'));
  const where = handle.kind === 'pglite' ? `embedded database in ${config.dataDir}` : `PostgreSQL${config.workers > 1 ? `, ${config.workers} werkprocessen` : ''}`;
  process.stdout.write(`\nVerzuimloket draait op ${config.baseUrl} (${where}).\n`);
  if (config.demoData) process.stdout.write(demoAccountsText(config.baseUrl, demo));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Verzuimloket kon niet starten: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
