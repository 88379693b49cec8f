/**
 * The app of the search benchmark in its own process (so autocannon does not share its event
 * loop): the real createApp on DATABASE_URL, plus floor routes that exist only here:
 * /bench/hallo (bare: no session, the framework's floor), /bench/hallo-sessie (behind login:
 * session and user loaded as for every page) Prints {"port": n} when listening.
 * BENCH_WORKERS=N: N worker processes on the shared port, as the service's WORKERS=N
 * (src/platform/http/workers.ts).
 */
import cluster from 'node:cluster';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { openPostgres } from '../../src/db/database';
import { startWorkers, stopWorkers } from '../../src/platform/http/workers';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL ontbreekt');
const workers = Number(process.env.BENCH_WORKERS ?? 1);

if (workers > 1 && cluster.isPrimary) {
  let port = 0;
  let stopping = false;
  cluster.on('listening', (_w, address) => (port = address.port));
  await startWorkers(workers, () => stopping, console);
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  process.on('SIGTERM', () => {
    stopping = true;
    void stopWorkers().then(() => process.exit(0));
  });
} else {
  const handle = openPostgres(url, 10);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, DEMO_DATA: 'false', BASE_URL: 'https://verzuimloket.example' }, '/nonexistent/.env');
  const { app } = await createApp({ config, db: handle.db });
  app.get('/bench/hallo', { config: { public: true, bare: true } }, async () => 'hallo');
  app.get('/bench/hallo-sessie', async () => 'hallo');
  // Workers share one port: the primary picks it for the first worker that asks for port 0.
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (cluster.isPrimary) process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
  const stop = async () => {
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('disconnect', () => void stop());
}
