/**
 * Dutch messages for registry data (docs/functioneel.md §3, R-REG-1 and R-REG-2). Every user-facing text
 * about PGN, codes, postcodes and dates lives here so wording is reviewed in one place and
 * the validation functions stay free of literal strings.
 */
export const registersMessages = {
  pgnLeeg: 'Vul het persoonsgebonden nummer (BSN of onderwijsnummer) in.',
  pgnFormaat: 'Het persoonsgebonden nummer moet uit 9 cijfers bestaan.',
  pgnNullen: '000000000 is geen geldig BSN.',
  bsnElfproef: 'Dit is geen geldig BSN: het nummer voldoet niet aan de 11-proef.',
  bsnOfOnderwijsnummerElfproef:
    'Dit is geen geldig BSN of onderwijsnummer: het nummer voldoet niet aan de 11-proef.',

  instellingscode: 'De instellingscode moet bestaan uit 2 cijfers en 2 hoofdletters, bijvoorbeeld 00AA.',
  vestigingscode: 'De vestigingscode moet uit 2 cijfers bestaan, bijvoorbeeld 01.',
  onderwijsaanbiedercode:
    'De onderwijsaanbiedercode moet bestaan uit 3 cijfers, de letter A en 3 cijfers, bijvoorbeeld 110A133.',
  onderwijslocatiecode:
    'De onderwijslocatiecode moet bestaan uit 3 cijfers, de letter X en 3 cijfers, bijvoorbeeld 110X912.',
  gemeentecode: 'De gemeentecode moet uit 4 cijfers bestaan, met voorloopnullen, bijvoorbeeld 0363.',

  postcodeLeeg: 'Vul de postcode in.',
  postcodeFormaat: 'Vul een geldige postcode in: 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.',
  postcodeVoorloopnul: 'Een postcode begint niet met een 0.',
  postcodeLetters: 'Een postcode eindigt niet op SA, SD of SS.',

  datumFormaat: 'Dit is geen geldige datum in de vorm JJJJ-MM-DD.',
} as const;

export type RegistersMessage = (typeof registersMessages)[keyof typeof registersMessages];

/** Dutch grouping (1.234.567) for counts shown to people. */
const aantal = (n: number): string => n.toLocaleString('nl-NL');

/**
 * The registry import (R-REG-3): reasons for bad rows (the report names line and column
 * itself, so a reason does not repeat them), the Registers page, and the CLI's lines.
 */
