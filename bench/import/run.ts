/**
 * Import benchmark (R-REG-3 "fast"): on PostgreSQL, in a scratch database it creates and
 * drops, generate a national-scale register (default 1,500,000 leerlingen), import it with
 * the real import service, and in the same run measure the floor: psql's \copy of the same
 * leerlingen.csv into a bare table (no keys, no indexes, no checks). The figure that matters
 * is leerlingen rows/s of the import against the floor; the goal is at least half.
 *
 *   npx tsx bench/import/run.ts [--leerlingen 1500000] [--map DIR-met-bestaande-bestanden]
 *   (BENCH_LOG_STATEMENTS=500 also logs the scratch database's statements over 500 ms)
 *
 * DATABASE_URL (or postgres://postgres@127.0.0.1:5432/test) names the server; the scratch
 * database is created beside it. Results: bench/results/import-<date>.md. Never run by tests.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openPostgres } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { generateRegisters } from '../../src/modules/registers/generator/generate';
import { registerImportService } from '../../src/modules/registers/import/import.service';
import { KINDS, TOGETHER } from '../../src/modules/registers/import/kinds';
import type { ImportReport } from '../../src/modules/registers/import/types';
import { renderResults, type FileTiming } from './report';

const { values } = parseArgs({ options: { leerlingen: { type: 'string', default: '1500000' }, map: { type: 'string' }, uit: { type: 'string' } } });
const pupils = Number(values.leerlingen);
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `vl_bench_import_${randomBytes(4).toString('hex')}`;
const url = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const PEILDATUM = '2026-10-01';
const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (from: number) => (performance.now() - from) / 1000;

async function admin(statement: string) {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

/** Bare tables (no keys, no indexes, no checks) with the CSV files' columns: the floor. */
const RAW_TABLES = {
  leerlingen: `pgn text, voornamen text, voorvoegsel text, achternaam text, geboortedatum date, geslacht text, straat text,
    huisnummer integer, postcode text, plaats text, woongemeente_code text, woont_in_buitenland text, land text, startkwalificatie text`,
  inschrijvingen: 'pgn text, instellingscode text, vestigingscode text, begindatum date, einddatum date, hoofdinschrijving text',
} as const;

/** psql's \copy of a CSV file into a bare table: the floor the import is measured against. */
function rawCopy(dir: string, soort: keyof typeof RAW_TABLES): number {
  const psql = (command: string) => execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url, '-c', command], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning' },
    });
  const file = path.join(dir, `${soort}.csv`);
  psql(`drop table if exists raw_${soort}; create table raw_${soort} (${RAW_TABLES[soort]})`);
  const started = performance.now();
  psql(`\\copy raw_${soort} from '${file.replaceAll("'", "''")}' csv header`);
  const took = seconds(started);
  psql(`drop table raw_${soort}`);
  return took;
}

/** The highest resident set size of this process while `work` runs, sampled every 50 ms (MB). */
async function peakRss<T>(work: () => Promise<T>): Promise<[T, number]> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    const result = await work();
    return [result, Math.max(peak, process.memoryUsage().rss) / 2 ** 20];
  } finally {
    clearInterval(timer);
  }
}

