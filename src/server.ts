// Starts the service: config → database (migrated) → demo data when asked → app → listen →
// background jobs (mail delivery). Stops cleanly on SIGINT/SIGTERM: stop the jobs (a running
// delivery run finishes the mail in hand), stop taking requests and finish the running ones,
// then close the database (which releases the PGlite lock, or the process would not exit).
import { createApp } from './app';
import { seedDemoIfEmpty, demoAccountsText } from './cli/demo';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';
import { DataDirLockedError } from './db/lockfile';
import { migrateToLatest } from './db/migrate';
import { BEZORG_INTERVAL_MS } from './platform/mail/delivery';
import { JobRunner } from './platform/jobs/runner';
import { CONTROLE_INTERVAL_MS } from './modules/vrijstellingen/vrijstellingen.service';

async function main() {
  const config = loadConfig();
  const handle = await openDatabase(config);
  await migrateToLatest(handle.db);
  const { app, services } = await createApp({
    config,
    db: handle.db,
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
  });

  let demo: Awaited<ReturnType<typeof seedDemoIfEmpty>> = null;
  if (config.demoData) demo = await seedDemoIfEmpty(services, (m) => app.log.info(m));

  const jobs = new JobRunner(app.log);
  // R-VRIJ-3's check once at start (the runner's first run comes after one interval); stop waits for it.
  let eersteControle: Promise<unknown> = Promise.resolve();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} ontvangen: stoppen`);
    try {
      await jobs.stop();
      await eersteControle;
      await app.close();
    } finally {
      services.mail.close();
      await handle.close();
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  jobs.start('mail-bezorging', BEZORG_INTERVAL_MS, (signal) => services.mail.deliver(app.log, signal));
  jobs.start('vrijstellingen-controle', CONTROLE_INTERVAL_MS, () => services.vrijstellingen.controle(app.log));
  eersteControle = services.vrijstellingen.controle(app.log).catch((err: unknown) => app.log.error({ err, job: 'vrijstellingen-controle' }, 'job mislukt; volgende keer opnieuw'));
  const where = handle.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
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
