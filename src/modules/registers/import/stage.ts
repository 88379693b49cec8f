/**
 * Streams one CSV file into its staging table: the header must be exactly the documented
 * one; every row is validated (pure) and the good ones go to the staging table while the file
 * is still being read, so Node and the database work at the same time. On PostgreSQL that is
 * one COPY … FROM STDIN in text format (copy.ts); on PGlite, batched INSERTs of JSON arrays.
 * Bad rows are collected (the first MAX_ERRORS, and a count of all); the caller decides.
 */
import path from 'node:path';
import { registerImportMessages as m } from '../messages.js';
import { copyIn, copyRow } from './copy.js';
import { CsvEncodingError, CsvQuoteError, openCsv, type CsvFile } from './csv-reader.js';
import type { RegisterKind, Trx } from './kind.js';
import { analyzeStaging, createStaging, stagingColumns, stagingInsert } from './sql.js';
import { MAX_ERRORS, type OnProgress, type RowError } from './types.js';

export interface StagedFile {
  rows: number;
  errors: RowError[];
  errorTotal: number;
  sha256: string | null;
  bytes: number;
}

/**
 * Bytes per read, and rows per INSERT on PGlite. Small on purpose: what a million-row file
 * costs is mostly the garbage collector copying objects that are still alive, so few should
 * be. (Measured on leerlingen.csv: 64 KiB reads and 2,000-row batches took half the CPU time
 * of 1 MiB reads and 5,000-row batches.) A 64 KiB read is also a good COPY message.
 */
export const CHUNK_BYTES = 1 << 16;
const BATCH_ROWS = 2_000;

/** Collects the first MAX_ERRORS errors (the stream delivers them in line order) and counts all. */
export class ErrorList {
  readonly errors: RowError[] = [];
  total = 0;
  add(errors: readonly RowError[], total = errors.length): void {
    for (const e of errors) if (this.errors.length < MAX_ERRORS) this.errors.push(e);
    this.total += total;
  }
}