/** Imports every file of `dir` the way importPath does, timing each transaction on its own. */
async function importAll(dir: string, label: string): Promise<{ reports: ImportReport[]; timings: FileTiming[]; total: number }> {
  const handle = openPostgres(url, 2);
  const service = registerImportService({ db: handle.db });
  // In load order, as importFiles would: what a file refers to goes first.
  const files = (await service.filesIn(dir)).sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  const together = new Set<string>(TOGETHER.flat());
  const units = [files.filter((f) => together.has(f.kind.soort)), ...files.filter((f) => !together.has(f.kind.soort)).map((f) => [f])];
  const reports: ImportReport[] = [];
  const timings: FileTiming[] = [];
  const started = performance.now();
  let last = 0;
  try {
    for (const unit of units) {
      const t0 = performance.now();
      let readDone = 0;
      const done = await service.importFiles(unit, {
        door: { gebruikerId: null, gebruikersnaam: 'bench' },
        peildatum: PEILDATUM,
        onProgress: (p) => {
          if (p.phase === 'verwerken') readDone = performance.now();
          if (performance.now() - last > 5000) {
            last = performance.now();
            log(`${label}: ${p.file} ${Math.round((100 * p.bytes) / Math.max(1, p.totalBytes))}% ${p.rows} rijen`);
          }
        },
      });
      reports.push(...done);
      timings.push({ files: done.map((r) => r.file), rows: done.reduce((n, r) => n + r.rows, 0), read: (readDone - t0) / 1000, total: seconds(t0) });
    }
    return { reports, timings, total: seconds(started) };
  } finally {
    await handle.close();
  }
}

async function main() {
  const dir = values.map ?? (await mkdtemp(path.join(os.tmpdir(), 'vl-bench-import-')));
  await admin(`create database ${dbName}`);
  // For profiling: BENCH_LOG_STATEMENTS=500 logs every statement of the scratch database that
  // takes longer than 500 ms to the server's log, with its duration.
  const logMs = Number(process.env.BENCH_LOG_STATEMENTS);
  if (logMs > 0) await admin(`alter database ${dbName} set log_min_duration_statement = ${logMs}`);
  try {
    let generated: number | undefined;
    if (!values.map) {
      log(`genereren: ${pupils} leerlingen naar ${dir}`);
      const started = performance.now();
      await generateRegisters({ pupils, seed: 'bench', outDir: dir, peildatum: PEILDATUM });
      generated = seconds(started);
    }
    const migrate = openPostgres(url, 1);
    await migrateToLatest(migrate.db);
    await migrate.close();

    log('vloer: \\copy leerlingen.csv en inschrijvingen.csv (1)');
    const rawBefore = { leerlingen: rawCopy(dir, 'leerlingen'), inschrijvingen: rawCopy(dir, 'inschrijvingen') };
    log('import (eerste keer)');
    const [first, firstRss] = await peakRss(() => importAll(dir, 'import'));
    log('import (zelfde bestanden opnieuw)');
    const [again, againRss] = await peakRss(() => importAll(dir, 'opnieuw'));
    log('vloer: \\copy leerlingen.csv en inschrijvingen.csv (2)');
    const rawAfter = { leerlingen: rawCopy(dir, 'leerlingen'), inschrijvingen: rawCopy(dir, 'inschrijvingen') };

    const failed = [...first.reports, ...again.reports].filter((r) => r.resultaat !== 'geladen');
    if (failed.length > 0) throw new Error(`Import niet geladen: ${JSON.stringify(failed.map((r) => [r.file, r.errors.slice(0, 3)]))}`);
    const markdown = renderResults({
      date: new Date().toISOString(),
      pupils: first.reports.find((r) => r.soort === 'leerlingen')?.rows ?? 0,
      generated,
      raw: [rawBefore, rawAfter],
      first,
      again,
      rss: [firstRss, againRss],
      machine: `${os.cpus().length} CPU's (${os.cpus()[0]?.model ?? '?'}), load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`,
      server: execFileSync('psql', ['-X', '-At', url, '-c', 'show server_version'], { encoding: 'utf8' }).trim(),
    });
    const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');
    await mkdir(resultsDir, { recursive: true });
    const out = values.uit ?? path.join(resultsDir, `import-${new Date().toISOString().slice(0, 10)}.md`);
    await writeFile(out, markdown);
    process.stdout.write(`${markdown}\n(geschreven naar ${out})\n`);
  } finally {
    await admin(`drop database if exists ${dbName} with (force)`);
    if (!values.map) await rm(dir, { recursive: true, force: true });
  }
}

await main();
