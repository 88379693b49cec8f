// Which errors mean "the database is not there right now" rather than "this request is wrong":
// the service answers those with 503 (try again later) instead of 500, and readiness fails.

/** Raised by our own guards: no free connection in time, or no answer in time. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

// SQLSTATE: class 08 (connection exception), 57P01 admin_shutdown (pg_terminate_backend, a
// fast shutdown), 57P02 crash_shutdown, 57P03 cannot_connect_now (starting, recovering),
// 53300 too_many_connections, 57014 query_canceled (our statement_timeout), 25P03
// idle_in_transaction_session_timeout.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '57014', '25P03']);
// Node's socket errors towards the database.
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// pg's own messages for a connection that ended or never came (they carry no code).
const PG_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|Connection terminated due to connection timeout)/;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof DatabaseUnavailableError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('08') || UNAVAILABLE_STATES.has(code) || SOCKET_ERRORS.has(code))) return true;
    if (PG_MESSAGES.test(e.message)) return true;
  }
  return false;
}
