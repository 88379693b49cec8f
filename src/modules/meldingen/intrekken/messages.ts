// Dutch texts of Melding intrekken (manual §4.2.3, Afb. 39–41; R-INT-1, R-INT-2) and of the
// e-mail the gemeente gets about it (no personal data, as R-MEL-18).

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * An ISO date written out, as a limit reads in a sentence.
 * @example langeDatum('2029-08-01') === '1 augustus 2029'
 */
export function langeDatum(iso: string): string {
  const [j, m, d] = iso.split('-').map(Number);
  return `${d} ${MAANDEN[(m ?? 1) - 1]} ${j}`;
}

export const intrekkenScherm = {
  titel: (nummer: string) => `Intrekken melding ${nummer}`,
  intro:
    'U staat op het punt deze verzuimmelding definitief in te trekken. Een ingetrokken melding kan niet meer worden gewijzigd. Gaat het om foutieve opvoer, dan moet u de melding na intrekking opnieuw opvoeren.',
  overzichtKop: 'Overzicht melding',
  nummer: 'Meldingnummer',
  status: 'Status',
  leerling: 'Leerling',
  soort: 'Vermoedelijke soort verzuim',
  periode: 'Verzuimperiode',
  datumMelding: 'Datum melding',
  versie: 'Versie',
  formulierKop: 'Intrekken bevestigen',
  reden: 'Reden intrekken',
  redenHint: (schooljaarVanaf: string, jaarVanaf: string) =>
    `Geen inschrijving kan alleen bij meldingen met een begindatum op of na 1 augustus van het lopende schooljaar (${langeDatum(schooljaarVanaf)}). Foutief of onterecht opgevoerd kan tot een jaar terug (begindatum op of na ${langeDatum(jaarVanaf)}).`,
  toelichting: 'Toelichting',
  knop: 'Intrekken',
  annuleren: 'Annuleren',
  terugNaarMelding: 'Terug naar de melding',
  historie: 'Historie van deze melding',
  nietToegestaanKop: 'Intrekken is niet mogelijk',
  nietToegestaan: (status: string) =>
    `Deze melding heeft de status ${status} en kan daarom niet worden ingetrokken. Alleen een melding met de status Geregistreerd of In behandeling kan worden ingetrokken.`,
  conflict: (versie: number) =>
    `Deze melding is gewijzigd nadat u deze pagina opende (de melding is nu versie ${versie}). Hieronder staat de melding zoals die nu is. Controleer de gegevens en kies opnieuw Intrekken als u de melding nog steeds wilt intrekken.`,
  ingetrokkenTitel: 'Melding ingetrokken',
  ingetrokken: (nummer: string) => `Melding ${nummer} is ingetrokken.`,
  ingetrokkenTekst: 'De verzuimmelding is nu ingetrokken. De behandelende gemeente krijgt hierover een e-mail.',
  naarRaadplegen: 'Naar Raadplegen verzuim',
};

/** Field messages (R-INT-1, R-INT-2): at the field and in the error summary; each limit names its day. */
export const intrekkenFouten = {
  redenLeeg: 'Kies de reden van intrekken',
  redenOnbekend: 'Kies een reden van intrekken uit de lijst',
  geenInschrijving: (vanaf: string, begindatum: string) =>
    `Geen inschrijving kan alleen voor meldingen met een begindatum op of na ${langeDatum(vanaf)}. Deze melding begint op ${langeDatum(begindatum)}.`,
  eenJaarTerug: (reden: string, vanaf: string, begindatum: string) =>
    `${reden} kan alleen tot een jaar terug: voor meldingen met een begindatum op of na ${langeDatum(vanaf)}. Deze melding begint op ${langeDatum(begindatum)}.`,
  toelichtingTeLang: (max: number) => `De toelichting mag niet langer zijn dan ${max} tekens`,
};

type MailFeiten = { nummer: string; instelling: string; link: string };

/** The gemeente's e-mail (R-INT-1): the number, the institution and a link behind the login. */
export const intrekkenMail = {
  onderwerp: (nummer: string) => `Verzuimmelding ${nummer} is ingetrokken`,
  tekst: (m: MailFeiten) =>
    [
      'Geachte heer/mevrouw,',
      '',
      'Een onderwijsinstelling heeft in het Verzuimloket een verzuimmelding voor uw gemeente ingetrokken. De melding hoeft niet meer te worden behandeld.',
      '',
      `Meldingnummer: ${m.nummer}`,
      `Onderwijsinstelling: ${m.instelling}`,
      '',
      `U leest de melding na inloggen in het Verzuimloket: ${m.link}`,
      '',
      'Dit bericht is automatisch verstuurd; u kunt er niet op antwoorden.',
    ].join('\n'),
};
