/**
 * Save benchmark (R-MEL-16 … R-MEL-18): on PostgreSQL, in a scratch database it creates and
 * drops, the time of one Opslaan: the save service re-validating every step from the draft,
 * re-reading the facts (ROD, RIO, Beheer lists, the pupil's meldingen), and the one
 * transaction that writes the melding, version 1, two outbox mails and the audit line and
 * deletes the draft. Drafts are prepared beforehand; only `opslaan` is timed, one at a time.
 * Existing meldingen (default 200,000) give the indexes and the exclusion constraint a
 * realistic size.
 *
 *   npx tsx bench/meldingen/save.ts [--saves 1000] [--bestaand 200000]
 *
 * DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test names the
 * server. Results: bench/results/meldingen-save-<date>.md. Never run by tests.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../../src/config';
import { openPostgres } from '../../src/db/database';
import { DEFAULT_DATABASE_TIMEOUTS, LONG_STATEMENT_MS } from '../../src/db/timeouts';
import { migrateToLatest } from '../../src/db/migrate';
import type { MeldingActor } from '../../src/modules/meldingen/actor';
import { vandaagIn } from '../../src/platform/datum';
import { naarConceptInvoer } from '../../src/modules/meldingen/wizard/steps';
import { buildServices } from '../../src/services';

const { values } = parseArgs({ options: { saves: { type: 'string', default: '1000' }, bestaand: { type: 'string', default: '200000' } } });
const SAVES = Number(values.saves);
const WARMUP = 50;
const BESTAAND = Number(values.bestaand);
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `vl_bench_save_${randomBytes(4).toString('hex')}`;
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

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  await admin(`create database ${dbName}`);
  // Seeding the existing meldingen is one long statement: not the pages' 5 s limit.
  const handle = openPostgres(url, 10, { ...DEFAULT_DATABASE_TIMEOUTS, statementMs: LONG_STATEMENT_MS });
  try {
    const { db } = handle;
    await migrateToLatest(db);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, DEMO_DATA: 'false', BASE_URL: 'https://verzuimloket.example' }, '/nonexistent/.env');
    const s = buildServices({ db, config });

    log('seeding registers…');
    await sql`insert into rmc_regios (code, naam) values ('13', 'Agglomeratie Amsterdam')`.execute(db);
    await sql`insert into gemeenten (gemeentecode, naam, email_meldingen, rmc_regio_code) values ('0363', 'Amsterdam', 'leerplicht@amsterdam.example', '13')`.execute(db);
    await sql`update rmc_regios set contactgemeente_code = '0363'`.execute(db);
    await sql`insert into instellingen (instellingscode, naam) values ('01AB', 'Het Lyceum')`.execute(db);
    await sql`insert into vestigingen (instellingscode, vestigingscode, naam, plaats, gemeentecode) values ('01AB', '01', 'Het Lyceum', 'Amsterdam', '0363')`.execute(db);
    await sql`insert into onderwijsaanbieders (oac, instellingscode, naam) values ('110A133', '01AB', 'Het Lyceum')`.execute(db);
    await sql`insert into onderwijslocaties (olc, instellingscode, postcode, huisnummer) values ('110X912', '01AB', '1011AB', 7)`.execute(db);
    const pupils = BESTAAND + SAVES + WARMUP;
    // Synthetic 9-digit PGNs (the schema checks the format; the 11-proef is the form's job).
    await sql`insert into leerlingen (pgn, voornamen, achternaam, geboortedatum, geslacht, straat, huisnummer, postcode, plaats, woongemeente_code, woont_in_buitenland, startkwalificatie)
      select lpad(n::text, 9, '0'), 'Sanne', 'Dijk' || n, date '2014-01-01' + (n % 1000), 'V', 'Dorpsstraat', 1 + n % 200, '1011AB', 'Amsterdam', '0363', false, false
      from generate_series(1, ${pupils}) n`.execute(db);
    await sql`insert into inschrijvingen (pgn, instellingscode, vestigingscode, begindatum, hoofdinschrijving)
      select lpad(n::text, 9, '0'), '01AB', '01', date '2020-08-01', true from generate_series(1, ${pupils}) n`.execute(db);
    log(`seeding ${BESTAAND} existing meldingen…`);
    await sql`select setval('melding_nummer_seq', ${BESTAAND})`.execute(db);
    await sql`insert into meldingen (nummer, status, pgn, achternaam, instellingscode, gemeentecode, soort, begindatum, einddatum, inhoud, aangemaakt_op, gewijzigd_op)
      select '2025-' || lpad(n::text, 7, '0'), (array['R','B','G','K','I'])[1 + n % 5], lpad(n::text, 9, '0'), 'Dijk' || n, '01AB', '0363', 'V3',
             date '2025-09-01' + (n % 200), date '2025-09-01' + (n % 200) + 10, '{}'::jsonb, now(), now()
      from generate_series(1, ${BESTAAND}) n`.execute(db);
    await sql`analyze`.execute(db);

    const user = await s.gebruikers.create({ gebruikersnaam: 'bench', weergavenaam: 'Bench', email: '', wachtwoord: 'een-lang-bench-wachtwoord' }, { gebruikerId: null, gebruikersnaam: 'bench' });
    if (!user.ok) throw new Error(user.message);
    const actor: MeldingActor = { instellingscode: '01AB', gebruikerId: user.value, gebruikersnaam: 'bench', weergavenaam: 'Bench', ip: null };
    const loc = await s.locaties.toevoegen({ instellingscode: '01AB', gebruikerId: user.value, gebruikersnaam: 'bench', ip: null }, { naam: 'Hoofdgebouw' });
    if (!loc.ok) throw new Error('locatie');
    const vandaag = vandaagIn(new Date());
    const invoer = naarConceptInvoer({
      leerling: { telefoon: '020 765 43 21', email: 'ouder@example.nl', extraContacten: [{ naam: 'Oma', relatie: 'oma', telefoon: '', email: '' }], afwijkendAdres: null },
      verzuim: {
        van: vandaag, tm: null, soort: 'V3', verbijzondering: null, reden: 'afwezig vanwege ziekte', allesGemist: false, toelichting: 'Vaak het eerste uur afwezig',
        actieGewenst: true, toelichtingActieGewenst: '', prioriteit: false, onderwijsaanbieder: { code: '110A133', naam: 'Het Lyceum' },
        onderwijslocatie: { code: '110X912', postcode: '1011AB', huisnummer: '7' }, locatie: { id: loc.value.id, naam: 'Hoofdgebouw' },
        contactpersoon: { naam: 'Piet Jansen', functie: 'Mentor', telefoon: '020 123 45 67', email: 'piet@school.example', kopie: true },
      },
      lesuren: { dagen: [{ datum: vandaag, heleDag: true, lesuren: [], toelichting: '' }] },
      acties: { acties: ['gesprek_leerling', 'huisbezoek'], toelichting: '' },
    });
    log(`preparing ${SAVES + WARMUP} drafts…`);
    const drafts: string[] = [];
    for (let i = 1; i <= SAVES + WARMUP; i++) {
      const id = await s.meldingen.concepten.starten(actor, String(BESTAAND + i).padStart(9, '0'), invoer);
      const concept = await s.meldingen.concepten.vind(actor, id);
      await s.meldingen.concepten.bewaar(actor, concept, invoer, ['leerling', 'verzuim', 'lesuren', 'acties']);
      drafts.push(id);
    }

    log('saving…');
    const times: number[] = [];
    for (const [i, id] of drafts.entries()) {
      const t0 = performance.now();
      const r = await s.meldingen.opvoeren.opslaan(actor, id);
      const ms = performance.now() - t0;
      if (r.soort !== 'opgeslagen') throw new Error(`save ${i}: ${r.soort}`);
      if (i >= WARMUP) times.push(ms);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    const { rows } = await sql<{ v: string }>`select version() as v`.execute(db);
    const report = [
      `# Opslaan van een melding — ${new Date().toISOString().slice(0, 10)}`,
      '',
      `${rows[0]!.v.split(' on ')[0]}, ${BESTAAND.toLocaleString('en')} existing meldingen, ${SAVES} saves one at a time after ${WARMUP} warm-up saves.`,
      'Timed: `meldingService.opslaan` (re-validate all steps from the draft, read facts, one transaction: melding + version + 2 mails + audit + delete draft). Not timed: HTTP, session, rendering.',
      '',
      '| saves | mean ms | p50 ms | p95 ms | p99 ms | max ms |',
      '|---:|---:|---:|---:|---:|---:|',
      `| ${times.length} | ${mean.toFixed(2)} | ${pct(sorted, 50).toFixed(2)} | ${pct(sorted, 95).toFixed(2)} | ${pct(sorted, 99).toFixed(2)} | ${sorted.at(-1)!.toFixed(2)} |`,
      '',
    ].join('\n');
    process.stdout.write(report);
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `meldingen-save-${new Date().toISOString().slice(0, 10)}.md`), report);
  } finally {
    await handle.close();
    await admin(`drop database if exists ${dbName} with (force)`);
  }
}

main().catch((err: unknown) => {
  log(String(err instanceof Error ? (err.stack ?? err.message) : err));
  process.exitCode = 1;
});
