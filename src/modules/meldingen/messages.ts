// Dutch texts of meldingen: the manual's own labels and messages (§4.1, Afb. 21–33).
import type { Soort, Status, Verbijzondering } from './codes';

export const soortLabels: Record<Soort, string> = {
  V3: '16 uren per 4 weken 18-',
  LRV: 'Langdurig relatief verzuim 18-',
  V4: '16 uren per 4 weken 18+',
  RMC: 'RMC verzuim 18+',
  O: 'Overig verzuim',
  L: 'Luxe verzuim',
};

export const statusLabels: Record<Status, string> = {
  R: 'Geregistreerd',
  B: 'In behandeling',
  G: 'Afgesloten',
  K: 'Ter kennisgeving aangenomen',
  I: 'Ingetrokken',
};

export const verbijzonderingLabels: Record<Verbijzondering, string> = {
  vermoedelijk_ongeoorloofd: 'Vermoedelijk ongeoorloofd',
  mogelijk_langdurig_ziek: 'Mogelijk langdurig ziek',
};

export const actieSchoolLabels = {
  gesprek_leerling: 'Gesprek met leerling',
  gesprek_ouders: 'Gesprek met ouder(s)/verzorger(s)',
  telefonisch_ouders: 'Telefonisch contact met ouder(s)/verzorger(s)',
  brief_ouders: 'Brief aan ouder(s)/verzorger(s)',
  huisbezoek: 'Huisbezoek',
  zorg_adviesteam: 'Besproken in zorg- en adviesteam',
  doorverwezen_jeugdarts_smw: 'Doorverwezen naar jeugdarts of schoolmaatschappelijk werk',
  anders: 'Anders',
} as const;

/** Refusals and field messages of the rules (R-MEL-1 … R-MEL-15). */
export const meldingRegels = {
  geenLeerling: 'Geen leerling gevonden',
  buitenland: 'Deze leerling woont in het buitenland. Er kan geen verzuim gemeld worden.',
  nietIngeschreven: 'Geen gegevens gevonden. De leerling staat volgens ROD niet ingeschreven bij uw instelling; u kunt van deze leerling geen verzuim melden.',
  hoofdinschrijvingElders: (instelling: string) =>
    `Deze leerling volgt een doorlopende leerroute en heeft de hoofdinschrijving bij een andere school (${instelling}). Neem contact op met die school: die moet het verzuim opvoeren.`,
  vanLeeg: 'Vul de begindatum van de verzuimperiode in',
  vanOngeldig: 'Vul de begindatum in als DD-MM-JJJJ, bijvoorbeeld 02-09-2026',
  vanToekomst: 'De begindatum van de verzuimperiode mag niet in de toekomst liggen',
  tmOngeldig: 'Vul de einddatum in als DD-MM-JJJJ, bijvoorbeeld 27-09-2026',
  tmVoorVan: 'De einddatum van de verzuimperiode moet op of na de begindatum liggen',
  overlap: (nummer: string) =>
    `De verzuimperiode valt samen met een andere melding voor deze leerling (melding ${nummer}). Kies een periode die daar niet mee samenvalt.`,
  overlapOnbekend: 'De verzuimperiode valt samen met een andere melding voor deze leerling. Kies een periode die daar niet mee samenvalt.',
  soortLeeg: 'Kies de vermoedelijke soort verzuim',
  soortNietVoorLeeftijd: (leeftijd: number) => `Deze soort verzuim kan niet gekozen worden voor een leerling van ${leeftijd} jaar op de eerste verzuimdag`,
  rmcNietVanToepassing:
    'RMC verzuim 18+ is alleen voor jongeren tot 23 jaar zonder startkwalificatie. Deze leerling is 23 jaar of ouder, of heeft een startkwalificatie.',
  lrvZonderV3: 'Langdurig relatief verzuim 18- kan alleen worden gemeld als er voor deze leerling eerder een melding "16 uren per 4 weken 18-" is gedaan',
  verbijzonderingNietBijSoort: 'Een verbijzondering kan alleen worden opgegeven bij Overig verzuim',
  verbijzonderingOnbekend: 'Kies een verbijzondering uit de lijst',
  redenLeeg: 'Vul de vermoedelijke reden in',
  redenTeLang: (max: number) => `De vermoedelijke reden mag niet langer zijn dan ${max} tekens`,
  actieGewenstLeeg: 'Geef aan of actie door de gemeente gewenst is',
  toelichtingActieVerplicht: 'Licht toe waarom actie door de gemeente niet gewenst is',
  prioriteitAlleenBijActie: 'Met prioriteit oppakken kan alleen als actie gewenst is',
  lesurenBijAllesGemist: 'Er is aangegeven dat alle lessen zijn gemist; dan kunnen geen lesuren worden opgegeven',
  verzuimdagBuitenPeriode: 'De verzuimdag moet binnen de verzuimperiode liggen',
  verzuimdagDubbel: 'Deze verzuimdag staat er al',
  verzuimdagLeeg: 'Vul de datum van de verzuimdag in als DD-MM-JJJJ',
  lesurenLeeg: 'Kies de verzuimde lesuren, of geef aan dat de hele dag is verzuimd',
  actieSchoolLeeg: 'Kies minimaal één ondernomen actie door school',
  actieSchoolOnbekend: 'Kies een ondernomen actie uit de lijst',
};

