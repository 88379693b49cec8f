// The codes of a melding as in DUO's interface (R-MEL-7, R-GEM-3). Labels are in
// platform/messages/meldingen.ts; the codes are what is stored.

export const SOORTEN = ['V3', 'LRV', 'V4', 'RMC', 'O', 'L'] as const;
export type Soort = (typeof SOORTEN)[number];

export const STATUSSEN = ['R', 'B', 'G', 'K', 'I'] as const;
export type Status = (typeof STATUSSEN)[number];
/** Statuses of an "open" melding (R-MEL-5): shown when filing a new one for the same pupil. */
export const OPEN_STATUSSEN: readonly Status[] = ['R', 'B'];

export const VERBIJZONDERINGEN = ['vermoedelijk_ongeoorloofd', 'mogelijk_langdurig_ziek'] as const;
export type Verbijzondering = (typeof VERBIJZONDERINGEN)[number];

/** The standard reasons that avoid special personal data in the free text (R-MEL-7). */
export const STANDAARD_REDENEN = [
  'afwezig vanwege ziekte',
  'afwezig vanwege contact met politie of justitie',
  'afwezig vanwege een geloofsverplichting',
] as const;

/** Ondernomen actie door school (R-MEL-15): the initial reference list, editable later. */
export const ACTIES_SCHOOL = [
  'gesprek_leerling',
  'gesprek_ouders',
  'telefonisch_ouders',
  'brief_ouders',
  'huisbezoek',
  'zorg_adviesteam',
  'doorverwezen_jeugdarts_smw',
  'anders',
] as const;

export const REDENEN_INTREKKEN = ['geen_inschrijving', 'foutief_opgevoerd', 'onterecht_opgevoerd', 'vrijstelling'] as const;
export type RedenIntrekken = (typeof REDENEN_INTREKKEN)[number];

export const MAX_EXTRA_CONTACTEN = 5;
export const MAX_REDEN_LENGTE = 200;
export const MAX_LESUUR = 12;

/** Reden afgesloten* (R-GEM-3). */
export const REDENEN_AFGESLOTEN = [
  'terug_naar_school',
  'inschrijving_beeindigd_andere_opleiding',
  'inschrijving_beeindigd_werk',
  'inschrijving_beeindigd_overig',
  'leerling_overleden',
  'geen_verzuim_langdurig_ziek',
  'geen_verzuim_legitiem_afwezig',
] as const;
export type RedenAfgesloten = (typeof REDENEN_AFGESLOTEN)[number];

/** Toelichting afsluiting (R-GEM-3). */
export const TOELICHTINGEN_AFSLUITING = ['gezien_door_gemeente', 'actie_loopt', 'geen_actie_meer'] as const;
export type ToelichtingAfsluiting = (typeof TOELICHTINGEN_AFSLUITING)[number];

/** The party a case was handed over to (R-RAA-2, R-GEM-3): a field, not a status. */
export const OVERDRACHT_PARTIJEN = ['CJG', 'JJI', 'JZ', 'anders'] as const;
export type OverdrachtPartij = (typeof OVERDRACHT_PARTIJEN)[number];
