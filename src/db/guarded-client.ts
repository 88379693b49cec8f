// The pool's client class, guarded against a database that goes away:
//
// - An 'error' listener for the client's whole life. pg emits 'error' when the connection ends
//   unexpectedly (pg_terminate_backend, a failover, a network reset); the pool listens only
//   while a client is idle, so a client checked out by a query or a transaction had none and
//   Node ended the process. The query in flight gets the error anyway, and the pool discards
//   the client on release (it is no longer queryable).
// - A limit on the wait for an answer. statement_timeout makes PostgreSQL end a slow statement
//   itself, but a server that is not reached (packets dropped) answers nothing, and TCP waits
//   many minutes. So when no answer came within statement_timeout plus a grace, the client
//   destroys its socket: the request ends with DatabaseUnavailableError, and the connection,
//   whose protocol state is unknown, is never used again.
//
// allowLongStatements (timeouts.ts) raises the limit for the rest of a transaction; the client
// sees its SET LOCAL go by and waits as long. COPY streams and cursors are not watched.
import type pg from 'pg';
import { longStatementsText } from './timeouts';
import { DatabaseUnavailableError } from './unavailable';

export interface AnswerLimits {
  /** The connection's statement_timeout (ms); 0: no limit, no watch. */
  statementMs: number;
  /** How much longer than that an answer may take to arrive (ms). */
  graceMs: number;
}

const LONGER = new RegExp(`^${longStatementsText(0).replace('0', '(\\d+)')}$`);
const TRANSACTION_EDGE = /^(begin|commit|rollback)$/i;

/** statement_timeout for the rest of the client's transaction, when raised. */
const raised = new WeakMap<pg.Client, number>();

export function guardedClient(Base: typeof pg.Client, limits: AnswerLimits): typeof pg.Client {
  class GuardedClient extends Base {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      this.on('error', () => {});
    }
  }
  // eslint-disable-next-line @typescript-eslint/unbound-method -- always called with the client as `this`
  const query = Base.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
  GuardedClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const result = query.apply(this, args);
    const text = args[0];
    if (typeof text !== 'string' || !(result instanceof Promise)) return result;
    const statementMs = raised.get(this) ?? limits.statementMs;
    if (TRANSACTION_EDGE.test(text)) raised.delete(this);
    const longer = LONGER.exec(text);
    const answered = longer ? result.then((r: unknown) => (raised.set(this, Number(longer[1])), r)) : result;
    if (statementMs <= 0) return answered;
    const ms = statementMs + limits.graceMs;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // Marked before the rejection: the caller releases the client at once, and pg-pool keeps a
        // released client that still looks queryable (pg clears the flag only when the socket's
        // close is read, a turn later), handing a dead connection to the next request.
        (this as unknown as { _queryable: boolean })._queryable = false;
        (this as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
        reject(new DatabaseUnavailableError(`Geen antwoord van de database binnen ${ms} ms`));
      }, ms);
      timer.unref();
      answered.then(
        (r) => (clearTimeout(timer), resolve(r)),
        (e: unknown) => (clearTimeout(timer), reject(e as Error)),
      );
    });
  } as typeof pg.Client.prototype.query;
  return GuardedClient;
}
