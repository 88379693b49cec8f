// Dutch texts of Beheer locaties and Beheer contactpersonen (manual ch. 3, Afb. 10–20). The
// screen titles, field names and buttons are the manual's own words, so a school's
// administrator recognises them; where the manual is silent the text says what happens.

/** Texts both pages share: the buttons of the manual and the validation of a name. */
const gedeeld = {
  zoeken: 'Zoeken',
  toevoegen: 'Toevoegen',
  opslaan: 'Opslaan',
  annuleren: 'Annuleren',
  verwijderen: 'Verwijderen',
  kolomNaam: 'Naam',
  kolomActie: 'Actie',
  naam: 'Naam',
  /** The manual's wording after Opslaan (§3.2.2): "de melding … dat de gegevens gewijzigd zijn". */
  gewijzigd: 'De gegevens zijn gewijzigd.',
  zoekHint: (meervoud: string) =>
    `Vul (een deel van) de naam in. Zonder % vindt u de namen die zo beginnen; met % zoekt u overal in de naam (%oor vindt namen met "oor" erin). Laat het veld leeg om alle ${meervoud} te zien.`,
} as const;

export const beheerLocatiesMessages = {
  menuLocaties: 'Beheer locaties',
  menuContactpersonen: 'Beheer contactpersonen',
  gedeeld,

  locaties: {
    titel: 'Beheer locaties',
    zoekLabel: 'Onderwijslocatie',
    zoekTitel: 'Zoeken onderwijslocatie',
    caption: 'Overzicht onderwijslocaties',
    enkelvoud: 'onderwijslocatie',
    meervoud: 'onderwijslocaties',
    geenGevonden: 'Geen onderwijslocatie gevonden',
    toevoegenTitel: 'Toevoegen onderwijslocatie',
    toevoegenIntro: 'Typ de naam van de onderwijslocatie die u wilt toevoegen.',
    wijzigenTitel: 'Wijzigen onderwijslocatie',
    verwijderenTitel: 'Verwijderen onderwijslocatie',
    verwijderenVraag: 'Weet u zeker dat u deze onderwijslocatie wilt verwijderen?',
    /** R-LOC-2, said where it reassures: a melding keeps what was chosen. */
    meldingenBlijven: 'Meldingen waarin deze onderwijslocatie al is gekozen, houden de naam die toen is gekozen.',
    verwijderenContext: (naam: string) => ` onderwijslocatie ${naam}`,
    toegevoegd: 'De onderwijslocatie is toegevoegd.',
    verwijderd: 'De onderwijslocatie is verwijderd.',
    naamLeeg: 'Vul de naam van de onderwijslocatie in',
    naamTeLang: 'De naam van de onderwijslocatie mag maximaal 100 tekens lang zijn',
    naamBestaat: 'Er is al een onderwijslocatie met deze naam bij uw instelling. Kies een andere naam.',
  },

  contactpersonen: {
    titel: 'Beheer contactpersonen',
    zoekLabel: 'Contactpersoon',
    zoekTitel: 'Zoeken contactpersoon',
    caption: 'Overzicht contactpersonen',
    enkelvoud: 'contactpersoon',
    meervoud: 'contactpersonen',
    geenGevonden: 'Geen contactpersoon gevonden',
    toevoegenTitel: 'Toevoegen contactpersoon',
    toevoegenIntro: 'Vul de gegevens van een contactpersoon van uw instelling in. Na Opslaan staat de naam in de keuzelijst van de verzuimmelding.',
    wijzigenTitel: 'Wijzigen contactpersoon',
    verwijderenTitel: 'Verwijderen contactpersoon',
    verwijderenVraag: 'Weet u zeker dat u deze contactpersoon wilt verwijderen?',
    meldingenBlijven: 'Meldingen waarin deze contactpersoon al is gekozen, houden de gegevens die toen zijn gekozen.',
    verwijderenContext: (naam: string) => ` contactpersoon ${naam}`,
    toegevoegd: 'De contactpersoon is toegevoegd.',
    verwijderd: 'De contactpersoon is verwijderd.',
    functie: 'Functie',
    telefoonnummer: 'Telefoonnummer',
    telefoonnummerHint: 'Bijvoorbeeld 020 123 45 67 of +31 20 123 45 67.',
    email: 'E-mailadres',
    emailHint: 'Bijvoorbeeld naam@school.nl.',
    naamLeeg: 'Vul de naam van de contactpersoon in',
    naamTeLang: 'De naam van de contactpersoon mag maximaal 100 tekens lang zijn',
    functieTeLang: 'De functie mag maximaal 60 tekens lang zijn',
    telefoonnummerFormaat: 'Vul een geldig telefoonnummer in: cijfers, spaties, - en eventueel een + aan het begin, met 10 tot 15 cijfers',
    emailLeeg: 'Vul het e-mailadres in',
    emailFormaat: 'Vul een geldig e-mailadres in, zoals naam@school.nl',
  },
} as const;
