/**
 * The app of the search benchmark in its own process (so autocannon does not share its event
 * loop): the real createApp on DATABASE_URL, plus two floor routes that exist only here:
 * /bench/hallo (bare: no session, the framework's floor) and /bench/hallo-sessie (behind
 * login: session and user loaded as for every page), and /bench/cpu. Prints {"port": n} when listening.
 */
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { openPostgres } from '../../src/db/database';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL ontbreekt');
const handle = openPostgres(url, 10);
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, DEMO_DATA: 'false', BASE_URL: 'https://verzuimloket.example' }, '/nonexistent/.env');
const { app } = await createApp({ config, db: handle.db });
app.get('/bench/hallo', { config: { public: true, bare: true } }, async () => 'hallo');
app.get('/bench/hallo-sessie', async () => 'hallo');
// The server's own CPU time so far (µs): per case, CPU per request is a figure that a busy
// machine disturbs far less than latency.
app.get('/bench/cpu', { config: { public: true, bare: true } }, async () => {
  const u = process.cpuUsage();
  return { us: u.user + u.system };
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
const stop = async () => {
  await app.close();
  await handle.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
