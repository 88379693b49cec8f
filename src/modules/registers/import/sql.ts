/**
 * The set-based SQL every loader shares: the staging table and its batched insert, the
 * duplicate and missing-reference checks, the compare-then-write upsert, and ending what a
 * newer file no longer holds. Identifiers come from the kinds' constants, never from input;
 * values are always parameters.
 */
import { sql, type RawBuilder } from 'kysely';
import { registerImportMessages as m } from '../messages.js';
import type { Check, CheckResult, LoadContext, RegisterKind, StagingType, Trx } from './kind.js';
import { MAX_ERRORS, type Counts } from './types.js';

const SQL_TYPE: Record<StagingType, string> = { text: 'text', code: 'text collate "C"', int: 'int', date: 'date', boolean: 'boolean' };

export async function createStaging(trx: Trx, kind: RegisterKind, name: string): Promise<void> {
  const cols = kind.staging.map(([c, type]) => `${c} ${SQL_TYPE[type]}`).join(', ');
  await sql.raw(`create temp table ${name} (line int not null, ${cols}) on commit drop`).execute(trx);
}

/** The staging table's columns in the order of a staged row: the line, then the validator's tuple. */
export const stagingColumns = (kind: RegisterKind): string => ['line', ...kind.staging.map(([c]) => c)].join(', ');

/**
 * PGlite (no COPY from the client): inserts staged rows with ONE statement per batch: the batch travels as a single JSON array
 * parameter ([[line, ...tuple], …]) and PostgreSQL unpacks it. Faster than a VALUES list with
 * thousands of parameters (which spends its time parsing and planning) and than one array
 * parameter per column (whose text form costs more on both ends).
 */
export function stagingInsert(kind: RegisterKind, name: string): (trx: Trx, jsonRows: string) => Promise<unknown> {
  const select = ['(e->>0)::int', ...kind.staging.map(([, type], i) => `(e->>${i + 1})::${type === 'code' ? 'text' : type}`)].join(', ');
  const head = `insert into ${name} select ${select} from jsonb_array_elements(`;
  return (trx, jsonRows) => sql`${sql.raw(head)}${jsonRows}::jsonb) e`.execute(trx);
}

/**
 * Temporary tables get no statistics from autovacuum; the checks and merges join on the
 * natural key and need its statistics to plan hash joins. Only the key: the other columns are
 * compared, never joined on, and analysing a dozen text columns took three times as long.
 */
export async function analyzeStaging(trx: Trx, kind: RegisterKind, name: string): Promise<void> {
  await sql.raw(`analyze ${name} (${kind.key.join(', ')})`).execute(trx);
}

type ErrorRow = { line: number; detail: string | null; total: string | number };

async function firstErrors(trx: Trx, query: string, column: string, reason: (detail: string | null) => string): Promise<CheckResult> {
  const { rows } = await sql.raw<ErrorRow>(`${query} order by line limit ${MAX_ERRORS}`).execute(trx);
  return {
    errors: rows.map((r) => ({ line: Number(r.line), column, reason: reason(r.detail) })),
    total: Number(rows[0]?.total ?? 0),
  };
}

/** Rows whose natural key already occurred on an earlier line. */
export function duplicates(kind: RegisterKind): Check {
  const key = kind.key.join(', ');
  const column = kind.key[0] ?? '';
  return (trx, ctx) =>
    firstErrors(
      trx,
      `with d as (select ${key}, min(line) as eerste from ${ctx.staging} group by ${key} having count(*) > 1)
       select s.line, d.eerste::text as detail, count(*) over () as total
       from ${ctx.staging} s join d using (${key}) where s.line > d.eerste`,
      column,
      (eerste) => m.dubbel(Number(eerste)),
    );
}

/**
 * Rows whose `column` refers to nothing: not in `table` (matched on `target`) and not in the
 * staging table of `alsoStaged` when that file is loaded in the same transaction.
 */
export function missingReference(opts: {
  columns: readonly string[];
  table: string;
  target: readonly string[];
  reason: string;
  alsoStaged?: { soort: keyof LoadContext['staged']; columns: readonly string[] };
}): Check {
  const cond = (alias: string, targetCols: readonly string[]) => opts.columns.map((c, i) => `${alias}.${targetCols[i]} = s.${c}`).join(' and ');
  return (trx, ctx) => {
    const other = opts.alsoStaged ? ctx.staged[opts.alsoStaged.soort] : undefined;
    const notStaged = other && opts.alsoStaged ? ` and not exists (select 1 from ${other} o where ${cond('o', opts.alsoStaged.columns)})` : '';
    return firstErrors(
      trx,
      `select s.line, null as detail, count(*) over () as total from ${ctx.staging} s
       where ${opts.columns.map((c) => `s.${c} is not null`).join(' and ')}
         and not exists (select 1 from ${opts.table} t where ${cond('t', opts.target)})${notStaged}`,
      opts.columns.at(-1) ?? '',
      () => opts.reason,
    );
  };
}

