// Outgoing mail as the rest of the app uses it: one delivery run (for the job in server.ts and
// the CLI), and reading the outbox for functioneel beheer. Reading is audited: the overview
// shows who was mailed about what.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { writeAudit } from '../audit/audit.service';
import type { JobLogger } from '../jobs/runner';
import { pageInfo, type OverzichtState } from '../ui/overzicht-state';
import { deliverOutbox, type DeliveryResult } from './delivery';
import { countMails, findMail, listMails, type MailFilter, type MailOverzichtRij, type MailRij } from './outbox.repository';
import { mailTransport } from './transport';

/** Who reads the outbox, for the audit log. */
export interface MailLezer {
  gebruikerId: string;
  gebruikersnaam: string;
  ip: string | null;
}

export type MailSort = 'aangemaakt';

const ID = /^[1-9]\d{0,17}$/;

export function mailService(deps: { db: Kysely<Database>; config: { smtpUrl: string | undefined; mailFrom: string }; now: () => Date }) {
  const { db, now } = deps;
  const transport = mailTransport(deps.config);

  return {
    /** 'smtp' or 'log': where delivered mails go with this configuration. */
    via: transport.via,

    /** One delivery run; see delivery.ts for claim, send, mark. `signal`: stop early (shutdown). */
    deliver(log: JobLogger, signal?: AbortSignal): Promise<DeliveryResult> {
      return deliverOutbox({ db, transport, now, log, signal });
    },

    /** One page of the outbox, newest first, and an audit line for looking. */
    async overzicht(filter: MailFilter, state: OverzichtState<MailSort>, lezer: MailLezer): Promise<{ rows: MailOverzichtRij[]; total: number }> {
      const total = await countMails(db, filter);
      const { offset, perPage } = pageInfo(total, state);
      const rows = await listMails(db, filter, state.dir, perPage, offset);
      await writeAudit(db, {
        actie: 'mails_ingezien',
        ...lezer,
        details: { status: filter.status, pagina: state.page, gevonden: total },
      });
      return { rows, total };
    },

    /** One mail with its text, or undefined for an unknown (or malformed) id; audited. */
    async detail(id: string, lezer: MailLezer): Promise<MailRij | undefined> {
      if (!ID.test(id)) return undefined;
      const mail = await findMail(db, id);
      if (mail) await writeAudit(db, { actie: 'mail_ingezien', ...lezer, objectType: 'uitgaande_mail', objectId: id });
      return mail;
    },

    /** Closes the SMTP transport (at shutdown, after the delivery job has stopped). */
    close(): void {
      transport.close();
    },
  };
}

export type MailService = ReturnType<typeof mailService>;
