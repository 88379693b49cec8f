// Server-side prepared statements for the queries a process sends again and again (issue 5's
// speed goal). PostgreSQL spends more CPU parsing and planning a short query than running it:
// on the search page's data the page query costs its backend ~470 µs unprepared and ~70 µs
// prepared, the session lookup 225 µs and 50 µs. Kysely sends every query unnamed, so it is
// parsed and planned each time; this pool client gives a query text a name once it has been seen
// PREPARE_AFTER times in this process, and pg then parses it once per connection and after that
// only binds and executes. Whether a prepared statement keeps a generic plan is PostgreSQL's own
// choice (plan_cache_mode auto: after five custom plans, only when the generic one is not
// estimated dearer), the same rule every JDBC application lives with (pgjdbc's prepareThreshold).
//
// Bounds: at most MAX_PREPARED texts get a name per process, so a backend holds at most that many
// statements; texts without parameters (BEGIN, COMMIT, migrations) are never prepared. A
// connection pooler in transaction mode (PgBouncer < 1.21) does not keep named statements (see
// docs/architecture.md).
import pg from 'pg';

export const PREPARE_AFTER = 5;
/** feature_not_supported: "cached plan must not change result type". */
const CACHED_PLAN_CHANGED = '0A000';
export const MAX_PREPARED = 200;

/** Which query texts are worth a name, and their names; one per pool. */
export class StatementNames {
  readonly #uses = new Map<string, number>();
  readonly #names = new Map<string, string>();

  constructor(
    private readonly after = PREPARE_AFTER,
    private readonly max = MAX_PREPARED,
  ) {}

  /** The name to prepare `text` under, or undefined while it is not (yet) worth it. */
  nameFor(text: string): string | undefined {
    const known = this.#names.get(text);
    if (known !== undefined || this.#names.size >= this.max) return known;
    const uses = (this.#uses.get(text) ?? 0) + 1;
    if (uses < this.after) {
      // One-off texts (a search with an unusual filter) must not pile up.
      if (this.#uses.size >= 10 * this.max) this.#uses.clear();
      this.#uses.set(text, uses);
      return undefined;
    }
    this.#uses.delete(text);
    const name = `vl_${this.#names.size + 1}`;
    this.#names.set(text, name);
    return name;
  }

  get size(): number {
    return this.#names.size;
  }
}

/**
 * A pg Client class for `new pg.Pool({ Client })` that sends the texts `names` picks as named
 * statements. Only the call Kysely makes, `query(text, values)` with parameters and no callback,
 * is changed; every other form (config objects, cursors, COPY streams) passes through as it is.
 */
export function preparingClient(names: StatementNames): typeof pg.Client {
  class PreparingClient extends pg.Client {}
  // eslint-disable-next-line @typescript-eslint/unbound-method -- always called with the client as `this`
  const query = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
  PreparingClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [text, values, callback] = args;
    if (args.length === 2 && typeof text === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined) {
      const name = names.nameFor(text);
      if (name !== undefined) {
        return (query.call(this, { name, text, values }) as Promise<unknown>).catch((error: unknown) => {
          // The table under a prepared statement changed its columns (a migration while this
          // process runs): PostgreSQL refuses the statement from now on, and pg would keep
          // sending it. Ending the connection makes the pool replace it; only this query fails.
          if ((error as { code?: string }).code === CACHED_PLAN_CHANGED) void this.end().catch(() => {});
          throw error;
        });
      }
    }
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
  return PreparingClient;
}