export const registerImportMessages = {
  // Reasons for a bad row.
  verplicht: 'Dit veld is verplicht.',
  teLang: (max: number) => `Dit veld is langer dan ${max} tekens.`,
  jaNee: 'Vul j of n in.',
  geslacht: 'Vul M of V in.',
  huisnummer: 'Het huisnummer moet een heel getal groter dan 0 zijn, zonder toevoeging.',
  email: 'Dit is geen geldig e-mailadres.',
  rmcRegioCode: 'De RMC-regiocode moet uit 2 cijfers bestaan, bijvoorbeeld 01.',
  leegInBuitenland: 'Laat dit veld leeg: de leerling woont in het buitenland.',
  verplichtInNederland: 'Dit veld is verplicht als de leerling in Nederland woont.',
  landVerplicht: 'Vul het land in: de leerling woont in het buitenland.',
  landLeeg: 'Laat het land leeg: de leerling woont in Nederland.',
  einddatumVoorBegindatum: 'De einddatum ligt voor de begindatum.',
  aantalVelden: (gevonden: number, verwacht: number) => `Deze regel heeft ${gevonden} velden; de kopregel heeft er ${verwacht}.`,
  kopregel: (verwacht: string, gevonden: string) =>
    gevonden === '' ? `De kopregel mist de kolom "${verwacht}".` : `De kopregel heeft hier kolom "${gevonden}"; verwacht is "${verwacht}".`,
  kopregelTeLang: (gevonden: string) => `De kopregel heeft een onbekende kolom "${gevonden}".`,
  leegBestand: 'Het bestand is leeg: de kopregel ontbreekt.',
  aanhalingsteken: 'Een aanhalingsteken (") wordt niet gesloten; de rest van het bestand is niet te lezen.',
  geenUtf8: (byte: number, teken: number) =>
    byte === 0
      ? `Teken ${teken} van deze regel is een nul-byte: dit is geen tekstbestand. Kies het CSV-bestand; de rest van het bestand is niet gelezen.`
      : `Teken ${teken} van deze regel is geen geldige UTF-8 (byte ${byte.toString(16).toUpperCase().padStart(2, '0')} hexadecimaal). Sla het bestand op als CSV in UTF-8 (in Excel: "CSV UTF-8") en laad het opnieuw; de rest van het bestand is niet gelezen.`,
  dubbel: (eerste: number) => `Dubbel: dezelfde sleutel staat al op regel ${eerste}.`,
  onbekendeGemeente: 'Deze gemeentecode staat niet in de gemeenten.',
  onbekendeRmcRegio: "Deze RMC-regiocode staat niet in de RMC-regio's.",
  onbekendeInstelling: 'Deze instellingscode staat niet in de instellingen.',
  onbekendeVestiging: 'Deze vestiging (instellingscode met vestigingscode) staat niet in de instellingen.',
  onbekendeLeerling: 'Deze leerling (pgn) staat niet in de leerlingen.',
  hoofdinschrijving: (n: number) =>
    `Een leerling met een lopende inschrijving heeft precies één lopende hoofdinschrijving; deze leerling heeft er ${n}.`,
  teVeelBeeindigd: (beeindigd: number, lopend: number, procent: number, max: number) =>
    `Niets geladen: dit bestand zou ${aantal(beeindigd)} van de ${aantal(lopend)} lopende regels beëindigen (${procent} %). Meer dan ${max} % beëindigen gebeurt alleen na uitdrukkelijke bevestiging. Controleer of het bestand compleet is.`,
  samenAfgekeurd: (ander: string) => `Niets geladen: dit bestand wordt samen met ${ander} geladen, en dat bevat fouten.`,
  technischeFout: 'Het laden is mislukt door een technische fout; er is niets geladen. Probeer het later opnieuw.',
  verslagNietOpgeslagen: 'Er is niets geladen. Het verslag met de afgekeurde regels kon niet worden opgeslagen; laad het bestand opnieuw om de regels te zien.',
  nietAfgerond: (uren: number) =>
    `Dit laden is na ${uren} uur niet afgerond (de server is bijvoorbeeld gestopt) en geldt als mislukt; er is niets geladen. Laad het bestand opnieuw.`,

  soorten: {
    gemeenten: 'Gemeenten',
    'rmc-regios': "RMC-regio's",
    instellingen: 'Instellingen (vestigingen)',
    'rio-aanbieders': 'RIO-onderwijsaanbieders',
    'rio-locaties': 'RIO-onderwijslocaties',
    leerlingen: 'Leerlingen (ROD)',
    inschrijvingen: 'Inschrijvingen (ROD)',
  },
  resultaten: { bezig: 'Bezig', geladen: 'Geladen', afgekeurd: 'Afgekeurd, niets geladen', mislukt: 'Mislukt' },

  // The Registers page (functioneel beheer).
  menu: 'Registers',
  titel: 'Registers',
  intro: 'Hier ziet u welke registerbestanden zijn geladen, wanneer, door wie en met welk resultaat.',
  uploadUitleg:
    'Laad hieronder één registerbestand. Een hele map met bestanden laadt u met de opdracht "verzuimloket importeren <map of bestand>".',
  historieTitel: 'Geladen bestanden',
  enkelvoud: 'import',
  meervoud: 'imports',
  geenImports: 'Er zijn nog geen registerbestanden geladen.',
  kolom: {
    gestart: 'Gestart',
    soort: 'Soort',
    bestand: 'Bestand',
    door: 'Door',
    resultaat: 'Resultaat',
    rijen: 'Rijen',
    toegevoegd: 'Toegevoegd',
    gewijzigd: 'Gewijzigd',
    beeindigd: 'Beëindigd',
    ongewijzigd: 'Ongewijzigd',
    peildatum: 'Peildatum',
    beeindigdOp: 'Klaar',
    sha256: 'SHA-256',
    regel: 'Regel',
    kolom: 'Kolom',
    reden: 'Reden',
  },
  importTitel: (bestand: string) => `Import van ${bestand}`,
  foutenTitel: 'Afgekeurde regels',
  foutenIntro: 'Het bestand is niet geladen. Verbeter deze regels en laad het hele bestand opnieuw.',
  meerFouten: (n: number) => `En nog ${aantal(n)} ${n === 1 ? 'fout' : 'fouten'} die hier niet staan.`,
  heelBestand: 'bestand',
  terug: 'Terug naar Registers',

  // Uploading one file on the Registers page.
  upload: {
    titel: 'Bestand laden',
    soort: 'Soort register',
    soortHint: 'Welk register staat in het bestand?',
    soortKiezen: 'Kies de soort register van het bestand.',
    verkeerdeSoort: (gevonden: string, gekozen: string) =>
      `Dit bestand heeft de kolommen van ${gevonden}, niet van ${gekozen}. Kies de soort die bij het bestand past.`,
    bestand: 'Bestand',
    bestandHint: (max: string) => `Een CSV-bestand van hoogstens ${max}. Het laden van een groot bestand kan enkele minuten duren; sluit de pagina dan niet.`,
    bestandUitleg:
      'Een registerbestand is een CSV-bestand in UTF-8, met komma\'s gescheiden. De eerste regel bevat precies de kolomnamen van de gekozen soort, in dezelfde volgorde. Datums schrijft u als JJJJ-MM-DD, ja en nee als j en n. Wat niet meer in het bestand staat, wordt per vandaag beëindigd, niet verwijderd; wie meer dan 10 % van een register beëindigt, moet dat eerst bevestigen. Bevat het bestand één foute regel, dan wordt niets geladen.',
    kolommenLink: 'Bekijk de kolommen per soort register',
    bestandKiezen: 'Kies het bestand dat u wilt laden.',
    bestandLeeg: 'Het gekozen bestand is leeg. Kies een bestand met een kopregel en gegevens.',
    bestandTeGroot: (max: string) =>
      `Het bestand is groter dan ${max}. Zo'n groot bestand laadt u met de opdracht "verzuimloket importeren".`,
    knop: 'Laden',
    geladen: (bestand: string) => `${bestand} is geladen.`,
    afgekeurd: (bestand: string, fouten: number) =>
      `${bestand} is niet geladen: ${aantal(fouten)} ${fouten === 1 ? 'fout' : 'fouten'}. Verbeter het bestand en laad het opnieuw.`,
    verslag: 'Bekijk het verslag van deze import',
    formaatTitel: 'Kolommen van de registerbestanden',
    formaatIntro:
      'Elk registerbestand begint met een kopregel met precies deze kolomnamen, in deze volgorde. De betekenis en de vorm van elke kolom staan in de technische beschrijving (docs/registers-csv.md).',
    bestandsnaam: (naam: string) => `Bestandsnaam bij de opdracht "verzuimloket importeren": ${naam}`,
    kolommen: 'Kolommen',
  },

  // The confirmation page, for a file that would end more than a tenth of its register.
  bevestigen: {
    titel: 'Beëindigen bevestigen',
    uitleg: (bestand: string, soort: string, beeindigd: number, lopend: number, procent: number) =>
      `Er is nog niets geladen. Met ${bestand} als ${soort} worden ${aantal(beeindigd)} van de ${aantal(lopend)} lopende regels beëindigd (${procent} %).`,
    waarschuwing: (max: number) =>
      `Dat is meer dan ${max} %. Een registerbestand is altijd het volledige register: wat er niet in staat, wordt beëindigd. Een onvolledig bestand, bijvoorbeeld alleen de kopregel, beëindigt zo het hele register.`,
    opnieuw: 'Klopt dit? Kies dan hetzelfde bestand opnieuw en bevestig het aantal. Is het een ander bestand, of eindigen er nu andere aantallen regels, dan krijgt u deze vraag opnieuw.',
    bestand: 'Hetzelfde bestand',
    bestandHint: (bestand: string) => `Kies ${bestand} opnieuw.`,
    bevestiging: 'Bevestiging',
    ikBevestig: (beeindigd: number) => `Ik bevestig dat ${aantal(beeindigd)} ${beeindigd === 1 ? 'regel wordt' : 'regels worden'} beëindigd`,
    aanvinken: 'Vink aan dat u het beëindigen bevestigt, of kies Annuleren.',
    anders: 'Dit bestand of het aantal te beëindigen regels is anders dan wat u bevestigde. Controleer het aantal hieronder en bevestig opnieuw.',
    knop: 'Laden en beëindigen',
    annuleren: 'Annuleren',
  },

  // The CLI.
  cli: {
    gebruik: 'Gebruik: importeren <map-of-bestand> [--peildatum JJJJ-MM-DD] [--bevestig-beeindigen]',
    /** For the CLI's help table (commands/index.ts reads `opdrachten`). */
    opdrachten: {
      importeren: {
        gebruik: '<map-of-bestand> [--peildatum JJJJ-MM-DD] [--bevestig-beeindigen]',
        tekst:
          'Laadt registerbestanden (CSV, zie docs/registers-csv.md): een map of één bestand. Een bestand met een foute regel wordt helemaal niet geladen. Een bestand dat meer dan 10 % van de lopende regels van een register zou beëindigen, wordt alleen geladen met --bevestig-beeindigen.',
      },
      genereren: {
        gebruik: '--leerlingen N --seed S --map MAP [--peildatum JJJJ-MM-DD]',
        tekst: 'Schrijft synthetische registerbestanden (echte scholen en gemeenten, verzonnen leerlingen) naar MAP.',
      },
    },
    geenBestanden: (map: string) => `Geen registerbestanden gevonden in ${map}.`,
    onbekendBestand: (naam: string) =>
      `Onbekend bestand ${naam}: verwacht een van gemeenten.csv, rmc-regios.csv, instellingen.csv, rio-aanbieders.csv, rio-locaties.csv, leerlingen.csv, inschrijvingen.csv.`,
    nietGevonden: (pad: string) => `${pad} bestaat niet.`,
    peildatum: 'De peildatum moet een geldige datum zijn in de vorm JJJJ-MM-DD.',
    geladen: (bestand: string, r: { rows: number; inserted: number; updated: number; ended: number; unchanged: number }) =>
      `${bestand}: geladen, ${aantal(r.rows)} rijen: ${aantal(r.inserted)} toegevoegd, ${aantal(r.updated)} gewijzigd, ${aantal(r.ended)} beëindigd, ${aantal(r.unchanged)} ongewijzigd.`,
    afgekeurd: (bestand: string, fouten: number) => `${bestand}: AFGEKEURD, niets geladen (${aantal(fouten)} ${fouten === 1 ? 'fout' : 'fouten'}).`,
    fout: (line: number, column: string, reason: string) => (line > 0 ? `  regel ${line}${column ? `, kolom ${column}` : ''}: ${reason}` : `  ${reason}`),
    nietAllesGeladen: 'Niet alle bestanden zijn geladen.',
    bevestigBeeindigen: '  Klopt dit? Laad het bestand dan opnieuw met --bevestig-beeindigen.',
    lezen: (bestand: string, procent: number, rijen: number, perSeconde: number, rest: string) =>
      `${bestand}: ${procent}% gelezen, ${aantal(rijen)} rijen (${aantal(perSeconde)}/s), nog ${rest}`,
    verwerken: (bestand: string, rijen: number) => `${bestand}: ${aantal(rijen)} rijen gelezen, verwerken…`,
    aantalLeerlingen: 'Geef met --leerlingen een heel getal van 0 of meer.',
    mapNodig: 'Geef met --map de map waarin de bestanden komen.',
    gegenereerd: (map: string, leerlingen: number, peildatum: string) =>
      `${aantal(leerlingen)} leerlingen en de andere registerbestanden geschreven naar ${map} (peildatum ${peildatum}).`,
  },
} as const;
