// The shapes the registry import passes around (R-REG-3): a validated row, a bad row, the
// counts of a load, the report per file and the progress callback.
import type { ImportResultaat, RegisterSoort, RowError } from '../registers.tables.js';

export type { RegisterSoort, RowError };

/** A row either becomes a staging tuple, or gives one error per bad column. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: RowError[] };

/** Pure: the CSV fields of one row (in header order) and its line → a staging tuple or errors. */
export type Validator<T extends readonly unknown[]> = (fields: readonly string[], line: number) => Validated<T>;

export interface Counts {
  inserted: number;
  updated: number;
  /** Rows no longer in the file that got an end date (never deleted). */
  ended: number;
}

export interface ImportReport extends Counts {
  importId: string;
  soort: RegisterSoort;
  file: string;
  /** Data rows in the file (header not counted), bad ones included. */
  rows: number;
  unchanged: number;
  resultaat: Exclude<ImportResultaat, 'bezig'>;
  /** The first bad rows, by line. */
  errors: RowError[];
  /** How many more bad rows there were than `errors` holds. */
  moreErrors: number;
  /**
   * Refused only because it would end more than MAX_END_SHARE of the register's current rows
   * (rules.ts): how many, of how many, and the file's SHA-256 that a confirmation must name.
   */
  massEnd?: { ending: number; current: number; sha256: string };
}

export interface ImportProgress {
  file: string;
  /** 'lezen' while the file streams in; 'verwerken' while the database compares and loads. */
  phase: 'lezen' | 'verwerken';
  rows: number;
  bytes: number;
  totalBytes: number;
}

export type OnProgress = (progress: ImportProgress) => void;

/** How many bad rows a report keeps; the rest are counted. */
export const MAX_ERRORS = 100;
