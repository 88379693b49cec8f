// Dutch texts of Vrijstellingen (docs/functioneel.md §8, manual ch. 5): the gemeente's pages, the field
// messages, the e-mail to the school, and the CLI's vrijstellingen-controle.
import type { VrijstellingSoort } from './rules';

const aantal = (n: number): string => n.toLocaleString('nl-NL');
const meldingen = (n: number): string => `${aantal(n)} ${n === 1 ? 'verzuimmelding' : 'verzuimmeldingen'}`;

/** R-VRIJ-4: the kinds, by article of the Leerplichtwet 1969. */
export const vrijstellingSoortLabels: Record<VrijstellingSoort, string> = {
  '5_onder_a': 'Art. 5 onder a: lichamelijke of psychische ongeschiktheid',
  '5_onder_b': 'Art. 5 onder b: bedenkingen tegen de richting van het onderwijs',
  '5_onder_c': 'Art. 5 onder c: onderwijs in het buitenland',
  '5a': 'Art. 5a: trekkend bestaan',
  '15': 'Art. 15: vervangende leerplicht (ander onderwijs)',
};

/** Short names for the overviews. */
export const vrijstellingSoortKort: Record<VrijstellingSoort, string> = {
  '5_onder_a': 'Art. 5 onder a',
  '5_onder_b': 'Art. 5 onder b',
  '5_onder_c': 'Art. 5 onder c',
  '5a': 'Art. 5a',
  '15': 'Art. 15',
};

