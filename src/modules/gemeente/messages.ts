// Dutch texts of the gemeente behandelaar's pages (docs/functioneel.md §7, R-GEM-2 … R-GEM-5) and of the
// e-mails their actions send (no personal data, as R-MEL-18).
import { type Actie, mailTekst, type MailFeiten } from '../meldingen/face';

/** The gemeente's actions as buttons and page titles (R-GEM-3), by the transition table's names. */
export const gemeenteActieLabels: Partial<Record<Actie, string>> = {
  in_behandeling_nemen: 'In behandeling nemen',
  terugkoppelen: 'Terugkoppeling geven',
  overdragen: 'Overgedragen aan derden vastleggen',
  afsluiten: 'Afsluiten',
  ter_kennisgeving_aannemen: 'Ter kennisgeving aannemen',
  routeren: 'Routeren naar andere gemeente',
};

export const gemeenteScherm = {
  menu: 'Meldingen behandelen',

  // Inbox (R-GEM-2)
  inboxTitel: 'Meldingen behandelen - Verzuimmeldingen van uw gemeente',
  inboxIntro:
    'Hieronder staan de verzuimmeldingen voor leerlingen van uw gemeente. Nieuwe meldingen (Geregistreerd) staan bovenaan. Met de zoekvelden maakt u een selectie; open een melding via het nummer.',
  inboxZoekenKop: 'Zoeken',
  inboxResultatenKop: 'Verzuimmeldingen',
  kolomSchool: 'School',
  kolomPrioriteit: 'Prioriteit',
  prioriteitJa: 'Ja',
  prioriteitNee: 'Nee',
  openenContext: (nummer: string) => `Melding ${nummer} openen`,

  // Detail
  meldingTitel: (nummer: string) => `Melding ${nummer}`,
  gegevensKop: 'Gegevens melding',
  nummer: 'Meldingnummer',
  status: 'Status',
  soort: 'Soort verzuim',
  instelling: 'Onderwijsinstelling',
  gemeente: 'Behandelende gemeente',
  woongemeente: 'Woongemeente leerling',
  datumMelding: 'Datum melding',
  terugkoppelingKop: 'Terugkoppeling gemeente',
  terugkoppelingLeeg: 'De gemeente heeft nog geen terugkoppeling gegeven.',
  behandelaar: 'Gemeentelijke contactpersoon',
  toelichting: 'Toelichting terugkoppeling',
  overgedragenAan: 'Overgedragen aan',
  redenAfgesloten: 'Reden afgesloten',
  toelichtingAfsluiting: 'Toelichting afsluiting',
  intrekkingKop: 'Ingetrokken door de school',
  redenIntrekken: 'Reden intrekken',
  toelichtingIntrekken: 'Toelichting intrekken',
  actiesKop: 'Acties',
  geenActies: (status: string) => `Een melding met status ${status} kunt u niet meer wijzigen.`,
  historie: 'Historie van deze melding',
  terugNaarOverzicht: 'Terug naar het overzicht',
  terugNaarMelding: 'Terug naar de melding',
  annuleren: 'Annuleren',

  // Action pages (R-GEM-3)
  actieTitel: (actie: string, nummer: string) => `${actie} - melding ${nummer}`,
  actieMeldingKop: 'Over deze melding',
  leerling: 'Leerling',
  periode: 'Periode',
  inBehandelingIntro: 'Vul de gemeentelijke contactpersoon in. De school ziet deze gegevens bij de melding.',
  cpNaam: 'Naam contactpersoon',
  cpFunctie: 'Functie',
  cpTelefoon: 'Telefoonnummer',
  cpEmail: 'E-mailadres',
  terugkoppelenIntro: 'De school leest deze toelichting bij de melding. Schrijf geen bijzondere persoonsgegevens op.',
  overdragenIntro: 'Leg vast aan welke partij de zaak is overgedragen. De status van de melding verandert niet.',
  partij: 'Overgedragen aan',
  anders: 'Anders, namelijk',
  andersHint: 'Alleen invullen bij Anders.',
  afsluitenIntro: 'Na het afsluiten kan de melding niet meer worden gewijzigd.',
  afsluitenZonderTm: (datum: string) => `Deze melding heeft geen einddatum (t/m). Bij het afsluiten wordt de einddatum ${datum}.`,
  reden: 'Reden afgesloten',
  toelichtingAfsluitingVeld: 'Toelichting afsluiting',
  terKennisgevingIntro: 'U neemt de melding ter kennisgeving aan: de gemeente onderneemt geen actie. Daarna kan de melding niet meer worden gewijzigd.',
  routerenIntro:
    'Woont de leerling in een andere gemeente? Kies die gemeente. De melding gaat daarheen met status Geregistreerd en die gemeente krijgt een e-mail. Uw gemeente ziet de melding daarna niet meer.',
  routerenGemeente: 'Nieuwe behandelende gemeente',
  opslaan: 'Opslaan',

  // Outcomes
  opgeslagen: (actie: string, nummer: string) => `${actie}: melding ${nummer} is opgeslagen.`,
  gerouteerd: (nummer: string, gemeente: string) => `Melding ${nummer} is gerouteerd naar ${gemeente}. Uw gemeente ziet de melding niet meer.`,
  conflictKop: 'De melding is intussen gewijzigd',
  conflict: (versie: number, door: string) =>
    `Iemand anders heeft deze melding intussen opgeslagen (versie ${versie}${door ? `, door ${door}` : ''}). Uw invoer is niet opgeslagen en staat hieronder nog. Bekijk de melding zoals die nu is en klik opnieuw op de knop om uw invoer op te slaan.`,
  nietToegestaanTitel: 'Deze actie is niet mogelijk',
  nietToegestaan: (actie: string, status: string) => `${actie} kan niet bij een melding met status ${status}. Er is niets opgeslagen.`,
};

