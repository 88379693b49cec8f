// The e-mails a new melding sends (R-MEL-18, manual §4.1 "Opslaan"): one to the behandelende
// gemeente's mailbox and, when the school asked for it, a copy to its contact person. They
// name the number, the kind and the institution and link to the melding behind the login;
// no BSN, no pupil's name, no free text. Queued by the save service in its transaction.
import { meldingMail as t, soortLabels } from './messages';
import type { OutgoingMail } from '../../platform/mail/outbox';
import type { Soort } from './codes';

export interface NieuweMeldingMail {
  meldingId: string;
  nummer: string;
  soort: Soort;
  instelling: { code: string; naam: string };
  /** gemeenten.email_meldingen of the behandelende gemeente; null when none is registered. */
  gemeenteEmail: string | null;
  /** The contact person's address when "Kopie van de e-mail" is ja; otherwise null. */
  kopieAan: string | null;
  baseUrl: string;
}

/**
 * The mails for a new melding, ready for queueMails.
 * @example meldingNieuwMails({ …, nummer: '2026-0000001', gemeenteEmail: 'leerplicht@x.example', kopieAan: null })
 *   // [{ aan: 'leerplicht@x.example', soort: 'melding_nieuw', … }]
 */
export function meldingNieuwMails(m: NieuweMeldingMail): OutgoingMail[] {
  const gegevens = { nummer: m.nummer, soort: soortLabels[m.soort], instelling: `${m.instelling.code} - ${m.instelling.naam}` };
  const nummer = encodeURIComponent(m.nummer);
  const mails: OutgoingMail[] = [];
  if (m.gemeenteEmail) {
    mails.push({
      aan: m.gemeenteEmail,
      onderwerp: t.onderwerpGemeente(m.nummer),
      tekst: t.tekstGemeente({ ...gegevens, link: `${m.baseUrl}/gemeente/meldingen/${nummer}` }),
      soort: 'melding_nieuw',
      meldingId: m.meldingId,
    });
  }
  if (m.kopieAan) {
    mails.push({
      aan: m.kopieAan,
      onderwerp: t.onderwerpKopie(m.nummer),
      tekst: (m.gemeenteEmail ? t.tekstKopie : t.tekstKopieZonderGemeente)({ ...gegevens, link: `${m.baseUrl}/verzuim/meldingen/${nummer}` }),
      soort: 'melding_kopie',
      meldingId: m.meldingId,
    });
  }
  return mails;
}
