// Dutch texts of outgoing mail for functioneel beheer: the "Verzonden e-mails" overview and
// detail page, and the CLI command that delivers the outbox once.
import type { MailStatus } from '../mail/rules';

const aantal = (n: number): string => n.toLocaleString('nl-NL');

export const mailMessages = {
  menu: 'Verzonden e-mails',
  titel: 'Verzonden e-mails',
  intro:
    'Alle e-mails die het Verzuimloket verstuurt, nieuwste eerst. Een e-mail die niet kon worden afgeleverd, blijft in de wachtrij en wordt later opnieuw verstuurd.',
  zonderSmtp: 'Er is geen mailserver ingesteld (SMTP_URL): e-mails worden niet verstuurd, maar afgeleverd aan het log. U leest ze hier.',
  caption: 'Verzonden e-mails',
  enkelvoud: 'e-mail',
  meervoud: 'e-mails',
  filterStatus: 'Status',
  alleStatussen: 'Alle statussen',
  filterKnop: 'Tonen',
  kolomAangemaakt: 'Aangemaakt',
  kolomAan: 'Aan',
  kolomOnderwerp: 'Onderwerp',
  kolomSoort: 'Soort',
  kolomStatus: 'Status',
  kolomVerzondenOp: 'Verzonden op',
  statusFilter: {
    wachtrij: 'In wachtrij',
    fout: 'Fout (wordt opnieuw geprobeerd)',
    smtp: 'Verzonden via SMTP',
    log: 'Afgeleverd aan het log',
  } satisfies Record<MailStatus, string>,
  status: (status: MailStatus, pogingen: number): string =>
    ({
      wachtrij: 'In wachtrij',
      fout: `Fout: poging ${aantal(pogingen)}`,
      smtp: 'Verzonden via SMTP',
      log: 'Afgeleverd aan het log',
    })[status],
  /** Known kinds of mail; an unknown kind is shown as it is stored. */
  soorten: {
    melding_nieuw: 'Nieuwe melding',
    melding_kopie: 'Kopie van nieuwe melding',
    melding_status: 'Status van melding gewijzigd (kopie school)',
    melding_gerouteerd: 'Melding gerouteerd naar deze gemeente',
    melding_ingetrokken: 'Melding ingetrokken',
    melding_vrijstelling: 'Melding beëindigd wegens vrijstelling',
  } as Readonly<Record<string, string>>,
  detailTitel: (id: string) => `E-mail ${id}`,
  terug: 'Terug naar verzonden e-mails',
  gegevens: 'Gegevens',
  veldAan: 'Aan',
  veldOnderwerp: 'Onderwerp',
  veldSoort: 'Soort',
  veldStatus: 'Status',
  veldAangemaakt: 'Aangemaakt',
  veldVerzondenOp: 'Verzonden op',
  veldVolgendePoging: 'Volgende poging',
  veldPogingen: 'Pogingen',
  veldLaatsteFout: 'Laatste fout',
  veldMelding: 'Melding',
  tekst: 'Tekst',
  cli: {
    /** For the CLI's help table (commands/index.ts reads `opdrachten`). */
    opdrachten: {
      'mail-versturen': {
        gebruik: '',
        tekst: 'Verstuurt de e-mails in de wachtrij die nu aan de beurt zijn, één keer (zoals de achtergrondtaak van de server doet).',
      },
    },
    resultaat: (verzonden: number, mislukt: number) =>
      `${aantal(verzonden)} ${verzonden === 1 ? 'e-mail' : 'e-mails'} verstuurd` +
      (mislukt === 0 ? '.' : `; ${aantal(mislukt)} mislukt, ${mislukt === 1 ? 'die wordt' : 'die worden'} later opnieuw geprobeerd.`),
  },
} as const;
