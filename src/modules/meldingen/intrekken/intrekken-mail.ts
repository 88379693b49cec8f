// The e-mail a withdrawn melding sends (R-INT-1): to the behandelende gemeente's mailbox, with
// the number and the institution and a link to the melding behind the login; no BSN, no
// pupil's name, no free text (the school's toelichting stays behind the login too).
import type { OutgoingMail } from '../../../platform/mail/outbox';
import { intrekkenMail as t } from './messages';

export interface IngetrokkenMail {
  meldingId: string;
  nummer: string;
  instelling: { code: string; naam: string };
  /** gemeenten.email_meldingen of the melding's gemeente; null when none is registered. */
  gemeenteEmail: string | null;
  baseUrl: string;
}

/**
 * The mail for a withdrawn melding, ready for queueMails; none without a registered mailbox.
 * @example ingetrokkenMails({ …, nummer: '2030-0000001', gemeenteEmail: 'leerplicht@x.example' })
 *   // [{ aan: 'leerplicht@x.example', soort: 'melding_ingetrokken', … }]
 */
export function ingetrokkenMails(m: IngetrokkenMail): OutgoingMail[] {
  if (!m.gemeenteEmail) return [];
  return [
    {
      aan: m.gemeenteEmail,
      onderwerp: t.onderwerp(m.nummer),
      tekst: t.tekst({ nummer: m.nummer, instelling: `${m.instelling.code} - ${m.instelling.naam}`, link: `${m.baseUrl}/gemeente/meldingen/${encodeURIComponent(m.nummer)}` }),
      soort: 'melding_ingetrokken',
      meldingId: m.meldingId,
    },
  ];
}
