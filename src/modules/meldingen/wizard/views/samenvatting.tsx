// What each step contributes to the Overzicht (R-MEL-16) and to the read-only Inzien page:
// rows of a summary list, in the order of the screens.
import { actieSchoolLabels, meldingScherm as s, soortLabels, verbijzonderingLabels } from '../../messages';
import { formatDutchDate } from '../../../../platform/datum';
import type { SummaryRow } from '../../../../platform/ui/summary-list';
import { formatPostcode } from '../../../registers/face';
import type { ActiesStap, LeerlingStap, LesurenStap, VerzuimStap } from '../../melding.types';
import { adresRegel, jaNeeTekst, periodeTekst, volledigeNaam } from './gedeeld';
import type { RodLeerling } from '../stap';

const regels = (lines: readonly string[]) => (lines.length === 0 ? '' : lines.map((l, i) => (i === 0 ? l : [<br key={i} />, l])));

export function leerlingRijen(d: LeerlingStap, leerling: RodLeerling): SummaryRow[] {
  const a = d.afwijkendAdres;
  return [
    { key: s.pgn, value: leerling.pgn },
    { key: s.naam, value: volledigeNaam(leerling) },
    { key: s.geboortedatum, value: formatDutchDate(leerling.geboortedatum) },
    { key: s.adres, value: adresRegel(leerling) },
    { key: s.telefoon, value: d.telefoon },
    { key: s.email, value: d.email },
    { key: s.contactenKop, value: regels(d.extraContacten.map((c) => [c.naam, c.relatie, c.telefoon, c.email].filter(Boolean).join(', '))) },
    {
      key: s.adresKeuze,
      value: !a ? '' : a.soort === 'straat' ? `${a.straat} ${a.huisnummer}, ${formatPostcode(a.postcode)} ${a.plaats}` : `${a.locatie}, ${a.plaatsnaam}`,
    },
  ];
}

export function verzuimRijen(d: VerzuimStap): SummaryRow[] {
  const c = d.contactpersoon;
  const olc = d.onderwijslocatie;
  return [
    { key: s.kolomPeriode, value: periodeTekst(d.van, d.tm) },
    { key: s.soort, value: soortLabels[d.soort] },
    { key: s.verbijzondering, value: d.verbijzondering ? verbijzonderingLabels[d.verbijzondering] : '' },
    { key: s.reden, value: d.reden },
    { key: s.allesGemist, value: jaNeeTekst(d.allesGemist) },
    { key: s.toelichting, value: d.toelichting },
    { key: s.actieGewenst, value: jaNeeTekst(d.actieGewenst) },
    { key: s.toelichtingActieGewenst, value: d.toelichtingActieGewenst },
    { key: s.prioriteit, value: d.actieGewenst ? jaNeeTekst(d.prioriteit) : '' },
    { key: s.oac, value: d.onderwijsaanbieder ? `${d.onderwijsaanbieder.code} - ${d.onderwijsaanbieder.naam}` : '' },
    { key: s.olc, value: olc ? `${olc.code} (${formatPostcode(olc.postcode)} ${olc.huisnummer})` : '' },
    { key: s.locatie, value: d.locatie?.naam ?? '' },
    { key: s.contactpersoonNaam, value: c.naam },
    { key: s.contactpersoonFunctie, value: c.functie },
    { key: s.contactpersoonTelefoon, value: c.telefoon },
    { key: s.contactpersoonEmail, value: c.email },
    { key: s.kopie, value: jaNeeTekst(c.kopie) },
  ];
}

export function lesurenRijen(d: LesurenStap, allesGemist: boolean): SummaryRow[] {
  if (d.dagen.length === 0) return [{ key: s.verzuimdagenKop, value: allesGemist ? s.lesurenAllesGemist : s.lesurenGeen }];
  return d.dagen.map((dag, i) => ({
    key: s.verzuimdagN(i + 1),
    value: [formatDutchDate(dag.datum), dag.heleDag ? s.heleDagTekst : s.lesurenTekst(dag.lesuren), dag.toelichting].filter(Boolean).join(' - '),
  }));
}

export function actiesRijen(d: ActiesStap): SummaryRow[] {
  const label = (a: string) => (actieSchoolLabels as Record<string, string>)[a] ?? a;
  return [
    { key: s.acties, value: regels(d.acties.map(label)) },
    { key: s.toelichtingActie, value: d.toelichting },
  ];
}
