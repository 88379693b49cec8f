/**
 * Search benchmark (issue 5, "Speed at national scale"; R-RAA-1, R-UI-2): on PostgreSQL, in a
 * scratch database it creates and drops, 1.5 M leerlingen (generator + the real register
 * import) and 2 M meldingen over the ~1,500 instellingen with a Zipf-like skew and a realistic
 * status mix (data.ts). Then the real app in its own process (server.ts), logged in over HTTP
 * with password and TOTP as a melder of the LARGEST instelling, and autocannon at 10
 * connections against GET /verzuim/raadplegen: default filters (Geregistreerd + In
 * behandeling), sorted by every column in both directions, page 1 and the last page; a name
 * search by prefix and with %; all statuses; and in the same run the floors /bench/hallo
 * (bare) and /bench/hallo-sessie (behind login). Goal: p95 ≤ 20 ms for the search.
 * Also the gemeente scope through the repository (sequential, no HTTP), and the EXPLAIN
 * (ANALYZE, BUFFERS) of the main queries into src/modules/meldingen/raadplegen/zoeken.sql.md.
 * BENCH_HTML=<file> keeps the search page as measured; BENCH_CPU_PROF=<dir> a CPU profile of the app.
 *
 *   npx tsx bench/zoeken/run.ts [--leerlingen 1500000] [--meldingen 2000000] [--skew 0.6] [--duur 5]
 *       [--houd] [--database NAAM] [--alleen REGEX] [--workers N] [--uit BESTAND]
 *
 * Building the data takes 12–22 minutes at full size. --houd keeps the scratch database (its
 * name is printed); --database NAAM measures again on such a kept database without building;
 * --alleen REGEX measures only the cases whose name matches (while profiling); --workers N runs
 * the app in N processes, as the service does with WORKERS=N; --uit writes the report there
 * instead of bench/results (for trial runs). With --alleen the plans are not rewritten.
 *
 * DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test names the
 * server. Results: bench/results/zoeken-<date>.md. Never run by tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../../src/config';
import { openPostgres } from '../../src/db/database';
import { DEFAULT_DATABASE_TIMEOUTS, LONG_STATEMENT_MS } from '../../src/db/timeouts';
import { migrateToLatest } from '../../src/db/migrate';
import { currentCode, newTotpSecret } from '../../src/modules/auth/totp';
import { MELDING_SORTEERBAAR, telMeldingen, zoekMeldingen, type MeldingSort, type MeldingZoekFilter } from '../../src/modules/meldingen/raadplegen/zoeken.repository';
import { buildServices } from '../../src/services';
import { laadRegisters, maakMeldingen, STATUS_MIX } from './data';
import { cpuStand, cpuVerschil } from './proc-cpu';
import { schrijfExplain, type ExplainCase } from './explain';

const { values } = parseArgs({
  options: {
    leerlingen: { type: 'string', default: '1500000' },
    meldingen: { type: 'string', default: '2000000' },
    skew: { type: 'string', default: '0.6' },
    duur: { type: 'string', default: '5' },
    houd: { type: 'boolean', default: false },
    database: { type: 'string' },
    alleen: { type: 'string' },
    workers: { type: 'string', default: '1' },
    uit: { type: 'string' },
  },
});
const LEERLINGEN = Number(values.leerlingen);
const MELDINGEN = Number(values.meldingen);
const SKEW = Number(values.skew);
const DUUR = Number(values.duur);
const WORKERS = Number(values.workers);
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const dbName = values.database ?? `vl_bench_zoeken_${randomBytes(4).toString('hex')}`;
const hergebruik = values.database !== undefined;
const url = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const here = path.dirname(fileURLToPath(import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);
const WACHTWOORD = 'een-lang-bench-wachtwoord';

async function admin(statement: string) {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

const pct = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

interface Meting {
  naam: string;
  pad: string;
  n: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  fouten: number;
  /** CPU time per request (µs, user + system) of the app's processes, PostgreSQL's and autocannon's. */
  cpu?: { app: number; postgres: number; bench: number };
}

