// Pure decisions about register imports (R-REG-3), kept apart from the SQL so that they can be
// tested and read on their own.
import type { ImportResultaat } from './registers.tables.js';

/**
 * The longest any import can take, documented in docs/registers-csv.md. The largest files
 * measured (1.5 M leerlingen, 1.9 M inschrijvingen) load in well under a minute on PostgreSQL
 * and in minutes on the embedded PGlite; this leaves a wide margin, also for imports queued
 * behind each other on the import lock.
 */
export const MAX_IMPORT_HOURS = 6;

/**
 * What the Registers page shows for an import: a row still 'bezig' after MAX_IMPORT_HOURS
 * belongs to an import that never finished (the process stopped, or its bookkeeping could not
 * be written); its transaction was rolled back, so nothing was loaded: 'mislukt'.
 */
export function shownResultaat(resultaat: ImportResultaat, gestartOp: Date, now: Date): ImportResultaat {
  const stale = now.getTime() - gestartOp.getTime() > MAX_IMPORT_HOURS * 3_600_000;
  return resultaat === 'bezig' && stale ? 'mislukt' : resultaat;
}