/** Field messages of the wizard's own parsing (formats, lists, required-if) beside the rules'. */
export const meldingInvoer = {
  telefoonOngeldig: 'Vul een geldig telefoonnummer in, bijvoorbeeld 020 123 45 67',
  emailOngeldig: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl',
  contactNaamLeeg: 'Vul de naam van het aanvullende contact in',
  teveelContacten: (max: number) => `Er is ruimte voor maximaal ${max} aanvullende contactpersonen`,
  adresKeuzeOnbekend: 'Kies hoe u het afwijkende adres opgeeft',
  straatLeeg: 'Vul de straat in',
  huisnummerLeeg: 'Vul het huisnummer in',
  plaatsLeeg: 'Vul de plaats in',
  locatieAdresLeeg: 'Vul de locatie in',
  plaatsnaamLeeg: 'Vul de plaatsnaam in',
  soortOnbekend: 'Kies een vermoedelijke soort verzuim uit de lijst',
  aanbiederOnbekend: 'Kies een onderwijsaanbiedercode uit de lijst',
  locatieOnbekend: 'Kies een onderwijslocatie uit de lijst',
  olcFormaat: 'Vul de onderwijslocatiecode in als 3 cijfers, de letter X en 3 cijfers (999X999), bijvoorbeeld 110X912',
  olcOnbekend: 'Onderwijslocatie onbekend: deze onderwijslocatiecode staat in RIO niet bij uw instelling. Controleer de code of laat het veld leeg.',
  contactpersoonOnbekend: 'Kies een contactpersoon uit de lijst',
  contactNaamVerplicht: 'Vul de naam van de contactpersoon in',
  contactNaamTeLang: (max: number) => `De naam van de contactpersoon mag niet langer zijn dan ${max} tekens`,
  functieTeLang: (max: number) => `De functie van de contactpersoon mag niet langer zijn dan ${max} tekens`,
  contactEmailVerplicht: 'Vul het e-mailadres van de contactpersoon in',
  tekstTeLang: (max: number) => `De tekst mag niet langer zijn dan ${max} tekens`,
  geenVerzuimdag: 'Voeg een verzuimdag toe, of kies Niet van toepassing',
  teveelVerzuimdagen: (max: number) => `Er kunnen maximaal ${max} verzuimdagen worden opgegeven`,
};

