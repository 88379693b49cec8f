// Dutch texts of Inzien and Wijzigen verzuim (manual §4.2.1, §4.2.2, Afb. 36–38; R-RAA-2 …
// R-RAA-5): the melding page with its status and the gemeente's terugkoppeling, saving a change
// as a new version, and the refusal when someone else saved first (optimistic locking).

const naConflict =
  'Uw invoer staat hieronder nog. Klik op ‘Opnieuw beginnen vanaf de nieuwe versie’ om uw wijzigingen over te nemen in de nieuwe versie, controleer ze en sla opnieuw op. Met ‘Wijzigingen ongedaan maken’ gooit u uw wijzigingen weg.';

export const wijzigenScherm = {
  /** h1 of the page of a melding that can still change (Afb. 36). */
  titelWijzigen: (nummer: string) => `Wijzigen verzuim - Melding ${nummer}`,
  /** h1 of the page of a melding that can only be read (Afb. 38). */
  titelRaadplegen: (nummer: string) => `Raadplegen verzuim - Melding ${nummer}`,
  /** Before a step's title in edit mode: "Wijzigen verzuim - Verzuim". */
  titelPrefix: 'Wijzigen verzuim - ',
  meldingKop: 'Melding',
  nummer: 'Meldingnummer',
  status: 'Status',
  versie: 'Versie',
  instelling: 'Instelling',
  gemeente: 'Behandelende gemeente',
  datumMelding: 'Datum melding',
  laatstGewijzigd: 'Laatst gewijzigd',
  alleenLezen: (status: string) => `Deze melding heeft de status ‘${status}’ en kan niet meer gewijzigd worden. U kunt de melding wel inzien.`,
  // Terugkoppeling gemeente (R-RAA-2, R-GEM-3)
  terugkoppelingKop: 'Terugkoppeling gemeente',
  geenTerugkoppeling: 'Er is nog geen terugkoppeling van de gemeente.',
  behandelaar: 'Behandelaar (contactpersoon gemeente)',
  behandelaarFunctie: 'Functie',
  behandelaarTelefoon: 'Telefoonnummer',
  behandelaarEmail: 'E-mail',
  toelichtingGemeente: 'Toelichting',
  overgedragenAan: 'Overgedragen aan',
  redenAfgesloten: 'Reden afgesloten',
  toelichtingAfsluiting: 'Toelichting afsluiting',
  // Ingetrokken (R-INT-1)
  intrekkingKop: 'Intrekking',
  redenIntrekken: 'Reden intrekken',
  toelichtingIntrekken: 'Toelichting',
  // Actions
  opslaan: 'Opslaan',
  intrekken: 'Melding intrekken',
  historie: 'Historie',
  kopieren: 'Kopiëren',
  ongedaanMaken: 'Wijzigingen ongedaan maken',
  opnieuwBeginnen: 'Opnieuw beginnen vanaf de nieuwe versie',
  wijzigenUitleg: 'Klik bij een onderdeel op ‘Wijzigen’ om gegevens aan te passen. Uw wijzigingen worden pas vastgelegd als u op ‘Opslaan’ klikt.',
  nietGewijzigdVeld: 'Niet te wijzigen: de leerling, de begindatum en de soort verzuim.',
  // States of an edit
  concept: 'U heeft wijzigingen die nog niet zijn opgeslagen. Hieronder ziet u de melding met uw wijzigingen. Klik op ‘Opslaan’ om ze vast te leggen.',
  onvolledig: 'Uw wijzigingen zijn nog niet volledig of kloppen niet. Verbeter het onderdeel hieronder voordat u opslaat.',
  onvolledigSectie: (sectie: string) => `${sectie}: nog niet volledig of niet juist ingevuld. Klik op ‘Wijzigen’ om dit te verbeteren.`,
  naOnvolledig: (sectie: string) => `Deze gegevens worden getoond zodra ‘${sectie}’ klopt.`,
  conflict: (door: string, op: string) => `Deze melding is intussen gewijzigd door ${door} op ${op}; uw wijzigingen zijn niet opgeslagen. ${naConflict}`,
  /** The newer version is the same user's, saved in another session (another browser, or before logging in again). */
  conflictEigenSessie: (op: string) =>
    `U heeft deze melding intussen in een andere sessie gewijzigd (bijvoorbeeld in een andere browser of voordat u opnieuw inlogde), op ${op}; de wijzigingen van deze sessie zijn niet opgeslagen. ${naConflict}`,
  niet_meer_wijzigbaar: (status: string) => `Uw wijzigingen zijn niet opgeslagen: de melding heeft intussen de status ‘${status}’ en kan niet meer gewijzigd worden.`,
  // Outcomes (flash messages)
  opgeslagen: (versie: number) => `De wijzigingen zijn opgeslagen. De melding heeft nu versie ${versie}.`,
  geenWijziging: 'Er is niets gewijzigd; er is geen nieuwe versie gemaakt.',
  ongedaanGemaakt: 'Uw wijzigingen zijn ongedaan gemaakt. U ziet de melding zoals die is opgeslagen.',
  herbaseerd: (versie: number) =>
    `Uw wijzigingen staan nu in versie ${versie} van de melding. Gegevens die u niet had gewijzigd, zijn die van de nieuwe versie. Controleer alles en klik op ‘Opslaan’.`,
};
