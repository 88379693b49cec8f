// Dutch texts of meldingen: the manual's own labels and messages (§4.1, Afb. 21–33).
import type { Soort, Status, Verbijzondering } from '../../modules/meldingen/codes';

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
    `De verzuimperiode samenvalt met een andere melding voor deze leerling (melding ${nummer}). Kies een periode die daar niet mee samenvalt.`,
  overlapOnbekend: 'De verzuimperiode samenvalt met een andere melding voor deze leerling. Kies een periode die daar niet mee samenvalt.',
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