/** Labels, buttons and texts of the Opvoeren verzuim screens (manual §4.1, §4.3, Afb. 21–33). */
export const meldingScherm = {
  menuOpvoeren: 'Opvoeren verzuim',
  menuConcepten: 'Mijn concepten',
  titelPrefix: 'Opvoeren verzuim - ',
  stapVan: (n: number, totaal: number) => `Stap ${n} van ${totaal}`,
  // Leerling zoeken (Afb. 21–24)
  zoekenTitel: 'Opvoeren verzuim - Selecteren leerling',
  zoekenIntro: 'Geef aan voor welke leerling een melding moet worden opgevoerd. U kunt alleen zoeken op persoonsgebonden nummer.',
  pgn: 'Persoonsgebonden nummer (PGN)',
  pgnHint: 'Het burgerservicenummer of onderwijsnummer van de leerling, 9 cijfers.',
  pgnUitleg:
    'U kunt alleen verzuim melden van een leerling die volgens het Register Onderwijsdeelnemers (ROD) bij uw instelling staat ingeschreven. Verzuim door leerlingen die praktijklessen volgen bij een andere school dan waar ze staan ingeschreven, moet worden gemeld door de school waar ze ingeschreven staan en niet door de school waar deze leerlingen praktijklessen volgen.',
  zoeken: 'Zoeken',
  allesWissen: 'Alles wissen',
  gevondenLeerling: 'Gevonden leerling',
  openMeldingenKop: 'Openstaande meldingen',
  openMeldingenIntro:
    'Voor deze leerling zijn nog openstaande meldingen (Geregistreerd of In behandeling). U kunt een melding inzien, de historie bekijken, een melding kopiëren of een nieuwe melding toevoegen.',
  geenOpenMeldingen: 'Er zijn voor deze leerling geen openstaande meldingen.',
  toevoegen: 'Toevoegen',
  inzien: 'Inzien',
  historie: 'Historie',
  kopieren: 'Kopiëren',
  kolomNummer: 'Meldingnummer',
  kolomSoort: 'Soort verzuim',
  kolomPeriode: 'Periode',
  kolomStatus: 'Status',
  kolomActie: 'Actie',
  melding: 'melding',
  meldingen: 'meldingen',
  meldingContext: (nummer: string) => ` melding ${nummer}`,
  // Leerling (Afb. 25, R-MEL-6)
  leerlingTitel: 'Gegevens leerling',
  rodKop: 'Gegevens uit het Register Onderwijsdeelnemers (ROD)',
  naam: 'Naam',
  geboortedatum: 'Geboortedatum',
  adres: 'Adres',
  woongemeente: 'Woongemeente',
  telefoon: 'Telefoonnummer leerling/ouder',
  telefoonUitleg: 'Het telefoonnummer waarop de leerling/ouder volgens de onderwijsinstelling bereikbaar is.',
  email: 'E-mailadres leerling/ouder',
  emailUitleg: 'Het e-mailadres waarop de leerling/ouder volgens de onderwijsinstelling bereikbaar is.',
  contactenKop: 'Aanvullende contactgegevens',
  contactenUitleg: (max: number) =>
    `Eventuele aanvullende contactgegevens van de leerling zelf of van aanvullende contactpersonen. In totaal is er ruimte voor maximaal ${max} aanvullende contactpersonen.`,
  contactN: (n: number) => `Aanvullend contact ${n}`,
  contactNaam: 'Naam',
  contactRelatie: 'Relatie tot de leerling',
  contactTelefoon: 'Telefoonnummer',
  contactEmail: 'E-mailadres',
  contactToevoegen: 'Contact toevoegen',
  contactVerwijderen: 'Verwijderen',
  contactVerwijderenContext: (n: number) => ` aanvullend contact ${n}`,
  geenContacten: 'Er zijn geen aanvullende contacten opgegeven.',
  adresKeuze: 'Afwijkend adres leerling',
  adresUitleg:
    'Dit kunt u vullen als het adres van de leerling afwijkt van het geregistreerde adres, dat boven in beeld staat. U kunt kiezen uit Straat en postcode of Locatie en plaatsnaam.',
  adresGeen: 'Geen afwijkend adres',
  adresStraat: 'Straat en postcode',
  adresLocatie: 'Locatie en plaatsnaam',
  straat: 'Straat',
  huisnummer: 'Huisnummer',
  postcode: 'Postcode',
  plaats: 'Plaats',
  locatieAdres: 'Locatie',
  plaatsnaam: 'Plaatsnaam',
  alleenBijStraat: 'Alleen invullen bij Straat en postcode.',
  alleenBijLocatie: 'Alleen invullen bij Locatie en plaatsnaam.',
  // Verzuim (Afb. 26–28, R-MEL-7 … R-MEL-13)
  verzuimTitel: 'Gegevens melding',
  van: 'Verzuimperiode van',
  vanUitleg:
    'De begindatum van de verzuimperiode, in het formaat DD-MM-JJJJ. Wanneer de verzuimperiode (deels) samenvalt met een andere melding voor deze leerling wordt dit afgekeurd. Telregel van DUO: de begindatum is de eerste dag van verzuim, de einddatum is de dag waarop de 16 uren zijn bereikt; de dag erna begint het tellen opnieuw.',
  tm: 'Verzuimperiode t/m',
  tmUitleg:
    'De einddatum van de verzuimperiode, in het formaat DD-MM-JJJJ. Het zal regelmatig voorkomen dat op het moment van melden het verzuim nog niet is beëindigd: laat het veld dan leeg.',
  soort: 'Vermoedelijke soort verzuim',
  soortHint: (leeftijd: string, op: string) => `De keuzes horen bij de leeftijd van de leerling op ${op}: ${leeftijd} jaar.`,
  soortKeuzesTonen: 'Toon keuzes',
  soortKeuzesContext: ' voor de soort verzuim bij de ingevulde begindatum',
  // The definitions of manual §4.1, "Vermoedelijke soort (verzuim)"; its "ouder dan 18" is the rule's 18 or older (R-MEL-9).
  soortUitleg: {
    V3: 'Het verzuim van een leerplichtige waarvan het schoolhoofd verplicht is het te melden aan de leerplichtambtenaar, te weten verzuim van meer dan 16 uren gedurende een periode van vier weken. Wordt alleen getoond als de leerling jonger is dan 18 jaar.',
    LRV: 'Als de leerling voor tenminste 4 weken continu verzuimt en u tenminste één melding ‘16 uren per 4 weken’ heeft gemeld, dient u de leerling aan te melden voor Langdurig relatief verzuim. Wordt alleen getoond als de leerling jonger is dan 18 jaar.',
    V4: 'Verzuim van meer dan 16 uren gedurende een periode van vier weken. Wordt alleen getoond als de leerling 18 jaar of ouder is. Deze vorm van verzuim heeft geen wettelijke meldplicht.',
    RMC: 'Het verzuim waarvan het schoolhoofd voor een niet-leerplichtige jongere tot 23 jaar en niet in het bezit van een startkwalificatie, verplicht is het verzuim te melden aan de RMC-verzuimbehandelaar. Dit betreft globaal gesproken verzuim dat zich over een periode van 4 weken of meer uitstrekt. Wordt alleen getoond als de leerling 18 jaar of ouder is.',
    O: 'Ongeoorloofde afwezigheid die zich uit in regelmatig spijbelen, variërend van structureel te laat komen, uren verzuimen, tot regelmatig een dagdeel spijbelen. Eventueel kan een verbijzondering worden opgegeven (vermoedelijk ongeoorloofd of mogelijk langdurig ziek).',
    L: 'Ongeoorloofde afwezigheid (door ouders veroorzaakt) doordat de leerplichtige buiten de schoolvakanties om op vakantie (met de ouders) gaat.',
  } satisfies Record<Soort, string>,
  soortAltijd: 'Overig verzuim en Luxe verzuim worden ongeacht de leeftijd van de leerling getoond.',
  ziekteverzuim:
    'NB Ziekteverzuim is geoorloofd verzuim. U meldt dit niet, maar legt de ziekmelding wel vast in uw eigen administratie. Vermoedt u dat het om ongeoorloofd verzuim gaat, dan kunt u na overleg met de leerplichtambtenaar ‘overig verzuim’ melden.',
  verbijzondering: 'Mogelijkheid tot verbijzondering',
  verbijzonderingHint: 'Alleen bij Overig verzuim.',
  verbijzonderingUitleg: 'Specificatie van het soort verzuim.',
  verbijzonderingGeen: 'Geen verbijzondering',
  reden: 'Vermoedelijke reden',
  redenUitleg:
    'De vermoedelijke reden van verzuim zoals door de contactpersoon verondersteld. Dit vrije tekstveld mag geen bijzondere persoonsgegevens bevatten. Als er sprake is van ongeoorloofd verzuim en de vermoedelijke reden heeft te maken met geloofsovertuiging, gezondheid of het strafrecht, dan kunt u volstaan met een standaardtekst.',
  standaardTekstKop: 'Standaardtekst invullen bij Vermoedelijke reden',
  standaardTekstKnop: (tekst: string) => `Vul in: ${tekst}`,
  allesGemist: 'Alle lessen gemist',
  allesGemistUitleg: 'In de vermelde periode is de leerling helemaal niet op school geweest. Deze optie staat standaard op nee.',
  toelichting: 'Toelichting verzuim',
  toelichtingUitleg: 'Hier kunt u gedetailleerde informatie over het verzuim opgeven.',
  actieGewenst: 'Actie gewenst',
  actieGewenstUitleg: 'Geef aan of actie door de gemeente gewenst (ja) of niet gewenst (nee) is.',
  toelichtingActieGewenst: 'Toelichting actie gewenst',
  toelichtingActieGewenstHint: 'Verplicht als actie door de gemeente niet gewenst is.',
  toelichtingActieGewenstUitleg:
    'Hier kunt u toelichten waarom u een actie gewenst of niet gewenst vindt. Is verplicht als u aan hebt gegeven dat actie door de gemeente niet gewenst is, zodat de gemeente weet waarom er geen actie nodig is.',
  prioriteit: 'Met prioriteit oppakken',
  prioriteitHint: 'Alleen als actie gewenst is.',
  prioriteitUitleg: 'Wanneer actie door de gemeente gewenst is: moet de melding met prioriteit opgepakt worden? Standaard staat deze op Nee.',
  oac: 'Onderwijsaanbiedercode',
  oacUitleg: 'Kies uit de keuzelijst de onderwijsaanbiedercode van de instelling waar de leerling heeft verzuimd. Deze moet voorkomen in RIO.',
  olc: 'Onderwijslocatiecode',
  olcUitleg:
    'Vul de onderwijslocatiecode in van de instelling waar de leerling heeft verzuimd, in het formaat 999X999 (bijvoorbeeld 110X912). Deze moet voorkomen in RIO: met Controleren ziet u de postcode en het huisnummer van de locatie, of de tekst Onderwijslocatie onbekend. De onderwijslocatiecode kunt u vinden via Raadplegen RIO op duo.nl; hiervoor hoeft u niet in te loggen.',
  olcControleren: 'Controleren',
  olcGevonden: (postcode: string, huisnummer: string) => `Onderwijslocatie in RIO: ${postcode} ${huisnummer}`,
  olcOnbekend: 'Onderwijslocatie onbekend',
  olcFormaatKort: 'Geen geldige onderwijslocatiecode: het formaat is 999X999',
  locatie: 'Onderwijslocatie',
  locatieUitleg: 'Kies uit de keuzelijst de locatie van de instelling waar de leerling heeft verzuimd. De keuzelijst vult u via Beheer locaties.',
  locatieBve:
    'N.B. In het verleden werd bij het melden van verzuim de melding verrijkt met de locatiecode BVE als deze bekend was. Tegenwoordig gebeurt dit niet meer. Als u de locatiecode toch wilt meegeven in een melding, kunt u daarvoor het veld Onderwijslocatie gebruiken. Dit moet dan wel vooraf gevuld zijn via Beheer locaties.',
  contactKop: 'Contactpersoon van de school',
  contactKeuze: 'Selecteer contactpersoon',
  contactKeuzeUitleg: 'Selecteer de naam van de contactpersoon uit de eerder geregistreerde contactpersonen en kies Overnemen.',
  overnemen: 'Overnemen',
  contactpersoonNaam: 'Naam contactpersoon',
  contactpersoonNaamUitleg: 'De naam van degene die geïnformeerd wenst te worden over de afhandeling.',
  contactpersoonFunctie: 'Functie contactpersoon',
  contactpersoonFunctieUitleg: 'De functie van degene die geïnformeerd wenst te worden over de afhandeling.',
  contactpersoonTelefoon: 'Telefoonnummer contactpersoon',
  contactpersoonTelefoonUitleg: 'Het telefoonnummer van degene die geïnformeerd wenst te worden over de afhandeling.',
  contactpersoonEmail: 'E-mail contactpersoon',
  contactpersoonEmailUitleg: 'Het e-mailadres van degene die geïnformeerd wenst te worden over de afhandeling.',
  kopie: 'Kopie van de e-mail naar de contactpersoon',
  // Lesuren (Afb. 29, 30, R-MEL-14)
  lesurenTitel: 'Verzuimde lesuren',
  allesGemistTekst:
    'U heeft aangegeven dat de leerling gedurende de verzuimperiode alle lessen heeft gemist. Het is niet toegestaan om in deze situatie lesuren op te voeren.',
  lesurenIntro:
    'Specificeer de melding per verzuimde dag. Standaard staat de eerste dag van de verzuimperiode er als eerste verzuimdag. Wilt u verder zonder specificatie, kies dan Niet van toepassing.',
  nietVanToepassing: 'Niet van toepassing',
  verzuimdagenKop: 'Verzuimdagen',
  verzuimdagN: (n: number) => `Verzuimdag ${n}`,
  verzuimdag: 'Datum',
  heleDag: 'Hele dag verzuimd',
  lesuren: 'Verzuimde lesuren',
  lesurenHint: 'Alleen als de leerling niet de hele dag heeft verzuimd.',
  lesuur: (n: number) => `${n}e uur`,
  dagToelichting: 'Toelichting',
  verzuimdagToevoegen: 'Verzuimdag toevoegen',
  verzuimdagVerwijderen: 'Verwijderen',
  verzuimdagVerwijderenContext: (n: number) => ` verzuimdag ${n}`,
  // Acties school (Afb. 31, R-MEL-15)
  actiesTitel: 'Acties school',
  acties: 'Ondernomen actie door school',
  actiesHint: 'U kunt meerdere keuzes aangeven; minimaal één is verplicht.',
  actiesUitleg: 'De actie die door de onderwijsinstelling ondernomen is naar de leerling/ouder toe.',
  toelichtingActie: 'Toelichting ondernomen actie',
  toelichtingActieUitleg: 'Een toelichting op de door de onderwijsinstelling ondernomen acties op het verzuim van de leerling.',
  // Overzicht and Melding verzonden (Afb. 32, 33, R-MEL-16)
  overzichtTitel: 'Overzicht',
  overzichtIntro: 'Controleer de gegevens. Als de gegevens juist zijn, klikt u op Opslaan.',
  opslaan: 'Opslaan',
  verder: 'Verder',
  vorige: 'Vorige',
  verzondenTitel: 'Melding verzonden',
  verzondenTekst: 'De melding is vastgelegd en er is een e-mail verstuurd naar de behandelende gemeente. Het nummer van de melding is:',
  verzondenKopie: 'Er is ook een kopie van de e-mail verstuurd naar de contactpersoon.',
  /** The gemeente has no address for meldingen (gemeenten.email_meldingen): saved, not mailed. */
  verzondenTekstZonderMail: 'De melding is vastgelegd. Het nummer van de melding is:',
  verzondenGeenMail:
    'Er is geen e-mail verstuurd naar de behandelende gemeente: van deze gemeente is geen e-mailadres voor meldingen bekend. De gemeente ziet de melding wel in het Verzuimloket. Neem zo nodig zelf contact op met de gemeente.',
  verzondenKopieZonderMail: 'Er is wel een kopie van de melding per e-mail verstuurd naar de contactpersoon.',
  verzuimstaat: 'Let op: zijn er afspraken met uw gemeente over het meesturen van de Verzuimstaat? Stuur deze dan - versleuteld - per e-mail aan de leerplichtambtenaar.',
  nieuweMelding: 'Nog een melding opvoeren',
  sectieLeerling: 'Leerling',
  sectieVerzuim: 'Verzuim',
  sectieLesuren: 'Lesuren',
  sectieActies: 'Actie school',
  lesurenGeen: 'Niet van toepassing',
  lesurenAllesGemist: 'Alle lessen gemist: geen lesuren opgegeven',
  heleDagTekst: 'Hele dag',
  lesurenTekst: (uren: readonly number[]) => `Lesuur ${uren.join(', ')}`,
  tmOpen: 'Nog niet beëindigd',
  ja: 'Ja',
  nee: 'Nee',
  // Mijn concepten (R-MEL-20)
  conceptenTitel: 'Mijn concepten',
  conceptenIntro: 'Een melding die u nog niet heeft opgeslagen, blijft hier 7 dagen na de laatste wijziging bewaard. Alleen u ziet uw concepten.',
  concept: 'concept',
  concepten: 'concepten',
  geenConcepten: 'U heeft geen concepten.',
  kolomLeerling: 'Leerling',
  kolomGewijzigd: 'Laatst gewijzigd',
  kolomVerloopt: 'Bewaard tot',
  verderGaan: 'Verder gaan',
  conceptVerwijderenTitel: 'Concept verwijderen',
  conceptVerwijderenVraag: 'Weet u zeker dat u dit concept wilt verwijderen?',
  conceptVerwijderd: 'Het concept is verwijderd.',
  annuleren: 'Annuleren',
  verwijderen: 'Verwijderen',
  // Kopiëren (§4.3, R-MEL-19)
  kopierenTitel: 'Verzuimmelding kopiëren',
  kopierenTekst: (nummer: string) =>
    `U start een nieuwe melding voor dezelfde leerling met de gegevens van melding ${nummer}. De verzuimperiode en de verzuimdagen vult u opnieuw in.`,
  // Inzien (read-only)
  inzienTitel: (nummer: string) => `Melding ${nummer}`,
  status: 'Status',
  instelling: 'Instelling',
};

