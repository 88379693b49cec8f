// The face of meldingen: everything another module may import from it (issue 15). Shared
// vocabulary (codes, statuses, labels, the melding's content types), the versioned write that
// every change goes through, the one door to a melding, the melding search the gemeente's inbox
// runs, and the page parts the gemeente shows as the school sees them. Nothing else of
// meldingen is importable from outside it (eslint/module-grenzen.js).

export { isPgFout } from './actor';
export { OPEN_STATUSSEN, OVERDRACHT_PARTIJEN, REDENEN_AFGESLOTEN, SOORTEN, STATUSSEN, TOELICHTINGEN_AFSLUITING, type OverdrachtPartij, type RedenAfgesloten, type Soort, type Status, type ToelichtingAfsluiting } from './codes';
export { overdrachtLabels, redenAfgeslotenLabels, redenIntrekkenLabels, toelichtingAfsluitingLabels } from './codes.messages';
export { HISTORIE_SORTEERBAAR } from './historie/historie.service';
export { historieScherm } from './historie/messages';
export { HistorieOverzicht, VersieVergelijking, historiePaden } from './historie/views';
export type { GemeenteTerugkoppeling, MeldingInhoud } from './melding.types';
export { mailTekst, soortLabels, statusLabels, type MailFeiten } from './messages';
export { raadplegenScherm } from './raadplegen/messages';
export { ZoekopdrachtVerlopen, meldingKolommen } from './raadplegen/views/raadplegen';
export { criteriaUitUrl, resultaatUrl } from './raadplegen/zoek-url';
export { STANDAARD_STATUSSEN, ZOEK_PARAM, filterQueryPairs, parseMeldingZoekFilter } from './raadplegen/zoeken.filter';
export { MELDING_SORTEERBAAR, RecenteTotalen, meldingenVoorId, zoekMeldingen, type MeldingSort, type MeldingZoekFilter, type MeldingZoekRij } from './raadplegen/zoeken.repository';
export { bewaarZoekopdracht, zoekopdrachtCriteria } from './raadplegen/zoekopdracht.repository';
export { naStatus, toegestaneActies, type Actie } from './status-overgangen';
export { nieuweVersie, type HuidigeMelding, type VersieActor, type Wijziging } from './versie';
export { isEmail, tekst, tekstVeld } from './wizard/invoer';
export type { RodLeerling } from './wizard/stap';
export { periodeTekst, volledigeNaam } from './wizard/views/gedeeld';
export { OverzichtSecties } from './wizard/views/overzicht';
export { MELDINGNUMMER, auditToegang, gemeenteToegang, koppelingAuditNaam, koppelingToegang, requireMelding, schoolToegang, type GemeenteLezer, type KoppelingLezer, type MeldingToegang, type ToegangMelding } from './toegang';
export { versiePagina, type VersieLijstRij } from './historie/historie.repository';
export { zoekFouten } from './raadplegen/messages';
export { VERBIJZONDERINGEN, REDENEN_INTREKKEN } from './codes';
export { openMeldingenInPeriode, openMeldingOverlapt, versieDoor } from './melding.repository';
export { ZonderOntvangerTelling } from './zonder-ontvanger/views';
