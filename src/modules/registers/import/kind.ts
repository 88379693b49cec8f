// What the import needs to know about one kind of registry file: its header, the pure row
// validator, the staging table, the cross-reference checks and the set-based merge. The
// kinds themselves are in kinds.ts; the service runs any of them the same way.
import type { Transaction } from 'kysely';
import type { Database } from '../../../db/types.js';
import type { EndSpec } from './sql.js';
import type { Counts, RegisterSoort, RowError, Validator } from './types.js';

export type Trx = Transaction<Database>;

export type StagingType = 'text' | 'code' | 'int' | 'date' | 'boolean';

export interface LoadContext {
  /** This file's staging table (temporary, dropped at commit). */
  staging: string;
  /** The import's peildatum: the end date of what disappeared. */
  peildatum: string;
  /** Staging tables of other files loaded in the same transaction (gemeenten with rmc-regios). */
  staged: Partial<Record<RegisterSoort, string>>;
  /** A first (or nearly first) load: indexes and foreign keys are rebuilt afterwards. */
  bulk: boolean;
}

/** Bad rows found by one check: the first ones by line, and how many in all. */
export interface CheckResult {
  errors: RowError[];
  total: number;
}

export type Check = (trx: Trx, ctx: LoadContext) => Promise<CheckResult>;

export interface RegisterKind<T extends readonly unknown[] = readonly unknown[]> {
  soort: RegisterSoort;
  /** The file name in a directory import (docs/registers-csv.md). */
  file: string;
  /** The header, exactly, in order. */
  columns: readonly string[];
  validate: Validator<T>;
  /**
   * Staging columns in the order of the validator's tuple, with their SQL types; 'code' is text
   * in the "C" collation, as the register's code columns (migration 0010), so the checks sort and
   * join them byte by byte too.
   */
  staging: readonly (readonly [name: string, type: StagingType])[];
  /** The natural key (staging column names); the first is the CSV column a duplicate is blamed on. */
  key: readonly string[];
  /** Cross-reference and whole-file checks, run on the staged rows. */
  checks: readonly Check[];
  merge(trx: Trx, ctx: LoadContext): Promise<Counts>;
  /** What the merge ends when a row is no longer in the file (its count is `Counts.ended`); none for leerlingen. */
  ends?: EndSpec;
  /** Large tables whose secondary indexes and foreign keys are dropped and rebuilt in a bulk load. */
  bulkTables?: readonly string[];
  /**
   * The first load into an empty table, on PostgreSQL (direct.ts): the rows are copied straight
   * into `table`, whose columns in the validator's tuple order are `columns`. Only for a kind
   * whose every check is also a constraint of that table (its key, its foreign keys), plus
   * `verify` for the rest: true when the loaded rows break no check.
   */
  direct?: { table: string; columns: readonly string[]; verify?: (trx: Trx) => Promise<boolean> };
}