export type MailFeiten = { nummer: string; soort: string; instelling: string; link: string };

/** The mails that name a melding say the same, after their own first line (R-MEL-18: no personal data). */
export const mailTekst = (intro: string, m: MailFeiten) =>
  [
    'Geachte heer/mevrouw,',
    '',
    intro,
    '',
    `Meldingnummer: ${m.nummer}`,
    `Soort verzuim: ${m.soort}`,
    `Onderwijsinstelling: ${m.instelling}`,
    '',
    `U leest de melding na inloggen in het Verzuimloket: ${m.link}`,
    '',
    'Dit bericht is automatisch verstuurd; u kunt er niet op antwoorden.',
  ].join('\n');

/**
 * The e-mails about a new melding (R-MEL-18). Only the number, the kind and the institution:
 * never a BSN, a pupil's name or free text. Personal data stay behind the login.
 */
export const meldingMail = {
  onderwerpGemeente: (nummer: string) => `Nieuwe verzuimmelding ${nummer}`,
  onderwerpKopie: (nummer: string) => `Kopie: verzuimmelding ${nummer} is verzonden`,
  tekstGemeente: (m: MailFeiten) => mailTekst('In het Verzuimloket is een nieuwe verzuimmelding voor uw gemeente geregistreerd.', m),
  tekstKopie: (m: MailFeiten) =>
    mailTekst('U heeft gevraagd om een kopie van de e-mail over deze verzuimmelding. De melding is vastgelegd en naar de behandelende gemeente verstuurd.', m),
  /** The copy when the gemeente had no address for meldingen: no mail went there, so the copy must not say one did. */
  tekstKopieZonderGemeente: (m: MailFeiten) =>
    mailTekst(
      'U heeft gevraagd om een kopie van de e-mail over deze verzuimmelding. De melding is vastgelegd, maar er is geen e-mail naar de behandelende gemeente verstuurd: van deze gemeente is geen e-mailadres voor meldingen bekend. De gemeente ziet de melding wel in het Verzuimloket.',
      m,
    ),
};

