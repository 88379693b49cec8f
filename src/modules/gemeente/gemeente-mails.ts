// The e-mails of the gemeente's actions (R-GEM-3): a copy to the school's contact person when
// the status changes and the melding asked for copies, and the new gemeente's mail when a
// melding is routed to it. Same rule as the new-melding mails (R-MEL-18): only the number,
// the status (or the kind and the institution) and a link behind the login; no BSN, no name,
// no free text. Queued by the service in the transaction of the new version.
import { gemeenteMail as t } from './messages';
import { soortLabels, statusLabels, type Soort, type Status, type MeldingInhoud } from '../meldingen/face';
import type { OutgoingMail } from '../../platform/mail/outbox';

/**
 * The school's copy of a status change, or none: only when the status changed and the school's
 * contact person asked for copies ("Kopie van de e-mail", R-MEL-13).
 * @example statusMail({ meldingId: '1', nummer: '2030-0000001', van: 'R', naar: 'B', inhoud, baseUrl })
 *   // [{ aan: 'piet@school.example', soort: 'melding_status', … }] when inhoud asks for copies
 */
export function statusMail(m: { meldingId: string; nummer: string; van: Status; naar: Status; inhoud: MeldingInhoud; baseUrl: string }): OutgoingMail[] {
  const c = m.inhoud.verzuim.contactpersoon;
  if (m.van === m.naar || !c.kopie || !c.email) return [];
  const status = statusLabels[m.naar];
  return [
    {
      aan: c.email,
      onderwerp: t.onderwerpStatus(m.nummer, status),
      tekst: t.tekstStatus({ nummer: m.nummer, status, link: `${m.baseUrl}/verzuim/meldingen/${encodeURIComponent(m.nummer)}` }),
      soort: 'melding_status',
      meldingId: m.meldingId,
    },
  ];
}

/** The new gemeente's mail about a melding routed to it (R-GEM-3 Routeren), or none without a mailbox. */
export function routeringMail(m: {
  meldingId: string;
  nummer: string;
  soort: Soort;
  instelling: { code: string; naam: string };
  gemeenteEmail: string | null;
  baseUrl: string;
}): OutgoingMail[] {
  if (!m.gemeenteEmail) return [];
  return [
    {
      aan: m.gemeenteEmail,
      onderwerp: t.onderwerpRoutering(m.nummer),
      tekst: t.tekstRoutering({
        nummer: m.nummer,
        soort: soortLabels[m.soort],
        instelling: `${m.instelling.code} - ${m.instelling.naam}`,
        link: `${m.baseUrl}/gemeente/meldingen/${encodeURIComponent(m.nummer)}`,
      }),
      soort: 'melding_gerouteerd',
      meldingId: m.meldingId,
    },
  ];
}
