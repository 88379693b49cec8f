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

/**
 * The share of a register's current rows one file may end without an explicit confirmation.
 * A newer file is a full extract, so what it lacks ends; a file with only its header row
 * would end everything (it did: 342 gemeenten). Real changes are far smaller: a year's
 * gemeentelijke herindelingen end a few percent of the gemeenten.
 */
export const MAX_END_SHARE = 0.1;

/** True when a file that ends `ending` of `current` current rows must first be confirmed. */
export function endNeedsConfirmation(current: number, ending: number): boolean {
  return ending > current * MAX_END_SHARE;
}

/** The share as people read it: a whole percentage, rounded up so that 10.2 % never reads as 10 %. */
export const endPercentage = (current: number, ending: number): number => (current === 0 ? 0 : Math.ceil((ending / current) * 100));
