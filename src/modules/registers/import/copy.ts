/**
 * COPY … FROM STDIN on the import's own transaction (PostgreSQL only): the fastest way to get
 * a million validated rows into the staging table. Rows travel in COPY's text format, which
 * PostgreSQL reads without the JSON parse and casts of a batched INSERT.
 *
 * Kysely has no COPY, and the transaction's `pg` client is private to its driver. But Kysely's
 * PostgreSQL connection hands a query's `sql` to `client.query()` unchanged, and `pg` accepts
 * any "submittable" object there: pg-copy-streams' stream is one. So the stream goes in as the
 * query text, on the transaction's connection, held for as long as the COPY runs (no other
 * statement of the transaction can slip in between). If a Kysely upgrade changed that, the
 * COPY would fail loudly (a statement that is not a string), never write anything wrong; the
 * integration tests on PostgreSQL run this path.
 *
 * PGlite (the small, embedded database) has no STDIN: there the import keeps its batched
 * INSERTs (stage.ts); `supportsCopy` tells the two apart.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CompiledQuery, sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { Trx } from './kind.js';

/** True on a PostgreSQL server; false on PGlite, which cannot COPY from the client. */
export async function supportsCopy(trx: Trx): Promise<boolean> {
  const { rows } = await sql<{ v: string }>`select version() as v`.execute(trx);
  return !/PGlite|emscripten/i.test(rows[0]?.v ?? '');
}

/**
 * Runs `statement` (a `COPY … FROM STDIN`) with the chunks of `source` as its data; resolves
 * when PostgreSQL has taken every row, with the number of rows. When `source` throws, the COPY
 * is cancelled (the transaction is then aborted, as after any failed statement) and the error
 * is rethrown.
 */
export async function copyIn(trx: Trx, statement: string, source: AsyncIterable<Buffer>): Promise<number> {
  return trx.getExecutor().provideConnection(async (connection) => {
    const stream = copyFrom(statement);
    // The driver passes `sql` to pg's client.query(), which submits the stream on this connection.
    await connection.executeQuery({ ...CompiledQuery.raw(''), sql: stream as unknown as string });
    await pipeline(Readable.from(source, { objectMode: false }), stream);
    return stream.rowCount;
  });
}

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * One value in COPY's text format: null is \N; backslash, tab, newline and carriage return
 * are escaped (a name with a tab in it stays one field). Booleans as t/f, numbers as digits.
 * @example copyValue('a\tb') // 'a\\tb'
 * @example copyValue(null)  // '\\N'
 */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') return SPECIAL.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : v;
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  throw new TypeError(`No COPY text for ${typeof v}`);
}

/**
 * One row in COPY's text format (without the line end), of `values` from index `from` on.
 * @example copyRow([7, 'Jan', null, true]) // '7\tJan\t\\N\tt'
 */
export function copyRow(values: readonly unknown[], from = 0): string {
  // Concatenated, not an array joined: no array per row, and most values are plain strings
  // (measured on leerlingen.csv: the COPY text of its rows 6–10% faster).
  let row = '';
  for (let i = from; i < values.length; i++) {
    const v = values[i];
    const text = typeof v === 'string' && !SPECIAL.test(v) ? v : copyValue(v);
    row = i === from ? text : `${row}\t${text}`;
  }
  return row;
}