/** A header field as the report quotes it: control characters visible as \uFFFD, at most 40 characters. */
function shown(field: string): string {
  const clean = field.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

function headerErrors(kind: RegisterKind, header: readonly string[]): RowError[] {
  const found = header.map((h) => shown(h.trim()));
  for (let i = 0; i < Math.max(found.length, kind.columns.length); i++) {
    const want = kind.columns[i];
    const got = found[i] ?? '';
    if (want === undefined) return [{ line: 1, column: got, reason: m.kopregelTeLang(got) }];
    if (got !== want) return [{ line: 1, column: want, reason: m.kopregel(want, got) }];
  }
  return [];
}

/** What reading and validating found, filled in while the rows stream by. */
export interface ReadState {
  rows: number;
  header: 'missing' | 'ok' | 'bad';
  errors: ErrorList;
}

/**
 * The file's good rows as staging tuples with their line number first ([line, ...tuple]), one
 * array per chunk read. Bad rows go to `state.errors`. An unclosed quote or a byte that is not
 * UTF-8 ends the file there (reported as a bad row, not thrown), so what came before is still
 * staged and checked.
 * With `stopAtError` the rows end at the first bad one (a caller that will not load the file).
 */
export async function* validRows(
  kind: RegisterKind,
  csv: CsvFile,
  state: ReadState,
  progress: (bytes: number) => void,
  stopAtError = false,
): AsyncGenerator<unknown[][]> {
  try {
    for await (const batch of csv.batches) {
      const out: unknown[][] = [];
      for (const record of batch.records) {
        if (state.header === 'missing') {
          const bad = headerErrors(kind, record.fields);
          state.errors.add(bad);
          state.header = bad.length > 0 ? 'bad' : 'ok';
          continue;
        }
        state.rows++;
        if (state.header === 'bad') continue; // without the right columns a row means nothing; still counted
        if (record.fields.length !== kind.columns.length) {
          state.errors.add([{ line: record.line, column: '', reason: m.aantalVelden(record.fields.length, kind.columns.length) }]);
          continue;
        }
        const v = kind.validate(record.fields, record.line);
        if (!v.ok) {
          state.errors.add(v.errors);
          continue;
        }
        const row = v.value as unknown[]; // a fresh tuple: prepend the line without copying it
        row.unshift(record.line);
        out.push(row);
      }
      progress(batch.bytes);
      if (stopAtError && state.errors.total > 0) return;
      // Good rows are staged even after a bad one: the checks report duplicates and missing references too.
      if (out.length > 0) yield out;
    }
  } catch (e) {
    if (e instanceof CsvQuoteError) state.errors.add([{ line: e.line, column: '', reason: m.aanhalingsteken }]);
    else if (e instanceof CsvEncodingError) {
      state.errors.add([{ line: e.line, column: kind.columns[e.field] ?? '', reason: m.geenUtf8(e.byte, e.position) }]);
    } else throw e;
  }
}

/** PostgreSQL: every chunk's rows as one COPY data message; `from` 1 leaves out the line number. */
export async function* copyText(rows: AsyncIterable<unknown[][]>, from: 0 | 1 = 0): AsyncGenerator<Buffer> {
  for await (const chunk of rows) {
    let text = '';
    for (let i = 0; i < chunk.length; i++) text += `${copyRow(chunk[i]!, from)}\n`;
    yield Buffer.from(text);
  }
}

/** PGlite: batches of BATCH_ROWS as one INSERT each, one in flight while the next is read. */
async function insertBatches(trx: Trx, kind: RegisterKind, staging: string, rows: AsyncIterable<unknown[][]>): Promise<void> {
  const insert = stagingInsert(kind, staging);
  // The batch as JSON text, built row by row so each row's objects die young.
  let json = '';
  let batched = 0;
  let inflight: Promise<unknown> | undefined;
  const flush = async () => {
    if (inflight) await inflight;
    inflight = batched > 0 ? insert(trx, `[${json}]`) : undefined;
    json = '';
    batched = 0;
  };
  try {
    for await (const chunk of rows) {
      for (const row of chunk) {
        json += batched === 0 ? JSON.stringify(row) : `,${JSON.stringify(row)}`;
        if (++batched >= BATCH_ROWS) await flush();
      }
    }
    await flush();
    await inflight;
  } finally {
    // Never leave a batch running on the transaction when leaving early.
    await inflight?.catch(() => undefined);
  }
}

export async function stageFile(
  trx: Trx,
  kind: RegisterKind,
  file: { path: string; name?: string | undefined },
  staging: string,
  opts: { copy: boolean; onProgress?: OnProgress | undefined },
): Promise<StagedFile> {
  await createStaging(trx, kind, staging);
  const csv = await openCsv(file.path, 1, CHUNK_BYTES);
  const name = file.name ?? path.basename(file.path);
  const state: ReadState = { rows: 0, header: 'missing', errors: new ErrorList() };
  let bytes = 0;
  const progress = (read: number) => {
    bytes = read;
    opts.onProgress?.({ file: name, phase: 'lezen', rows: state.rows, bytes, totalBytes: csv.totalBytes });
  };
  const rows = validRows(kind, csv, state, progress);
  if (opts.copy) await copyIn(trx, `copy ${staging} (${stagingColumns(kind)}) from stdin`, copyText(rows));
  else await insertBatches(trx, kind, staging, rows);
  if (state.header === 'missing' && state.errors.total === 0) state.errors.add([{ line: 1, column: '', reason: m.leegBestand }]);
  await analyzeStaging(trx, kind, staging);
  opts.onProgress?.({ file: name, phase: 'verwerken', rows: state.rows, bytes, totalBytes: csv.totalBytes });
  return { rows: state.rows, errors: state.errors.errors, errorTotal: state.errors.total, sha256: safeSha(csv.sha256), bytes: csv.totalBytes };
}

function safeSha(get: () => string): string | null {
  try {
    return get();
  } catch {
    return null;
  }
}
