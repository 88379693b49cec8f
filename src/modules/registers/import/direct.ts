/**
 * The first load of a large register into an empty table (1.5 M leerlingen, 1.9 M
 * inschrijvingen), on PostgreSQL: the validated rows are copied straight into the table, whose
 * keys, indexes and foreign keys are dropped first and rebuilt after (bulk.ts). That skips the
 * staging table, its checks and the copy from staging into the table: PostgreSQL stores the
 * rows while Node is still reading the file, and the rebuilt primary key and foreign keys do
 * the duplicate and reference checks in one pass each.
 *
 * What it does not give is the report of a bad file (line, column, reason). So at the first
 * bad row, or when a rebuilt key or foreign key or the kind's `verify` finds a problem, it rolls
 * back to the savepoint it took and returns null: the service then loads the file the usual way
 * (staging, checks), which refuses it with the full report. A good file is loaded once; a bad
 * one is read a second time. Everything stays inside the import's one transaction.
 */
import { sql } from 'kysely';
import { withRebuiltIndexes } from './bulk.js';
import { copyIn } from './copy.js';
import { openCsv } from './csv-reader.js';
import type { RegisterKind, Trx } from './kind.js';
import { CHUNK_BYTES, ErrorList, copyText, validRows, type ReadState, type StagedFile } from './stage.js';
import type { Counts, OnProgress } from './types.js';

/** A check the rebuilt table enforces: unique key, foreign key, check constraint. */
const CONSTRAINT_VIOLATION = new Set(['23505', '23503', '23514']);
const isConstraintViolation = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && CONSTRAINT_VIOLATION.has(String((e as { code?: unknown }).code));

/** The file cannot load directly: back to the savepoint, and the usual way. */
class NotDirect extends Error {}

export async function loadDirect(
  trx: Trx,
  kind: RegisterKind,
  file: { path: string; name: string },
  onProgress?: OnProgress,
): Promise<{ staged: StagedFile; counts: Counts } | null> {
  const direct = kind.direct;
  if (!direct || !kind.bulkTables) return null;
  const { rows: found } = await sql<{ empty: boolean }>`select not exists (select 1 from ${sql.table(direct.table)}) as empty`.execute(trx);
  if (!found[0]?.empty) return null;

  await sql`savepoint direct_load`.execute(trx);
  const csv = await openCsv(file.path, 1, CHUNK_BYTES);
  const state: ReadState = { rows: 0, header: 'missing', errors: new ErrorList() };
  let bytes = 0;
  const progress = (read: number) => {
    bytes = read;
    onProgress?.({ file: file.name, phase: 'lezen', rows: state.rows, bytes, totalBytes: csv.totalBytes });
  };
  try {
    const copied = await withRebuiltIndexes(trx, kind.bulkTables, async () => {
      const rows = validRows(kind, csv, state, progress, true);
      const n = await copyIn(trx, `copy ${direct.table} (${direct.columns.join(', ')}) from stdin`, copyText(rows, 1));
      if (state.header !== 'ok' || state.errors.total > 0) throw new NotDirect();
      onProgress?.({ file: file.name, phase: 'verwerken', rows: state.rows, bytes, totalBytes: csv.totalBytes });
      if (direct.verify && !(await direct.verify(trx))) throw new NotDirect();
      return n;
    });
    await sql`release savepoint direct_load`.execute(trx);
    return {
      staged: { rows: state.rows, errors: [], errorTotal: 0, sha256: csv.sha256(), bytes: csv.totalBytes },
      counts: { inserted: copied, updated: 0, ended: 0 },
    };
  } catch (e) {
    if (!(e instanceof NotDirect) && !isConstraintViolation(e)) throw e;
    await sql`rollback to savepoint direct_load`.execute(trx);
    return null;
  }
}