export const vrijstellingenScherm = {
  menu: 'Vrijstellingen',
  titel: 'Vrijstellingen',
  intro:
    'Leg een vrijstelling van de leerplicht of vervangende leerplicht vast voor een leerling die in uw gemeente woont. Overlapt de vrijstelling met een verzuimmelding, dan wordt die melding automatisch aangepast en krijgt de onderwijsinstelling een e-mail.',
  zoekKop: 'Leerling zoeken',
  pgn: 'Persoonsgebonden nummer (PGN)',
  pgnHint: 'Het burgerservicenummer of onderwijsnummer, 9 cijfers.',
  zoeken: 'Zoeken',
  gemeenteKop: 'Vrijstellingen van uw gemeente',
  caption: 'Vrijstellingen van uw gemeente',
  leerlingCaption: 'Vrijstellingen van deze leerling',
  enkelvoud: 'vrijstelling',
  meervoud: 'vrijstellingen',
  geenVanGemeente: 'Uw gemeente heeft nog geen vrijstellingen vastgelegd.',
  geenVanLeerling: 'Voor deze leerling is geen vrijstelling vastgelegd.',
  kolomPgn: 'PGN',
  kolomNaam: 'Naam leerling',
  kolomSoort: 'Soort',
  kolomBegin: 'Begindatum',
  kolomEind: 'Einddatum',
  kolomGemeente: 'Gemeente',
  kolomActies: 'Acties',
  geenEinddatum: 'Geen',
  wijzigen: 'Wijzigen',
  beeindigen: 'Beëindigen',
  actieContext: (soort: string, begin: string) => ` vrijstelling ${soort} vanaf ${begin}`,
  andereGemeente: 'Vastgelegd door een andere gemeente',

  leerlingTitel: 'Vrijstellingen van een leerling',
  leerlingKop: 'Leerling',
  naam: 'Naam',
  geboortedatum: 'Geboortedatum',
  woongemeente: 'Woongemeente',
  registrerenKnop: 'Vrijstelling registreren',
  andereLeerling: 'Andere leerling zoeken',
  keuzeVerlopen: 'Deze pagina is verlopen. Zoek de leerling opnieuw.',

  registrerenTitel: 'Vrijstelling registreren',
  wijzigenTitel: 'Vrijstelling wijzigen',
  beeindigenTitel: 'Vrijstelling beëindigen',
  soort: 'Soort vrijstelling',
  begindatum: 'Begindatum',
  einddatum: 'Einddatum',
  einddatumHint: 'De laatste dag van de vrijstelling. Laat leeg als de einddatum nog niet bekend is.',
  beeindigenHint: 'De laatste dag van de vrijstelling.',
  beeindigenIntro: 'Vul de laatste dag in waarop de vrijstelling geldt.',
  gevolgUitleg:
    'Overlapt de vrijstelling met een verzuimmelding die geregistreerd of in behandeling is, dan wordt die melding beëindigd op de dag voor de vrijstelling begint, of ingetrokken als de melding helemaal binnen de vrijstelling valt. De onderwijsinstelling krijgt daarover een e-mail.',
  opslaan: 'Opslaan',
  annuleren: 'Annuleren',
  huidigKop: 'Vrijstelling',

  geregistreerd: 'De vrijstelling is vastgelegd.',
  gewijzigd: 'De vrijstelling is gewijzigd.',
  beeindigd: 'De vrijstelling is beëindigd.',
  /** The effect on meldingen, after the confirmation (R-VRIJ-2). */
  gevolgen: (g: { ingekort: string[]; ingetrokken: string[]; handmatig: string[] }): string =>
    [
      g.ingekort.length ? `Beëindigd op de dag voor de vrijstelling: ${meldingen(g.ingekort.length)} (${g.ingekort.join(', ')}).` : '',
      g.ingetrokken.length ? `Ingetrokken wegens vrijstelling: ${meldingen(g.ingetrokken.length)} (${g.ingetrokken.join(', ')}).` : '',
      g.handmatig.length
        ? `Niet automatisch aangepast, want ${g.handmatig.length === 1 ? 'deze melding begint' : 'deze meldingen beginnen'} binnen de vrijstelling en ${g.handmatig.length === 1 ? 'loopt' : 'lopen'} daarna door: ${g.handmatig.join(', ')}. Beoordeel ${g.handmatig.length === 1 ? 'deze melding' : 'deze meldingen'} zelf.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
};

/** Field messages: at the field and in the error summary. */
export const vrijstellingFouten = {
  geenLeerling: 'Geen leerling gevonden met dit persoonsgebonden nummer.',
  nietInGemeente:
    'Deze leerling woont volgens de registratie (ROD) niet in uw gemeente. U kunt alleen een vrijstelling vastleggen voor een leerling die in uw gemeente woont.',
  soortKiezen: 'Kies de soort vrijstelling.',
  begindatumLeeg: 'Vul de begindatum in.',
  begindatumOngeldig: 'Vul een bestaande begindatum in als DD-MM-JJJJ, bijvoorbeeld 01-09-2030.',
  einddatumLeeg: 'Vul de einddatum in.',
  einddatumOngeldig: 'Vul een bestaande einddatum in als DD-MM-JJJJ, bijvoorbeeld 31-07-2031.',
  eindVoorBegin: 'De einddatum moet op of na de begindatum liggen.',
  overlap: 'Er is al een vrijstelling voor deze leerling die (deels) in deze periode valt. Vrijstellingen van één leerling mogen elkaar niet overlappen.',
  overlapMet: (van: string, tm: string | null) =>
    `Er is al een vrijstelling voor deze leerling van ${van}${tm ? ` t/m ${tm}` : ' zonder einddatum'}. Vrijstellingen van één leerling mogen elkaar niet overlappen.`,
  conflict:
    'Iemand anders heeft deze vrijstelling intussen gewijzigd. Hieronder staat de vrijstelling zoals die nu is. Voer uw wijziging opnieuw in als die nog nodig is.',
};

/**
 * The e-mail to the school's contact person when a vrijstelling ends or withdraws its melding
 * (R-VRIJ-2, R-VRIJ-3, manual ch. 5). Only the number and what happened, and a link behind the
 * login: never a BSN, a pupil's name, a date of the pupil, or free text.
 */
export const vrijstellingMail = {
  onderwerp: (nummer: string) => `Verzuimmelding ${nummer} is aangepast wegens vrijstelling`,
  tekst: (m: { nummer: string; ingetrokken: boolean; link: string }) =>
    [
      'Geachte heer, mevrouw,',
      '',
      m.ingetrokken
        ? 'Voor de leerling van onderstaande verzuimmelding heeft de gemeente een vrijstelling van de leerplicht vastgelegd die de hele verzuimperiode omvat. De melding is daarom ingetrokken wegens vrijstelling.'
        : 'Voor de leerling van onderstaande verzuimmelding heeft de gemeente een vrijstelling van de leerplicht vastgelegd. De melding is daarom beëindigd wegens vrijstelling: de einddatum is de dag voordat de vrijstelling begint.',
      '',
      `Meldingnummer: ${m.nummer}`,
      `Aanpassing: ${m.ingetrokken ? 'ingetrokken wegens vrijstelling' : 'beëindigd wegens vrijstelling'}`,
      '',
      `U leest de melding na inloggen in het Verzuimloket: ${m.link}`,
      '',
      'Dit bericht is automatisch verstuurd; u kunt er niet op antwoorden.',
    ].join('\n'),
};

export const vrijstellingenCli = {
  opdrachten: {
    'vrijstellingen-controle': {
      gebruik: '',
      tekst:
        'Controleert één keer of er verzuimmeldingen over een vrijstelling zijn opgevoerd en past ze aan (zoals de achtergrondtaak van de server elk uur doet).',
    },
  },
  bezet: 'Een ander proces voert de controle op dit moment uit; er is niets gedaan.',
  resultaat: (r: { ingekort: number; ingetrokken: number; handmatig: number }) =>
    `${meldingen(r.ingekort + r.ingetrokken)} aangepast: ${aantal(r.ingekort)} beëindigd op de dag voor de vrijstelling, ${aantal(r.ingetrokken)} ingetrokken.` +
    (r.handmatig > 0 ? ` ${meldingen(r.handmatig)} niet automatisch aangepast (begint binnen de vrijstelling en loopt daarna door).` : ''),
};
