/**
 * Loads the real public reference data from reference-data/ (see its SOURCES.md) into
 * lookup structures for the generator, and checks it on the way in: a broken reference file
 * should stop the generator with a clear message, not produce subtly wrong demo data.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsvFile } from './csv.js';
import { validateGemeentecode, validateInstellingscode, validateVestigingscode } from '../validation.js';

export interface Gemeente {
  code: string;
  naam: string;
  provincie: string;
  rmcRegioCode: string;
}

export interface RmcRegio {
  code: string;
  naam: string;
}

export type Onderwijssoort = 'vo' | 'vso';

export interface Vestiging {
  instellingscode: string;
  vestigingscode: string; // the 2-digit number within the instelling (R-REG-2), not DUO's 6-char code
  naam: string;
  plaats: string;
  gemeentecode: string;
  soort: Onderwijssoort;
}

export interface Achternaam {
  voorvoegsel: string;
  geslachtsnaam: string;
}

export interface ReferenceData {
  gemeenten: Gemeente[];
  regios: RmcRegio[];
  vestigingen: Vestiging[];
  /** PC4s per gemeentecode, in file order. */
  pc4PerGemeente: Map<string, string[]>;
  voornamen: { M: string[]; V: string[] };
  achternamen: Achternaam[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Folder of the reference CSVs: `REFERENCE_DATA_DIR`, else the repository's own `reference-data/`
 * (kept in the repository, so a fresh clone can generate demo and bench data on its own).
 * @example referenceDataDir() // '/srv/verzuimloket/reference-data'
 */
export function referenceDataDir(): string {
  return process.env.REFERENCE_DATA_DIR ?? path.resolve(repoRoot, 'reference-data');
}

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`Reference data: ${message}`);
}

/**
 * Reads and cross-checks all reference files.
 * @example const ref = await loadReferenceData(); ref.gemeenten.length // 342
 */
export async function loadReferenceData(dir: string = referenceDataDir()): Promise<ReferenceData> {
  const read = (file: string) => readCsvFile(path.join(dir, file));
  const [gemeenteRows, regioRows, rmcRows, voRows, vsoRows, pc4Rows, voornaamRows, achternaamRows] = await Promise.all([
    read('gemeenten.csv'),
    read('rmc-regios.csv'),
    read('rmc-gemeenten.csv'),
    read('scholen-vo.csv'),
    read('scholen-vso.csv'),
    read('pc4-gemeenten.csv'),
    read('voornamen.csv'),
    read('achternamen.csv'),
  ]);

  const regios = regioRows.map((r) => ({ code: r.rmc_regio_code ?? '', naam: r.rmc_regio_naam ?? '' }));
  const regioCodes = new Set(regios.map((r) => r.code));
  const regioOf = new Map(rmcRows.map((r) => [r.gemeentecode ?? '', r.rmc_regio_code ?? '']));

  const gemeenten = gemeenteRows.map((r): Gemeente => {
    const code = r.gemeentecode ?? '';
    need(validateGemeentecode(code).ok, `bad gemeentecode ${code}`);
    const rmcRegioCode = regioOf.get(code) ?? '';
    need(regioCodes.has(rmcRegioCode), `gemeente ${code} has no known RMC-regio`);
    return { code, naam: r.gemeentenaam ?? '', provincie: r.provincie ?? '', rmcRegioCode };
  });
  const gemeenteCodes = new Set(gemeenten.map((g) => g.code));

  const pc4PerGemeente = new Map<string, string[]>();
  for (const r of pc4Rows) {
    const code = r.gemeentecode ?? '';
    need(/^[1-9]\d{3}$/.test(r.pc4 ?? ''), `bad pc4 ${r.pc4}`);
    if (!gemeenteCodes.has(code)) continue; // a PC4 of a gemeente that no longer exists cannot be a woonadres
    const list = pc4PerGemeente.get(code) ?? [];
    list.push(r.pc4 ?? '');
    pc4PerGemeente.set(code, list);
  }
  for (const g of gemeenten) need(pc4PerGemeente.has(g.code), `gemeente ${g.code} has no PC4`);

  const vestiging = (soort: Onderwijssoort) => (r: Record<string, string>): Vestiging => {
    const v: Vestiging = {
      instellingscode: r.brin ?? '',
      vestigingscode: r.vestigingsnummer ?? '',
      naam: r.vestigingsnaam ?? '',
      plaats: r.plaats ?? '',
      gemeentecode: r.gemeentecode ?? '',
      soort,
    };
    need(validateInstellingscode(v.instellingscode).ok, `bad brin ${v.instellingscode}`);
    need(validateVestigingscode(v.vestigingscode).ok, `bad vestigingsnummer ${v.instellingscode} ${v.vestigingscode}`);
    need(gemeenteCodes.has(v.gemeentecode), `school ${v.instellingscode}${v.vestigingscode} in unknown gemeente`);
    return v;
  };
  const vestigingen = [...voRows.map(vestiging('vo')), ...vsoRows.map(vestiging('vso'))];
  const keys = new Set(vestigingen.map((v) => v.instellingscode + v.vestigingscode));
  need(keys.size === vestigingen.length, 'duplicate instellingscode + vestigingscode across the school files');

  const voornamen = { M: [] as string[], V: [] as string[] };
  for (const r of voornaamRows) {
    if (r.geslacht === 'M' || r.geslacht === 'V') voornamen[r.geslacht].push(r.voornaam ?? '');
  }
  need(voornamen.M.length > 0 && voornamen.V.length > 0, 'voornamen.csv needs names for M and V');
  const achternamen = achternaamRows.map((r) => ({ voorvoegsel: r.voorvoegsel ?? '', geslachtsnaam: r.geslachtsnaam ?? '' }));
  need(achternamen.length > 0, 'achternamen.csv is empty');

  return { gemeenten, regios, vestigingen, pc4PerGemeente, voornamen, achternamen };
}
