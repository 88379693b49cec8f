// Dutch texts of the housekeeping job's CLI command (`opruimen`).
const aantal = (n: number): string => n.toLocaleString('nl-NL');

export const opruimenCli = {
  opdrachten: {
    opruimen: {
      gebruik: '',
      tekst:
        'Verwijdert één keer verlopen sessies, concepten, zoekopdrachten, leerlingkeuzes en oude inlogpogingen (zoals de achtergrondtaak van de server elke 10 minuten doet).',
    },
  },
  bezet: 'Een ander proces ruimt op dit moment op; er is niets gedaan.',
  resultaat: (verwijderd: Record<string, number>) =>
    `Opgeruimd: ${Object.entries(verwijderd)
      .map(([naam, n]) => `${naam} ${aantal(n)}`)
      .join(', ')}.`,
};
