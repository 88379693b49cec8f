/**
 * Writes the registry CSV files the import reads (docs/registers-csv.md), one per registry.
 * Pupils are produced and written in batches, waiting for the disk between batches, so memory
 * stays flat whether it is 2,000 or 1,500,000 leerlingen.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { todayInNetherlands } from './calendar.js';
import { CsvWriter } from './csv.js';
import { INSCHRIJVINGEN_COLUMNS, LEERLINGEN_COLUMNS, PupilFactory } from './leerling.js';
import { PgnSequence } from './pgn.js';
import { Random } from './random.js';
import { loadReferenceData, referenceDataDir } from './reference-data.js';
import {
  GEMEENTEN_COLUMNS, INSTELLINGEN_COLUMNS, RIO_AANBIEDERS_COLUMNS, RIO_LOCATIES_COLUMNS, RMC_REGIOS_COLUMNS,
  gemeentenRows, instellingRows, rioAanbiederRows, rioLocatieRows, rmcRegioRows,
} from './registries.js';

export interface GenerateOptions {
  pupils: number;
  /** Same seed (and peildatum and reference data) → byte-identical files. */
  seed: string | number;
  outDir: string;
  /** Ages and enrolment dates are relative to this ISO date; default today in the Netherlands. */
  peildatum?: string;
  /** Reference data folder; default `referenceDataDir()`. */
  dataDir?: string;
  /** Called after every batch and once at the end. */
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface GenerateResult {
  peildatum: string;
  /** Data rows (header excluded) per file name. */
  rows: Record<string, number>;
}

export const REGISTER_FILES = {
  gemeenten: 'gemeenten.csv',
  rmcRegios: 'rmc-regios.csv',
  instellingen: 'instellingen.csv',
  rioAanbieders: 'rio-aanbieders.csv',
  rioLocaties: 'rio-locaties.csv',
  leerlingen: 'leerlingen.csv',
  inschrijvingen: 'inschrijvingen.csv',
} as const;

const BATCH = 5_000; // pupils between back-pressure checks and progress calls

/**
 * Generates all registry files into `outDir` (created if missing, files overwritten).
 * @example await generateRegisters({ pupils: 2000, seed: 42, outDir: '/tmp/registers', peildatum: '2025-10-01' })
 */
export async function generateRegisters(options: GenerateOptions): Promise<GenerateResult> {
  const { pupils, seed, outDir, onProgress } = options;
  if (!Number.isSafeInteger(pupils) || pupils < 0) throw new Error(`pupils must be a whole number ≥ 0, got ${pupils}`);
  const peildatum = options.peildatum ?? todayInNetherlands();
  const ref = await loadReferenceData(options.dataDir ?? referenceDataDir());
  await mkdir(outDir, { recursive: true });
  const rows: Record<string, number> = {};

  const writeAll = async (file: string, columns: readonly string[], data: string[][]) => {
    const writer = CsvWriter.open(path.join(outDir, file), columns);
    for (const row of data) writer.row(row);
    await writer.close();
    rows[file] = writer.rows;
  };
  await writeAll(REGISTER_FILES.gemeenten, GEMEENTEN_COLUMNS, gemeentenRows(ref));
  await writeAll(REGISTER_FILES.rmcRegios, RMC_REGIOS_COLUMNS, rmcRegioRows(ref));
  await writeAll(REGISTER_FILES.instellingen, INSTELLINGEN_COLUMNS, instellingRows(ref));
  await writeAll(REGISTER_FILES.rioAanbieders, RIO_AANBIEDERS_COLUMNS, rioAanbiederRows(ref));
  await writeAll(REGISTER_FILES.rioLocaties, RIO_LOCATIES_COLUMNS, rioLocatieRows(ref));

  const factory = new PupilFactory(ref, new Random(`leerlingen:${String(seed)}`), new PgnSequence(seed), peildatum);
  const leerlingen = CsvWriter.open(path.join(outDir, REGISTER_FILES.leerlingen), LEERLINGEN_COLUMNS);
  const inschrijvingen = CsvWriter.open(path.join(outDir, REGISTER_FILES.inschrijvingen), INSCHRIJVINGEN_COLUMNS);
  let failure: { error: unknown } | undefined;
  try {
    for (let done = 0; done < pupils; ) {
      const end = Math.min(pupils, done + BATCH);
      for (; done < end; done++) {
        const pupil = factory.next();
        leerlingen.row(pupil.leerling);
        for (const inschrijving of pupil.inschrijvingen) inschrijvingen.row(inschrijving);
      }
      await Promise.all([leerlingen.ready(), inschrijvingen.ready()]);
      onProgress?.({ done, total: pupils });
    }
  } catch (error) {
    failure = { error };
  }
  // Close both even when one failed, so no file handle outlives the call; the first error wins.
  const closed = await Promise.allSettled([leerlingen.close(), inschrijvingen.close()]);
  if (failure) throw failure.error;
  const closeFailure = closed.find((c): c is PromiseRejectedResult => c.status === 'rejected');
  if (closeFailure) throw closeFailure.reason;
  if (pupils === 0) onProgress?.({ done: 0, total: 0 });
  rows[REGISTER_FILES.leerlingen] = leerlingen.rows;
  rows[REGISTER_FILES.inschrijvingen] = inschrijvingen.rows;
  return { peildatum, rows };
}
