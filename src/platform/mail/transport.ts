// Where a mail goes: an SMTP server (nodemailer) when SMTP_URL is set, otherwise "the log"
// (the embedded default outside production): the mail is logged with recipient and
// subject only and stays readable in full for functioneel beheer on /beheer/mails.
import { createTransport } from 'nodemailer';
import type { JobLogger } from '../jobs/runner';

export interface MailBericht {
  /** The outbox row's id: it makes the Message-ID, so a mail sent twice is recognisably the same. */
  id: string;
  aan: string;
  onderwerp: string;
  tekst: string;
  soort: string;
}

export interface MailTransport {
  readonly via: 'smtp' | 'log';
  /** Resolves once the mail is handed over; rejects with the transport's error otherwise. */
  send(mail: MailBericht, log: JobLogger): Promise<void>;
  close(): void;
}

/**
 * Time limits of one SMTP conversation. Together they stay far below the claim's lease
 * (delivery.ts), so a mail is not claimed by a second run while the first still talks to the
 * server. The URL's query may override them (nodemailer reads e.g. `?socketTimeout=60000`).
 */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, dnsTimeout: 10_000 };

/** The domain for Message-IDs: the sender address's, else a fixed one. */
function messageIdDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'verzuimloket.invalid';
}

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  // No pool: a delivery run every few seconds sends a handful of mails; a fresh connection per
  // mail keeps a dead connection from failing a mail that the server would have taken.
  const transporter = createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS }, { from });
  const domain = messageIdDomain(from);
  return {
    via: 'smtp',
    async send(mail) {
      await transporter.sendMail({
        to: mail.aan,
        subject: mail.onderwerp,
        text: mail.tekst,
        messageId: `<uitgaande-mail-${mail.id}@${domain}>`,
      });
    },
    close: () => transporter.close(),
  };
}

export function logTransport(): MailTransport {
  return {
    via: 'log',
    async send(mail, log) {
      // Recipient and subject only: the text stays in the database, behind the login.
      log.info({ mailId: mail.id, aan: mail.aan, onderwerp: mail.onderwerp, soort: mail.soort }, 'e-mail afgeleverd aan het log (geen SMTP_URL)');
    },
    close: () => {},
  };
}

/** The transport the configuration asks for. */
export function mailTransport(config: { smtpUrl: string | undefined; mailFrom: string }): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : logTransport();
}