/** autocannon at 10 connections; p95 from every response time (autocannon itself reports p97.5). */
function meet(naam: string, base: string, pad: string, cookie: string, duur = DUUR): Promise<Meting> {
  return new Promise((resolve, reject) => {
    const tijden: number[] = [];
    const inst = autocannon({ url: `${base}${pad}`, connections: 10, duration: duur, headers: { cookie, accept: 'text/html' } }, (err, res) => {
      if (err) return reject(err instanceof Error ? err : new Error(String(err)));
      const s = [...tijden].sort((a, b) => a - b);
      resolve({ naam, pad, n: s.length, rps: res.requests.average, p50: pct(s, 50), p95: pct(s, 95), p99: pct(s, 99), fouten: res.non2xx + res.errors + res.timeouts });
    });
    inst.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => tijden.push(ms));
  });
}

/** Logs in through the real pages (password, then the TOTP code); the session cookie header. */
async function inloggen(base: string, gebruikersnaam: string, secret: string): Promise<string> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const req = async (pad: string, form?: Record<string, string>) => {
    const res = await fetch(`${base}${pad}`, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: cookie(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const [kv] = c.split(';');
      const i = kv!.indexOf('=');
      jar.set(kv!.slice(0, i), kv!.slice(i + 1));
    }
    return { res, html: await res.text() };
  };
  const csrf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const a = await req('/inloggen');
  const b = await req('/inloggen', { _csrf: csrf(a.html), gebruikersnaam, wachtwoord: WACHTWOORD });
  if (b.res.status !== 303) throw new Error(`wachtwoord geweigerd: ${b.res.status}`);
  const c = await req(String(b.res.headers.get('location')));
  const d = await req('/inloggen/code', { _csrf: csrf(c.html), code: currentCode(secret) });
  if (d.res.status !== 303) throw new Error(`code geweigerd: ${d.res.status}`);
  return cookie();
}

