// Decisions about outgoing mail, as pure functions: when to try again, what of an error may be
// stored, and what status a row is in (for the overview). No I/O here.

const MINUUT = 60_000;
/** The first retry after one minute, then doubling... */
export const BACKOFF_BASIS_MS = MINUUT;
/** ...to at most an hour: a mail server that is down for a day still gets tried every hour. */
export const BACKOFF_MAX_MS = 60 * MINUUT;
/** From this many attempts on, each failure is a warning in the log: someone should look. */
export const WAARSCHUW_VANAF_POGINGEN = 10;
/** laatste_fout is for people reading the overview, not a stack trace. */
export const FOUT_MAX_LENGTE = 200;

/**
 * How long to wait after the `poging`-th failed attempt: 1 min × 2^(poging-1), capped at an
 * hour, times a jitter in [0.9, 1.1) so that mails that failed together (a server outage) do
 * not all come back in the same second. `random` is injectable for tests.
 * @example backoffMs(1, () => 0.5) === 60_000; backoffMs(3, () => 0.5) === 240_000
 */
export function backoffMs(poging: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(poging - 1, 30));
  const basis = Math.min(BACKOFF_BASIS_MS * 2 ** exponent, BACKOFF_MAX_MS);
  return Math.floor(basis * 0.9 + basis * 0.2 * random());
}

/**
 * The error as stored in laatste_fout: nodemailer's code and the server's reply, one line, short.
 * Credentials in an SMTP URL (smtp://user:pass@host) are masked should a message repeat one.
 * @example foutTekst(Object.assign(new Error('Can\'t send mail'), { code: 'EENVELOPE', response: '451 4.3.0 Probeer later' }))
 *   === 'EENVELOPE: 451 4.3.0 Probeer later'
 */
export function foutTekst(err: unknown): string {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { code?: unknown; response?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : undefined;
  const detail = typeof e.response === 'string' ? e.response : typeof e.message === 'string' ? e.message : String(err);
  const text = (code ? `${code}: ${detail}` : detail)
    .replace(/\/\/[^/@\s]*@/g, '//***@')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > FOUT_MAX_LENGTE ? `${text.slice(0, FOUT_MAX_LENGTE - 1)}…` : text;
}

/**
 * Whether the failure is about this one message (the server refused it) rather than about the
 * server (unreachable, timeout, TLS, login): after the latter, the rest of the batch waits too.
 */
export function alleenDezeMail(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'EENVELOPE' || code === 'EMESSAGE';
}

export type MailStatus = 'wachtrij' | 'fout' | 'smtp' | 'log';
export const MAIL_STATUSSEN: readonly MailStatus[] = ['wachtrij', 'fout', 'smtp', 'log'];

/** The status shown in the overview; 'fout' once an attempt failed and none succeeded yet. */
export function mailStatus(row: { verzonden_op: Date | null; afgeleverd_via: 'smtp' | 'log' | null; pogingen: number }): MailStatus {
  if (row.verzonden_op !== null) return row.afgeleverd_via === 'log' ? 'log' : 'smtp';
  return row.pogingen > 0 ? 'fout' : 'wachtrij';
}
