// Which registers the demo loads, and which institutions and gemeenten the demo accounts get.
// The demo's registers go through the ordinary import, so the demo shows what a real load does
// (and the import's bookkeeping shows the demo's files on the Registers page).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { DB } from '../db/database';
import { generateRegisters } from '../modules/registers/generator/generate';
import type { Services } from '../services';

export interface DemoScopes {
  instelling1: string;
  instelling2: string;
  gemeente1: string;
  gemeente2: string;
}

/** Pupils in the demo: enough for a dozen demo meldingen at the demo schools, few enough to start in seconds. */
export const DEMO_LEERLINGEN = 2000;

/** A temporary folder for the demo's register files while `use` runs; removed afterwards. */
export async function withDemoDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'verzuimloket-demo-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Generates the demo registers (seed 'demo', peildatum today) into `dir` and loads them through the import; their peildatum. */
export async function loadDemoRegisters(s: Services, dir: string, log: (m: string) => void): Promise<string> {
  const { peildatum } = await generateRegisters({ pupils: DEMO_LEERLINGEN, seed: 'demo', outDir: dir });
  const reports = await s.registerImport.importFiles(await s.registerImport.filesIn(dir), {
    door: { gebruikerId: null, gebruikersnaam: 'systeem (demo)' },
    peildatum,
  });
  const refused = reports.filter((r) => r.resultaat !== 'geladen');
  if (refused.length > 0) {
    const first = refused[0]!.errors[0];
    throw new Error(`Demo-registers niet geladen: ${refused.map((r) => r.file).join(', ')}${first ? ` (regel ${first.line}: ${first.reason})` : ''}`);
  }
  log(`Demo-registers geladen: ${reports.map((r) => `${r.file} ${r.rows}`).join(', ')}`);
  return peildatum;
}

/**
 * The demo accounts' scopes, chosen so their screens have content: instelling1 has the most
 * current enrolments, instelling2 the next most; gemeente1 is where most pupils of
 * instelling1 live, gemeente2 the gemeente with the most pupils after that. Ties go to the
 * lowest code, so the same data gives the same choice.
 */
export async function pickDemoScopes(db: DB): Promise<DemoScopes> {
  const inst = await db
    .selectFrom('inschrijvingen')
    .select(['instellingscode', (eb) => eb.fn.countAll<string>().as('n')])
    .where('einddatum', 'is', null)
    .groupBy('instellingscode')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('instellingscode')
    .limit(2)
    .execute();
  const instelling1 = inst[0]?.instellingscode;
  const instelling2 = inst[1]?.instellingscode;
  if (!instelling1 || !instelling2) throw new Error('De demo heeft minstens twee instellingen met leerlingen in de registers nodig');

  const woont = await db
    .selectFrom('leerlingen as l')
    .select(['l.woongemeente_code as code', sql<number>`count(*) filter (where exists (
      select 1 from inschrijvingen i where i.pgn = l.pgn and i.instellingscode = ${instelling1} and i.einddatum is null))`.as('bij1')])
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('l.woongemeente_code', 'is not', null)
    .groupBy('l.woongemeente_code')
    .execute();
  const byCode = (a: { code: string | null }, b: { code: string | null }) => ((a.code ?? '') < (b.code ?? '') ? -1 : 1);
  const gemeente1 = [...woont].sort((a, b) => Number(b.bij1) - Number(a.bij1) || byCode(a, b))[0]?.code;
  const gemeente2 = woont.filter((g) => g.code !== gemeente1).sort((a, b) => Number(b.n) - Number(a.n) || byCode(a, b))[0]?.code;
  if (!gemeente1 || !gemeente2) throw new Error('De demo heeft minstens twee gemeenten met leerlingen in de registers nodig');
  return { instelling1, instelling2, gemeente1, gemeente2 };
}