/** Field messages of the action forms: at the field and in the error summary. */
export const gemeenteFouten = {
  cpNaamLeeg: 'Vul de naam van de contactpersoon in',
  cpEmailLeeg: 'Vul het e-mailadres van de contactpersoon in',
  emailOngeldig: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl',
  telefoonOngeldig: 'Vul een geldig telefoonnummer in van 10 tot 15 cijfers, bijvoorbeeld 020 123 45 67',
  teLang: (max: number) => `Vul niet meer dan ${max} tekens in`,
  toelichtingLeeg: 'Vul de toelichting in',
  partijLeeg: 'Kies aan wie de zaak is overgedragen',
  andersLeeg: 'Vul in aan wie de zaak is overgedragen',
  redenLeeg: 'Kies de reden afgesloten',
  keuzeOnbekend: 'Kies een waarde uit de lijst',
  gemeenteLeeg: 'Kies de nieuwe behandelende gemeente',
  gemeenteOnbekend: 'Kies een gemeente uit de lijst',
  gemeenteZelfde: 'Kies een andere gemeente dan uw eigen gemeente',
};

type StatusMailFeiten = { nummer: string; status: string; link: string };

const voet = ['', 'Dit bericht is automatisch verstuurd; u kunt er niet op antwoorden.'];

/**
 * The e-mails of the gemeente's actions (R-GEM-3). Only the number, the new status (and for a
 * routed melding the kind and the institution): never a BSN, a pupil's name or free text.
 */
export const gemeenteMail = {
  onderwerpStatus: (nummer: string, status: string) => `Verzuimmelding ${nummer}: status ${status}`,
  tekstStatus: (m: StatusMailFeiten) =>
    [
      'Geachte heer/mevrouw,',
      '',
      'De gemeente heeft de status van een verzuimmelding van uw instelling gewijzigd. U krijgt dit bericht omdat bij de melding om een kopie van de e-mail is gevraagd.',
      '',
      `Meldingnummer: ${m.nummer}`,
      `Nieuwe status: ${m.status}`,
      '',
      `U leest de melding en de terugkoppeling van de gemeente na inloggen in het Verzuimloket: ${m.link}`,
      ...voet,
    ].join('\n'),
  onderwerpRoutering: (nummer: string) => `Verzuimmelding ${nummer} doorgestuurd naar uw gemeente`,
  tekstRoutering: (m: MailFeiten) => mailTekst('Een andere gemeente heeft een verzuimmelding naar uw gemeente doorgestuurd (gerouteerd), omdat de leerling in uw gemeente woont.', m),
};

/** The refusals of the gemeente's JSON API (issue 16) that no page has; the rest are the pages' own. */
export const gemeenteApiFouten = {
  datumFormaat: 'Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2026-08-01',
  prioriteit: 'Kies true of false bij prioriteit',
  cursor: 'Deze cursor is ongeldig. Gebruik de link next uit het vorige antwoord',
  limiet: 'Vul een heel getal van 1 tot en met 100 in',
  status: 'Kies een of meer statussen uit de lijst, gescheiden door komma’s (R, B, G, K, I)',
};