const aantalMeldingen = (n: number): string => `${n.toLocaleString('nl-NL')} ${n === 1 ? 'melding' : 'meldingen'}`;

/**
 * "Meldingen zonder ontvanger" for functioneel beheer (issue 15 item 8): meldingen filed while
 * the behandelende gemeente had no e-mailadres voor meldingen, so no mail went to the gemeente.
 */
export const zonderOntvangerScherm = {
  menu: 'Meldingen zonder ontvanger',
  titel: 'Meldingen zonder ontvanger',
  intro:
    'Meldingen die zijn vastgelegd terwijl van de behandelende gemeente geen e-mailadres voor meldingen bekend was. De gemeente heeft over deze meldingen geen e-mail gekregen; zij ziet ze wel in het Verzuimloket. Het e-mailadres van een gemeente komt uit het gemeentenregister.',
  caption: 'Meldingen zonder ontvanger',
  enkelvoud: 'melding',
  meervoud: 'meldingen',
  kolomAangemaakt: 'Vastgelegd op',
  kolomNummer: 'Meldingnummer',
  kolomInstelling: 'Instelling',
  kolomGemeente: 'Behandelende gemeente',
  kolomAdresNu: 'E-mailadres gemeente nu',
  geenAdres: 'Nog steeds geen e-mailadres',
  geenResultaten: 'Er zijn geen meldingen zonder ontvanger.',
  /** On functioneel beheer's start page, only when there are any. */
  startTelling: (totaal: number, zonderAdres: number): string =>
    `Er ${totaal === 1 ? 'is' : 'zijn'} ${aantalMeldingen(totaal)} zonder ontvanger: de gemeente kon niet worden gemaild.` +
    (zonderAdres === 0 ? ' Alle gemeenten daarvan hebben inmiddels een e-mailadres.' : ` Bij ${aantalMeldingen(zonderAdres)} heeft de gemeente nog steeds geen e-mailadres.`),
  startLink: 'Bekijk de meldingen zonder ontvanger',
};