/**
 * Writes the staged rows into `table`, comparing first: rows whose values differ are updated,
 * rows whose key is new are inserted, identical rows are not touched, so importing the same
 * file twice writes nothing. `select` yields every column of `key` and `columns`, named as in
 * `table`. The service holds a lock so that no other import inserts the same key in between.
 *
 * Usually most rows are already there: one left join finds what is new or different (a hash
 * join over both tables), kept in a small temporary table, and only those rows are written.
 * That is one pass over a million rows instead of two (an update's join, then an insert's
 * anti-join), measured about twice as fast for a re-run of leerlingen.csv. Not INSERT … ON
 * CONFLICT DO UPDATE … WHERE: it locks every existing row it meets, so a re-run that changes
 * nothing would still write every page. In a `bulk` load (a table that is still mostly empty,
 * its key dropped) nearly every row is new: then an update of the few existing rows and an
 * insert of the rest, without copying them to a temporary table first.
 */
export async function upsert(
  trx: Trx,
  opts: { table: string; key: readonly string[]; columns: readonly string[]; select: string; bulk: boolean },
): Promise<Pick<Counts, 'inserted' | 'updated'>> {
  const { table, key, columns } = opts;
  const match = (alias: string) => key.map((k) => `t.${k} = ${alias}.${k}`).join(' and ');
  const row = (alias: string) => `row(${columns.map((c) => `${alias}.${c}`).join(', ')})`;
  const set = columns.map((c) => `${c} = s.${c}`).join(', ');
  const all = [...key, ...columns].join(', ');
  const run = async (statement: string) => Number((await sql.raw(statement).execute(trx)).numAffectedRows ?? 0);
  if (opts.bulk) {
    const updated = await run(`update ${table} t set ${set} from (${opts.select}) s where ${match('s')} and ${row('t')} is distinct from ${row('s')}`);
    const inserted = await run(`insert into ${table} (${all}) select ${all} from (${opts.select}) s where not exists (select 1 from ${table} t where ${match('s')})`);
    return { inserted, updated };
  }
  const diff = `import_diff_${table}`;
  await sql
    .raw(
      `create temp table ${diff} on commit drop as
       select s.*, t.${key[0]} is null as nieuw from (${opts.select}) s left join ${table} t on ${match('s')}
       where t.${key[0]} is null or ${row('t')} is distinct from ${row('s')}`,
    )
    .execute(trx);
  const updated = await run(`update ${table} t set ${set} from ${diff} s where not s.nieuw and ${match('s')}`);
  const inserted = await run(`insert into ${table} (${all}) select ${all} from ${diff} where nieuw`);
  await sql.raw(`drop table ${diff}`).execute(trx);
  return { inserted, updated };
}

/**
 * What a kind ends when a newer file no longer holds a row: the rows of `table` that are
 * current (`where`) and whose key is not in the staging table get `column` = the peildatum (or
 * `value(peildatum)`). Nothing is deleted.
 */
export interface EndSpec {
  table: string;
  /** Key columns; [target, staging] where the staging column is named after the CSV's. */
  key: readonly (string | readonly [string, string])[];
  where: string;
  column: string;
  value?: (peildatum: RawBuilder<unknown>) => RawBuilder<unknown>;
}

const endMatch = (spec: EndSpec) => spec.key.map((k) => (typeof k === 'string' ? `s.${k} = t.${k}` : `s.${k[1]} = t.${k[0]}`)).join(' and ');

/** Ends what `spec` describes; the number of rows ended. */
export async function endMissing(trx: Trx, ctx: LoadContext, spec: EndSpec): Promise<number> {
  const peildatum = sql`${ctx.peildatum}::date`;
  const result = await sql`update ${sql.raw(spec.table)} t set ${sql.raw(spec.column)} = ${spec.value ? spec.value(peildatum) : peildatum}
    where ${sql.raw(spec.where)} and not exists (select 1 from ${sql.raw(ctx.staging)} s where ${sql.raw(endMatch(spec))})`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Before the merge: how many rows of the register are current, and how many of them
 * `endMissing` would end. The merge's upsert touches only keys in the file, so the count is
 * exactly what the merge ends afterwards.
 */
export async function countEnding(trx: Trx, ctx: LoadContext, spec: EndSpec): Promise<{ current: number; ending: number }> {
  const { rows } = await sql<{ current: string; ending: string }>`
    select count(*) as current,
           count(*) filter (where not exists (select 1 from ${sql.raw(ctx.staging)} s where ${sql.raw(endMatch(spec))})) as ending
    from ${sql.raw(spec.table)} t where ${sql.raw(spec.where)}`.execute(trx);
  return { current: Number(rows[0]?.current ?? 0), ending: Number(rows[0]?.ending ?? 0) };
}
