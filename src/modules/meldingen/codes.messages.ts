// Dutch labels of the codes a melding gets after it is filed: the gemeente's terugkoppeling
// (R-GEM-3), the reasons to withdraw (R-INT-1) and the kinds of change in Historie (R-HIS-1).
// Shared by the school's and the gemeente's pages, so both say the same thing.
import type { OverdrachtPartij, RedenAfgesloten, RedenIntrekken, ToelichtingAfsluiting } from './codes';
import type { SoortWijziging } from './status-overgangen';

export const redenAfgeslotenLabels: Record<RedenAfgesloten, string> = {
  terug_naar_school: 'Terug naar school',
  inschrijving_beeindigd_andere_opleiding: 'Inschrijving beëindigd – andere opleiding',
  inschrijving_beeindigd_werk: 'Inschrijving beëindigd – werk',
  inschrijving_beeindigd_overig: 'Inschrijving beëindigd – overig',
  leerling_overleden: 'Leerling overleden',
  geen_verzuim_langdurig_ziek: 'Geen verzuim – langdurig ziek',
  geen_verzuim_legitiem_afwezig: 'Geen verzuim – legitiem afwezig',
};

export const toelichtingAfsluitingLabels: Record<ToelichtingAfsluiting, string> = {
  gezien_door_gemeente: 'Gezien door gemeente',
  actie_loopt: 'Actie loopt',
  geen_actie_meer: 'Geen actie meer',
};

export const overdrachtLabels: Record<OverdrachtPartij, string> = {
  CJG: 'Centrum Jeugd en Gezin (CJG)',
  JJI: 'Justitiële jeugdinrichting (JJI)',
  JZ: 'Jeugdzorg (JZ)',
  anders: 'Anders, nl.',
};

export const redenIntrekkenLabels: Record<RedenIntrekken, string> = {
  geen_inschrijving: 'Geen inschrijving',
  foutief_opgevoerd: 'Foutief opgevoerd',
  onterecht_opgevoerd: 'Onterecht opgevoerd',
  vrijstelling: 'Vrijstelling',
};

export const soortWijzigingLabels: Record<SoortWijziging, string> = {
  aangemaakt: 'Melding opgevoerd',
  wijzigen: 'Gewijzigd door school',
  intrekken: 'Ingetrokken',
  in_behandeling_nemen: 'In behandeling genomen',
  terugkoppelen: 'Terugkoppeling gemeente',
  overdragen: 'Overgedragen aan derden',
  afsluiten: 'Afgesloten',
  ter_kennisgeving_aannemen: 'Ter kennisgeving aangenomen',
  routeren: 'Gerouteerd naar andere gemeente',
  vrijstelling_inkorten: 'Beëindigd wegens vrijstelling',
  vrijstelling_intrekken: 'Ingetrokken wegens vrijstelling',
};
