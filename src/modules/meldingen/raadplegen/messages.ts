// Dutch texts of Raadplegen verzuim (manual §4.2, Afb. 34 and 35; R-RAA-1), and the field
// messages of the melding search that the gemeente inbox shares.

export const raadplegenScherm = {
  menu: 'Raadplegen verzuim',
  titel: 'Raadplegen verzuim - Zoeken verzuimmelding',
  intro:
    'Maak een selectie van de meldingen die u wilt zien en klik op Zoeken. Bij status melding staan Geregistreerd en In behandeling standaard aan.',
  statusMelding: 'Status melding',
  pgn: 'Persoonsgebonden nummer (PGN)',
  pgnHint: 'Het burgerservicenummer of onderwijsnummer, 9 cijfers.',
  achternaam: 'Achternaam leerling',
  achternaamHint: 'Zonder voorvoegsel. Gevonden worden achternamen die beginnen met wat u invult.',
  achternaamUitleg:
    'U kunt zoeken met het procentteken (%). Zoekt u op ‘%oor’, dan krijgt u alle leerlingen waar ergens in de achternaam ‘oor’ voorkomt. Zoekt u op ‘oor’, dan krijgt u de leerlingen waarvan de achternaam begint met ‘oor’.',
  nummer: 'Meldingnummer',
  nummerHint: 'Bijvoorbeeld 2026-0000123.',
  soort: 'Soort verzuim',
  soortAlle: 'Alle soorten',
  periodeKop: 'Verzuimperiode',
  periodeHint: 'Meldingen waarvan de verzuimperiode (deels) in deze periode valt.',
  van: 'Periode van',
  tm: 'Periode t/m',
  onderwijslocatie: 'Onderwijslocatie',
  onderwijslocatieHint: 'De naam van de locatie (begin van de naam; % zoekt overal in de naam).',
  prioriteit: 'Met prioriteit',
  prioriteitAlle: 'Met en zonder prioriteit',
  school: 'Instellingscode school',
  zoeken: 'Zoeken',
  allesWissen: 'Alles wissen',
  resultatenKop: 'Overzicht verzuimmeldingen',
  exporteren: 'Overzicht downloaden als CSV-bestand',
  exporterenHint: 'Alle gevonden meldingen (alle pagina’s), met puntkomma’s gescheiden, te openen in een spreadsheet.',
  zoekopdrachtVerlopen:
    'Deze zoekopdracht is verlopen of hoort niet bij u. Zoekopdrachten met een PGN of achternaam worden een week bewaard. Zoek opnieuw.',
  // Columns (Afb. 35)
  kolomNummer: 'Nummer',
  kolomPgn: 'PGN',
  kolomNaam: 'Naam',
  kolomSoort: 'Soort verzuim',
  kolomPeriode: 'Periode',
  kolomStatus: 'Status',
  kolomDatum: 'Datum melding',
  kolomActies: 'Acties',
  /** The number's link when the melding opens read-only ("Raadplegen verzuim - Melding …"). */
  inzienContext: (nummer: string) => `Melding ${nummer} inzien`,
  /** The number's link while the school may still change it ("Wijzigen verzuim - Melding …"). */
  wijzigenContext: (nummer: string) => `Melding ${nummer} wijzigen`,
  historie: 'Historie',
  kopieren: 'Kopiëren',
  meldingContext: (nummer: string) => ` melding ${nummer}`,
  enkelvoud: 'verzuimmelding',
  meervoud: 'verzuimmeldingen',
  csvBestand: (datum: string) => `verzuimmeldingen-${datum}.csv`,
  csvKoppen: ['Nummer', 'PGN', 'Achternaam', 'Voorvoegsel', 'Voornamen', 'Soort verzuim', 'Periode van', 'Periode t/m', 'Status', 'Datum melding', 'Onderwijslocatie', 'Met prioriteit', 'Instellingscode', 'Gemeentecode'],
};

/** Field messages of the melding search (R-RAA-1, R-GEM-2): at the field, in the error summary. */
export const zoekFouten = {
  geenStatus: 'Kies ten minste één status melding',
  statusOnbekend: 'Kies een status uit de lijst',
  nummerFormaat: 'Vul het meldingnummer in als JJJJ-NNNNNNN, bijvoorbeeld 2026-0000123',
  soortOnbekend: 'Kies een soort verzuim uit de lijst',
  vanOngeldig: 'Vul de datum Periode van in als DD-MM-JJJJ, bijvoorbeeld 01-08-2026',
  tmOngeldig: 'Vul de datum Periode t/m in als DD-MM-JJJJ, bijvoorbeeld 31-07-2027',
  tmVoorVan: 'De datum Periode t/m moet op of na de datum Periode van liggen',
  teLang: (max: number) => `Vul niet meer dan ${max} tekens in`,
  prioriteitOnbekend: 'Kies ja of nee bij Met prioriteit',
  schoolFormaat: 'Vul de instellingscode in als 2 cijfers en 2 letters, bijvoorbeeld 00AA',
};
