// One outgoing mail: its delivery state and its text as sent (plain text; lines kept).
import type { ComponentChildren } from 'preact';
import { mailMessages as t } from '../../messages/mail';
import { SummaryList } from '../../ui/summary-list';
import type { MailRij } from '../outbox.repository';
import { mailStatus } from '../rules';
import { formatDutchDateTime } from '../../datum';
import { MAILS_PAD, soortNaam, statusTekst } from './mails';

/** Paragraphs at blank lines, line breaks inside them: the text reads as the mail does. */
function Tekst({ tekst }: { tekst: string }): ComponentChildren {
  return tekst
    .split(/\r?\n\s*\r?\n/)
    .filter((p) => p.trim() !== '')
    .map((p, i) => (
      <p class="utrecht-paragraph" key={i}>
        {p.split(/\r?\n/).flatMap((line, j) => (j === 0 ? [line] : [<br key={j} />, line]))}
      </p>
    ));
}

export function MailDetail({ mail }: { mail: MailRij }): ComponentChildren {
  const open = mail.verzonden_op === null;
  return (
    <>
      <p>
        <a class="utrecht-link" href={MAILS_PAD}>
          {t.terug}
        </a>
      </p>
      <SummaryList
        title={t.gegevens}
        rows={[
          { key: t.veldAan, value: mail.aan },
          { key: t.veldOnderwerp, value: mail.onderwerp },
          { key: t.veldSoort, value: soortNaam(mail.soort) },
          { key: t.veldStatus, value: statusTekst(mail) },
          { key: t.veldAangemaakt, value: formatDutchDateTime(mail.aangemaakt_op) },
          open ? { key: t.veldVolgendePoging, value: formatDutchDateTime(mail.volgende_poging_op) } : { key: t.veldVerzondenOp, value: formatDutchDateTime(mail.verzonden_op) },
          { key: t.veldPogingen, value: String(mail.pogingen) },
          ...(mail.laatste_fout || mailStatus(mail) === 'fout' ? [{ key: t.veldLaatsteFout, value: mail.laatste_fout }] : []),
          ...(mail.melding_id ? [{ key: t.veldMelding, value: mail.melding_id }] : []),
        ]}
      />
      <h2 class="utrecht-heading-2">{t.tekst}</h2>
      <Tekst tekst={mail.tekst} />
    </>
  );
}
