// The e-mail to the school when a vrijstelling ends or withdraws its melding (R-VRIJ-2,
// R-VRIJ-3, manual ch. 5: "De instelling ontvangt een mail, waarin de aanpassing gemeld
// wordt"). To the melding's contact person; the number, what happened and a link behind the
// login, nothing else (no BSN, no name, no dates of the pupil, no free text), as R-MEL-18.
import type { OutgoingMail } from '../../platform/mail/outbox';
import { vrijstellingMail as t } from './messages';

/**
 * @example vrijstellingMail({ meldingId: '7', nummer: '2030-0000001', aan: 'piet@school.example', ingetrokken: false, baseUrl: 'https://vl.example' })
 *   // { aan: 'piet@school.example', soort: 'melding_vrijstelling', onderwerp: 'Verzuimmelding 2030-0000001 is aangepast wegens vrijstelling', … }
 */
export function vrijstellingMail(m: { meldingId: string; nummer: string; aan: string; ingetrokken: boolean; baseUrl: string }): OutgoingMail {
  return {
    aan: m.aan,
    onderwerp: t.onderwerp(m.nummer),
    tekst: t.tekst({ nummer: m.nummer, ingetrokken: m.ingetrokken, link: `${m.baseUrl}/verzuim/meldingen/${encodeURIComponent(m.nummer)}` }),
    soort: 'melding_vrijstelling',
    meldingId: m.meldingId,
  };
}
