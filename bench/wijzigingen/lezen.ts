/**
 * Change feed benchmark (issue 16, "feed reads ≥ 20,000 changes/s"): on PostgreSQL, in a scratch
 * database it creates and drops, reads a feed of (default) 200,000 changes from the start to the
 * end in pages of 1,000 through `leesWijzigingen`, as the API's route will, and reports changes
 * read per second: for the service itself (no filter) and for one gemeente's client (a
 * gemeente sees about 1/300 of the feed, so its reader mostly moves its window over rows it may
 * not see). The changes are written in 2,000 transactions of 100, so the feed has realistic xids;
 * they are inserted into the feed table directly (what the reader reads does not depend on how the
 * triggers made it).
 *
 *   npx tsx bench/wijzigingen/lezen.ts [--wijzigingen 200000] [--pagina 1000] [--rondes 3]
 *
 * DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test names the
 * server. Results: bench/results/wijzigingen-<date>.md. Never run by tests.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openPostgres } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { DEFAULT_DATABASE_TIMEOUTS, LONG_STATEMENT_MS } from '../../src/db/timeouts';
import { leesWijzigingen, type LeesOpties } from '../../src/modules/wijzigingen/face';

const { values } = parseArgs({ options: { wijzigingen: { type: 'string', default: '200000' }, pagina: { type: 'string', default: '1000' }, rondes: { type: 'string', default: '3' } } });
const AANTAL = Number(values.wijzigingen);
const PAGINA = Number(values.pagina);
const RONDES = Number(values.rondes);
const PER_TRANSACTIE = 100;
const GEMEENTEN = 300;
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `vl_bench_feed_${randomBytes(4).toString('hex')}`;
const url = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const log = (line: string) => process.stderr.write(`${line}\n`);

async function admin(statement: string) {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

const gemeentecode = (i: number) => String(i % GEMEENTEN).padStart(4, '0');

async function main() {
  await admin(`create database ${dbName}`);
  const handle = openPostgres(url, 4, { ...DEFAULT_DATABASE_TIMEOUTS, statementMs: LONG_STATEMENT_MS });
  try {
    const { db } = handle;
    await migrateToLatest(db);
    const t0 = performance.now();
    for (let begin = 0; begin < AANTAL; begin += PER_TRANSACTIE) {
      // One statement per transaction: each batch gets its own xid, as many small writers would.
      await sql`
        insert into wijzigingen (soort_object, melding_nummer, soort_wijziging, versie, gemeentecodes, instellingscode, op)
        select 'melding', '2030-' || lpad(n::text, 7, '0'), 'wijzigen', 1 + n % 5,
               array[lpad((n % ${GEMEENTEN})::text, 4, '0')], lpad((n % 1000)::text, 2, '0') || 'AB', now()
        from generate_series(${begin}::int, ${Math.min(begin + PER_TRANSACTIE, AANTAL) - 1}::int) n`.execute(db);
    }
    await sql`vacuum analyze wijzigingen`.execute(db);
    log(`${AANTAL.toLocaleString('en')} changes in ${Math.ceil(AANTAL / PER_TRANSACTIE)} transactions written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    async function leesAlles(o: Omit<LeesOpties, 'na' | 'limiet'>): Promise<{ gelezen: number; paginas: number; ms: number }> {
      let na: string | undefined;
      let gelezen = 0;
      let paginas = 0;
      const start = performance.now();
      for (;;) {
        const r = await leesWijzigingen(db, { ...o, na, limiet: PAGINA });
        if (r.soort !== 'ok') throw new Error(r.soort);
        gelezen += r.wijzigingen.length;
        paginas++;
        na = r.cursor;
        if (!r.meer) break;
      }
      return { gelezen, paginas, ms: performance.now() - start };
    }

    const regels: string[] = [];
    for (const [naam, o, verwacht] of [
      ['service (no filter)', {}, AANTAL],
      [`one gemeente (${gemeentecode(7)}, 1/${GEMEENTEN} of the feed)`, { gemeentecodes: [gemeentecode(7)] }, Math.ceil(AANTAL / GEMEENTEN)],
    ] as const) {
      const tijden: number[] = [];
      let laatste = { gelezen: 0, paginas: 0, ms: 0 };
      for (let r = 0; r < RONDES + 1; r++) {
        laatste = await leesAlles(o);
        if (laatste.gelezen < verwacht - 1) throw new Error(`${naam}: read ${laatste.gelezen}, expected ${verwacht}`);
        if (r > 0) tijden.push(laatste.ms); // the first round warms caches and prepares the statement
      }
      tijden.sort((a, b) => a - b);
      const mediaan = tijden[Math.floor(tijden.length / 2)]!;
      const feedPerS = Math.round((AANTAL / mediaan) * 1000);
      const zichtbaarPerS = Math.round((laatste.gelezen / mediaan) * 1000);
      const regel = `| ${naam} | ${laatste.gelezen.toLocaleString('en')} | ${laatste.paginas} | ${(mediaan / 1000).toFixed(2)} s | ${zichtbaarPerS.toLocaleString('en')} | ${feedPerS.toLocaleString('en')} |`;
      log(regel);
      regels.push(regel);
    }
    const report = [
      `# Change feed read throughput (${new Date().toISOString().slice(0, 10)})`,
      '',
      `PostgreSQL ${(await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0]!.v}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), shared with other work.`,
      `${AANTAL.toLocaleString('en')} changes in transactions of ${PER_TRANSACTIE}; pages of ${PAGINA}; median of ${RONDES} full reads after one warm-up, one reader, through leesWijzigingen.`,
      '',
      '| reader | changes returned | calls | time | returned changes/s | feed rows passed/s |',
      '|---|---:|---:|---:|---:|---:|',
      ...regels,
      '',
    ].join('\n');
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `wijzigingen-${new Date().toISOString().slice(0, 10)}.md`), report);
    process.stdout.write(report);
  } finally {
    await handle.close();
    await admin(`drop database if exists ${dbName} with (force)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