async function startServer(): Promise<{ proc: ChildProcess; base: string }> {
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops.
  const prof = process.env.BENCH_CPU_PROF;
  const proc = prof
    ? spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${prof}`, '--import', 'tsx', path.join(here, 'server.ts')], { env: { ...process.env, DATABASE_URL: url, BENCH_WORKERS: String(WORKERS) }, stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(path.resolve(here, '../../node_modules/.bin/tsx'), [path.join(here, 'server.ts')], { env: { ...process.env, DATABASE_URL: url, BENCH_WORKERS: String(WORKERS) }, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout }).once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`server stopte (${code})`)));
  });
  return { proc, base: `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}` };
}

const filterVan = (o: Partial<MeldingZoekFilter> = {}): MeldingZoekFilter => ({
  statussen: ['R', 'B'], pgn: null, achternaam: null, nummer: null, soort: null, periodeVan: null, periodeTm: null, onderwijslocatie: null, prioriteit: null, instellingscode: null, ...o,
});

async function main() {
  const map = await mkdtemp(path.join(os.tmpdir(), 'vl-bench-zoeken-'));
  if (!hergebruik) await admin(`create database ${dbName}`);
  let server: ChildProcess | undefined;
  // Generating national-scale data runs statements of minutes (and a VACUUM outside any
  // transaction): not the pages' statement timeout. The server under test keeps its defaults.
  const handle = openPostgres(url, 4, { ...DEFAULT_DATABASE_TIMEOUTS, statementMs: LONG_STATEMENT_MS });
  try {
    const { db } = handle;
    await migrateToLatest(db);
    const opnieuw = { genereren: '-', importeren: '-' };
    const laden = hergebruik ? opnieuw : await laadRegisters(db, { leerlingen: LEERLINGEN, map, peildatum: '2026-10-01' });
    const maken = hergebruik ? { seconden: '-' } : await maakMeldingen(db, { meldingen: MELDINGEN, skew: SKEW });
    if (values.houd) log(`database ${dbName} blijft bestaan (--database ${dbName})`);

    const { rows: perInstelling } = await sql<{ instellingscode: string; n: number }>`
      select instellingscode, count(*)::int as n from meldingen group by 1 order by 2 desc, 1`.execute(db);
    const { rows: perStatus } = await sql<{ status: string; n: number }>`select status, count(*)::int as n from meldingen group by 1 order by 1`.execute(db);
    const { rows: perGemeente } = await sql<{ gemeentecode: string; n: number }>`select gemeentecode, count(*)::int as n from meldingen group by 1 order by 2 desc, 1 limit 1`.execute(db);
    const { rows: tellingen } = await sql<{ leerlingen: number; meldingen: number }>`select (select count(*)::int from leerlingen) as leerlingen, (select count(*)::int from meldingen) as meldingen`.execute(db);
    // The counters of migration 0009 (kept by statement triggers during the bulk insert) against
    // a full count: any difference stops the run.
    const { rows: verschil } = await sql<{ n: number }>`
      select count(*)::int as n from (
        select 'I' as scope, instellingscode as code, status, count(*) as n from meldingen group by 2, 3
        union all select 'G', gemeentecode, status, count(*) from meldingen group by 2, 3
      ) t full join melding_aantallen a on a.scope = t.scope and a.code = t.code and a.status = t.status
      where coalesce(t.n, 0) <> coalesce(a.aantal, 0)`.execute(db);
    if (verschil[0]!.n !== 0) throw new Error(`melding_aantallen wijkt af van count(*) in ${verschil[0]!.n} rijen`);
    log('melding_aantallen = count(*) voor elke (instelling|gemeente, status)');
    const grootste = perInstelling[0]!;
    const mediaan = perInstelling[Math.floor(perInstelling.length / 2)]!.n;
    const gemeente = perGemeente[0]!;
    const scope = { instellingscode: grootste.instellingscode };
    const standaard = await telMeldingen(db, scope, filterVan());
    const alle = await telMeldingen(db, scope, filterVan({ statussen: ['R', 'B', 'G', 'K', 'I'] }));
    const laatste = Math.max(1, Math.ceil(standaard / 10));
    const laatsteAlle = Math.max(1, Math.ceil(alle / 10));
    log(`grootste instelling ${grootste.instellingscode}: ${grootste.n} meldingen, ${standaard} Geregistreerd/In behandeling (${laatste} pagina's)`);

    // A melder of the largest instelling, with a token generator.
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, DEMO_DATA: 'false' }, '/nonexistent/.env');
    const s = buildServices({ db, config });
    const systeem = { gebruikerId: null, gebruikersnaam: 'bench' };
    const benchNaam = `bench-${randomBytes(3).toString('hex')}`;
    const user = await s.gebruikers.create({ gebruikersnaam: benchNaam, weergavenaam: 'Bench', email: '', wachtwoord: WACHTWOORD }, systeem);
    if (!user.ok) throw new Error(user.message);
    const secret = newTotpSecret();
    await s.gebruikers.setTotpSecret(user.value, secret, systeem);
    const rol = await s.gebruikers.addRol(user.value, { rol: 'melder', code: grootste.instellingscode }, systeem);
    if (!rol.ok) throw new Error(rol.message);

    const started = await startServer();
    server = started.proc;
    const { base } = started;
    const cookie = await inloggen(base, benchNaam, secret);
    const check = await fetch(`${base}/verzuim/raadplegen`, { headers: { cookie } });
    const checkHtml = await check.text();
    if (check.status !== 200 || !checkHtml.includes('verzuimmeldingen gevonden')) throw new Error(`zoekpagina: ${check.status}`);
    if (process.env.BENCH_HTML) await writeFile(process.env.BENCH_HTML, checkHtml);

    const zoek = (qs: string) => `/verzuim/raadplegen?status=R&status=B&${qs}`;
    const cases: { naam: string; pad: string }[] = [
      { naam: 'hello world (bare route, no session)', pad: '/bench/hallo' },
      { naam: 'hello world behind login (session + user)', pad: '/bench/hallo-sessie' },
      { naam: 'standaard (datum melding, nieuwste eerst), pagina 1', pad: '/verzuim/raadplegen' },
    ];
    for (const sort of MELDING_SORTEERBAAR) {
      for (const dir of ['asc', 'desc'] as const) {
        cases.push({ naam: `${sort} ${dir}, pagina 1`, pad: zoek(`sorteer=${sort}&richting=${dir}&pagina=1`) });
        cases.push({ naam: `${sort} ${dir}, laatste pagina (${laatste})`, pad: zoek(`sorteer=${sort}&richting=${dir}&pagina=${laatste}`) });
      }
    }
    cases.push({ naam: `midden (pagina ${Math.ceil(laatste / 2)}), naam asc`, pad: zoek(`sorteer=naam&richting=asc&pagina=${Math.ceil(laatste / 2)}`) });
    cases.push({ naam: 'achternaam begint met "de" (R-UI-1), naam asc', pad: zoek('achternaam=de&sorteer=naam&richting=asc') });
    cases.push({ naam: 'achternaam "%berg" (R-UI-1 %), naam asc', pad: zoek('achternaam=%25berg&sorteer=naam&richting=asc') });
    cases.push({ naam: `alle vijf statussen (${alle}), pagina 1`, pad: '/verzuim/raadplegen?status=R&status=B&status=G&status=K&status=I&sorteer=datum&richting=desc' });
    cases.push({ naam: `alle vijf statussen, laatste pagina (${laatsteAlle})`, pad: `/verzuim/raadplegen?status=R&status=B&status=G&status=K&status=I&sorteer=datum&richting=desc&pagina=${laatsteAlle}` });

    const belastingStart = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
    log(`load average ${belastingStart}; opwarmen…`);
    await meet('opwarmen', base, '/verzuim/raadplegen', cookie, 3);
    const metingen: Meting[] = [];
    const alleen = values.alleen ? new RegExp(values.alleen) : null;
    for (const c of cases.filter((k) => !alleen || alleen.test(k.naam))) {
      const voor = cpuStand(server.pid!, dbName);
      const m = await meet(c.naam, base, c.pad, cookie);
      const d = cpuVerschil(voor, cpuStand(server.pid!, dbName));
      m.cpu = { app: d.app / m.n, postgres: d.postgres / m.n, bench: d.bench / m.n };
      log(`${c.naam.padEnd(48)} p50 ${m.p50.toFixed(1)} ms  p95 ${m.p95.toFixed(1)} ms  ${Math.round(m.rps)} req/s  cpu µs/req: app ${Math.round(m.cpu.app)}, postgres ${Math.round(m.cpu.postgres)}, autocannon ${Math.round(m.cpu.bench)}${m.fouten ? `  FOUTEN ${m.fouten}` : ''}`);
      metingen.push(m);
    }
    // The floors again at the end: the machine is shared, and the first may have been lucky.
    if (!alleen) metingen.push({ ...(await meet('hello world (bare), opnieuw aan het eind', base, '/bench/hallo', cookie)) });

    // The gemeente scope through the repository (its pages are another issue's), one at a time.
    const gemeenteTijden: { naam: string; p50: number; p95: number }[] = [];
    const gScope = { gemeentecode: gemeente.gemeentecode };
    const gTotal = await telMeldingen(db, gScope, filterVan());
    for (const [naam, page] of [['pagina 1', 1], ['laatste pagina', Math.max(1, Math.ceil(gTotal / 10))]] as const) {
      for (const sort of ['datum', 'naam'] as MeldingSort[]) {
        const t: number[] = [];
        for (let i = 0; i < 220; i++) {
          const t0 = performance.now();
          await zoekMeldingen(db, gScope, filterVan(), { page, perPage: 10, sort, dir: 'desc' });
          if (i >= 20) t.push(performance.now() - t0);
        }
        t.sort((a, b) => a - b);
        gemeenteTijden.push({ naam: `${sort} desc, ${naam}`, p50: pct(t, 50), p95: pct(t, 95) });
      }
    }

    if (!alleen) log('EXPLAIN…');
    const explainCases: ExplainCase[] = [
      { titel: `School, standaard: Geregistreerd + In behandeling, datum melding nieuwste eerst, pagina 1 (instelling ${grootste.instellingscode}, ${standaard} treffers)`, scope, filter: filterVan(), state: { page: 1, perPage: 10, sort: 'datum', dir: 'desc' } },
      { titel: `School, standaard, laatste pagina (${laatste}), zonder bekend totaal: eerst geteld, dan van achteren gelezen`, scope, filter: filterVan(), state: { page: laatste, perPage: 10, sort: 'datum', dir: 'desc' } },
      { titel: `School, standaard, laatste pagina (${laatste}), na pagina 1 (totaal als hint): één statement, van achteren gelezen`, scope, filter: filterVan(), state: { page: laatste, perPage: 10, sort: 'datum', dir: 'desc' }, hint: standaard },
      { titel: 'School, gesorteerd op naam, pagina 1', scope, filter: filterVan(), state: { page: 1, perPage: 10, sort: 'naam', dir: 'asc' } },
      { titel: `School, gesorteerd op naam, middelste pagina (${Math.ceil(laatste / 2)}) na pagina 1: de duurste`, scope, filter: filterVan(), state: { page: Math.ceil(laatste / 2), perPage: 10, sort: 'naam', dir: 'asc' }, hint: standaard },
      { titel: 'School, achternaam begint met "de" (R-UI-1)', scope, filter: filterVan({ achternaam: 'de' }), state: { page: 1, perPage: 10, sort: 'naam', dir: 'asc' } },
      { titel: 'School, achternaam "%berg" (R-UI-1, trigram)', scope, filter: filterVan({ achternaam: '%berg' }), state: { page: 1, perPage: 10, sort: 'naam', dir: 'asc' } },
      { titel: 'School, alle statussen, periode 01-01-2022 t/m 31-03-2022, soort V3', scope, filter: filterVan({ statussen: ['R', 'B', 'G', 'K', 'I'], periodeVan: '2022-01-01', periodeTm: '2022-03-31', soort: 'V3' }), state: { page: 1, perPage: 10, sort: 'periode', dir: 'asc' } },
      { titel: `Gemeente ${gemeente.gemeentecode} (de grootste), standaard, datum melding nieuwste eerst, pagina 1`, scope: gScope, filter: filterVan(), state: { page: 1, perPage: 10, sort: 'datum', dir: 'desc' } },
      { titel: `Gemeente ${gemeente.gemeentecode}, met prioriteit, op naam`, scope: gScope, filter: filterVan({ prioriteit: true }), state: { page: 1, perPage: 10, sort: 'naam', dir: 'asc' } },
      { titel: 'CSV-export, tweede batch (keyset na de eerste 1.000), alle statussen op nummer', scope, filter: filterVan({ statussen: ['R', 'B', 'G', 'K', 'I'] }), export: { sort: 'nummer', dir: 'asc' } },
    ];
    const versie = (await sql<{ v: string }>`select version() as v`.execute(db)).rows[0]!.v.split(' on ')[0]!;
    if (!alleen) await schrijfExplain(
      url,
      explainCases,
      path.resolve(here, '../../src/modules/meldingen/raadplegen/zoeken.sql.md'),
      [
        '# The melding search: SQL and plans',
        '',
        'Generated by `npm run bench -- zoeken` (bench/zoeken/explain.ts); do not edit by hand. The SQL is what',
        '`zoeken.repository.ts` sends (captured from Kysely), the plans are `EXPLAIN (ANALYZE, BUFFERS)` on the',
        `benchmark's data: ${tellingen[0]!.leerlingen.toLocaleString('en')} leerlingen, ${tellingen[0]!.meldingen.toLocaleString('en')} meldingen over ${perInstelling.length} instellingen, ${versie}.`,
        'What to look for: every status branch an Index Only Scan on `meldingen_instelling_<sort>` (or',
        '`meldingen_gemeente_<sort>`) under a Merge Append, no Sort over all matches; the count of a',
        'statuses-only filter a read of a few rows of `melding_aantallen` (its primary key, migration',
        '0009), any other count an Index Only Scan per status. A Seq Scan, a Bitmap Heap Scan over the',
        'whole instelling or a Sort of thousands of rows means an index was lost.',
        '',
      ].join('\n'),
    );

    const rapport = [
      `# Raadplegen verzuim: zoeken op landelijke schaal — ${new Date().toISOString().slice(0, 10)}`,
      '',
      `${versie}; ${os.cpus().length} CPU's (${os.cpus()[0]?.model ?? '?'}), shared with other work: load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
      `Produced by \`npm run bench -- zoeken\` (bench/zoeken/run.ts). Data: ${tellingen[0]!.leerlingen.toLocaleString('en')} leerlingen generated (${laden.genereren} s) and loaded by the real register import (${laden.importeren} s); ${tellingen[0]!.meldingen.toLocaleString('en')} meldingen made in SQL from them (${maken.seconden} s, indexes built once afterwards) over ${perInstelling.length} instellingen, Zipf-like skew r^-${SKEW}: largest ${grootste.n.toLocaleString('en')} (${grootste.instellingscode}), then ${perInstelling.slice(1, 4).map((p) => p.n.toLocaleString('en')).join(', ')}; median ${mediaan}.`,
      `Status mix: ${perStatus.map((p) => `${p.status} ${p.n.toLocaleString('en')}`).join(', ')} (target ${Object.entries(STATUS_MIX).map(([k, v]) => `${k} ${Math.round(v * 100)}%`).join(', ')}).`,
      '',
      `HTTP: the real app in its own process${WORKERS > 1 ? ` with ${WORKERS} workers (WORKERS=${WORKERS})` : ' (WORKERS=1)'}, logged in (password + TOTP) as a melder of ${grootste.instellingscode}; autocannon 9, 10 connections, ${DUUR} s per case, after a 3 s warm-up; p50/p95/p99 over every response. Each search request also writes its audit line. Load average when the measuring started: ${belastingStart}.`,
      `Default filters: Geregistreerd + In behandeling = ${standaard.toLocaleString('en')} meldingen, ${laatste} pages of 10. **Goal: p95 ≤ 20 ms.**`,
      '',
      'CPU per request (µs, user + system, from /proc): the app\'s processes, PostgreSQL\'s (its shared processes and the backends of this database), and autocannon in the bench process. With both cores full, their sum is what one request costs the machine.',
      '',
      '| case | requests | req/s | p50 ms | p95 ms | p99 ms | CPU app | CPU PostgreSQL | CPU autocannon | non-2xx/errors |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...metingen.map((m) => `| ${m.naam} | ${m.n} | ${Math.round(m.rps)} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.cpu ? Math.round(m.cpu.app) : ''} | ${m.cpu ? Math.round(m.cpu.postgres) : ''} | ${m.cpu ? Math.round(m.cpu.bench) : ''} | ${m.fouten} |`),
      '',
      `Gemeente scope (repository only, one at a time, 200 runs after 20 warm-up; the gemeente pages are issue 6): gemeente ${gemeente.gemeentecode} with ${gemeente.n.toLocaleString('en')} meldingen, ${gTotal.toLocaleString('en')} Geregistreerd/In behandeling.`,
      '',
      '| case | p50 ms | p95 ms |',
      '|---|---:|---:|',
      ...gemeenteTijden.map((g) => `| ${g.naam} | ${g.p50.toFixed(2)} | ${g.p95.toFixed(2)} |`),
      '',
      'Plans of the main queries: src/modules/meldingen/raadplegen/zoeken.sql.md (written by this run).',
      '',
    ].join('\n');
    process.stdout.write(rapport);
    const dir = path.resolve(here, '../results');
    await mkdir(dir, { recursive: true });
    await writeFile(values.uit ?? path.join(dir, `zoeken-${new Date().toISOString().slice(0, 10)}${WORKERS > 1 ? `-workers${WORKERS}` : ''}.md`), rapport);
  } finally {
    if (server) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    await handle.close();
    if (!values.houd && !hergebruik) await admin(`drop database if exists ${dbName} with (force)`);
    await rm(map, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  log(String(err instanceof Error ? (err.stack ?? err.message) : err));
  process.exitCode = 1;
});
