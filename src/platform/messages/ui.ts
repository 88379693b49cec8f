/**
 * Dutch texts of the shared page components (layout, form fields, overzicht, error pages).
 * Kept in one object so the wording is reviewed together (docs/architecture.md). Texts that contain a
 * number or a name are functions, so singular/plural and word order stay in Dutch hands.
 */

/** Dutch grouping (39, 1.234) for counts shown to people. */
const aantal = (n: number): string => n.toLocaleString('nl-NL');

export const uiMessages = {
  dienst: 'Verzuimloket',
  paginaTitel: (titel: string) => `${titel} - Verzuimloket`,
  foutTitelPrefix: 'Fout: ',
  naarDeInhoud: 'Naar de inhoud',
  naarDeStartpagina: 'Verzuimloket, naar de startpagina',
  ingelogdAls: 'Ingelogd als',
  uitloggen: 'Uitloggen',
  wijzigen: 'Wijzigen',
  hoofdmenu: 'Hoofdmenu',
  afdrukken: 'Deze pagina afdrukken',
  contact: 'Contact',
  voettekst: 'Verzuimloket voor onderwijsinstellingen en gemeenten',

  // Error summary and field errors (GOV.UK pattern).
  erIsEenProbleem: 'Er is een probleem',
  foutPrefix: 'Fout:',

  // Form fields.
  nietVerplicht: '(niet verplicht)',
  maakEenKeuze: 'Maak een keuze',
  maximaalTekens: (n: number) => `Maximaal ${aantal(n)} tekens.`,
  datumHint: 'Bijvoorbeeld: 31-08-2026',
  ja: 'Ja',
  nee: 'Nee',

  // Help text (R-UI-3): the name changes with the state, so a screen reader hears what a press does.
  uitlegBij: (label: string) => `Uitleg bij ${label}`,
  uitlegSluiten: (label: string) => `Uitleg bij ${label} sluiten`,

  // Summary list.
  nietIngevuld: 'Niet ingevuld',

  // Overzicht (R-UI-2, manual §2.3).
  overzicht: {
    gevonden: (n: number, enkelvoud: string, meervoud: string) =>
      `${aantal(n)} ${n === 1 ? enkelvoud : meervoud} gevonden`,
    geenResultaten: (meervoud: string) => `Geen ${meervoud} gevonden.`,
    paginas: (pages: number, page: number) =>
      `Overzicht bestaat uit ${aantal(pages)} ${pages === 1 ? 'pagina' : 'pagina’s'}, u bevindt zich op pagina ${aantal(page)}`,
    paginering: (caption: string) => `Paginering ${caption}`,
    eerste: 'Eerste',
    vorige: 'Vorige',
    volgende: 'Volgende',
    laatste: 'Laatste',
    paginaPrefix: 'Pagina ',
    paginaSuffix: ' pagina',
    aantalPerPagina: 'Aantal regels per pagina',
    toon: 'Toon',
    sorteerOplopend: '(sorteer oplopend)',
    sorteerAflopend: '(sorteer aflopend)',
  },

  // Privacy warning bar (R-UI-6, manual §4.2.1, Afb. 37).
  // The manual's own words, so school staff recognise the bar.
  privacyWaarschuwingKop: 'Let goed op wat u invult bij het veld Toelichting!',
  privacyWaarschuwing:
    'Als een verzuimdossier wordt opgevraagd ter inzage (bijvoorbeeld door een ouder), kan iedereen de toelichting op de verzuimmelding lezen.',

  // Error pages: no internals, only what a person can do next.
  nietGevonden: {
    titel: 'Pagina niet gevonden',
    tekst: 'Als u het webadres heeft getypt of geplakt, controleer dan of het klopt.',
    verwijderd: 'Het kan ook zijn dat de pagina niet meer bestaat of dat u er geen toegang toe heeft.',
    startpagina: 'Ga naar de startpagina',
  },
  serverFout: {
    titel: 'Er is iets misgegaan',
    tekst: 'Probeer het later opnieuw. Gegevens die u nog niet had verzonden, zijn niet opgeslagen.',
    blijft: 'Blijft dit gebeuren? Neem dan contact op via de pagina',
    referentie: (code: string) => `Vermeld dan deze code: ${code}`,
  },
  // 503: the database does not answer (for now); nothing the person did wrong.
  nietBeschikbaar: {
    titel: 'Dienst tijdelijk niet beschikbaar',
    tekst: 'De dienst is tijdelijk niet beschikbaar. Probeer het over een paar minuten opnieuw.',
    verzonden: 'Had u net iets verzonden? Kijk dan daarna of het is opgeslagen, voordat u het opnieuw verzendt.',
  },
} as const;
