// Shared by the mail tests: a REAL SMTP server (smtp-server) on 127.0.0.1 that records what it
// receives and can refuse on demand, a logger that records lines, and a way to queue mails
// through the outbox's own enqueue side.
import net from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { DB } from '../../../src/db/database';
import type { JobLogger } from '../../../src/platform/jobs/runner';
import { queueMails, type OutgoingMail } from '../../../src/platform/mail/outbox';

export interface Ontvangen {
  aan: string[];
  onderwerp: string;
  messageId: string;
  tekst: string;
}

export interface TestSmtp {
  port: number;
  url: string;
  ontvangen: Ontvangen[];
  /** When set, every RCPT TO is refused with this reply code (e.g. 451: try again later). */
  weiger: number | null;
  close(): Promise<void>;
}

const header = (raw: string, name: string) => new RegExp(`^${name}: *(.*)$`, 'im').exec(raw)?.[1]?.trim() ?? '';

/** An SMTP server on 127.0.0.1 (`port` 0: any free port). No TLS, no login: a loopback test double of a mail relay. */
export async function startSmtp(port = 0): Promise<TestSmtp> {
  const smtp: TestSmtp = {
    port: 0,
    url: '',
    ontvangen: [],
    weiger: null,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // No reverse DNS of 127.0.0.1: tests stay off the network.
    disableReverseLookup: true,
    onRcptTo(_address, _session, callback) {
      if (smtp.weiger === null) return callback();
      callback(Object.assign(new Error('Probeer het later opnieuw'), { responseCode: smtp.weiger }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const [head = '', ...body] = raw.split(/\r?\n\r?\n/);
        smtp.ontvangen.push({
          aan: session.envelope.rcptTo.map((r) => r.address),
          onderwerp: header(head, 'Subject'),
          messageId: header(head, 'Message-ID'),
          tekst: body.join('\n\n'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  smtp.port = (server.server.address() as net.AddressInfo).port;
  smtp.url = `smtp://127.0.0.1:${smtp.port}`;
  return smtp;
}

/** A port nothing listens on (found free, then let go): "the mail server is down". */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface LogRegel {
  niveau: 'info' | 'warn' | 'error';
  bericht: string;
  details: Record<string, unknown>;
}

export function recordingLogger(): JobLogger & { regels: LogRegel[] } {
  const regels: LogRegel[] = [];
  const log = (niveau: LogRegel['niveau']) => (details: object, bericht: string) => void regels.push({ niveau, bericht, details: details as Record<string, unknown> });
  return { regels, info: log('info'), warn: log('warn'), error: log('error') };
}

/** A mail as a module would queue it (no melding: the outbox is generic). */
export function mail(n: number, extra: Partial<OutgoingMail> = {}): OutgoingMail {
  return { aan: `leerplicht${n}@gemeente.example`, onderwerp: `Testbericht ${n}`, tekst: `Regel een van ${n}\nRegel twee\n\nAlinea twee`, soort: 'test', ...extra };
}

/** Queues mails the way a module does: through queueMails, inside a transaction. */
export async function queue(db: DB, mails: OutgoingMail[], now: Date): Promise<void> {
  await db.transaction().execute((trx) => queueMails(trx, mails, now));
}

/** The outbox rows, oldest first. */
export function outbox(db: DB) {
  return db.selectFrom('uitgaande_mails').selectAll().orderBy('id').execute();
}
