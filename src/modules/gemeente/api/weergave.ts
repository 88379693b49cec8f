// A melding as the API's detail shows it (schemas.ts meldingDetail): the stored content
// (MeldingInhoud) in the API's camelCase shape, with its versions and the status changes
// read from them.
import type { ToegangMelding, VersieLijstRij } from '../../meldingen/face';
import type { MeldingDetail } from './schemas';

const iso = (d: Date | string) => new Date(d).toISOString();

export function alsDetail(m: ToegangMelding, versies: readonly VersieLijstRij[], self: string): MeldingDetail {
  const i = m.inhoud;
  const l = i.leerling;
  const v = i.verzuim;
  const g = i.gemeente;
  const statusHistorie: MeldingDetail['statusHistorie'] = [];
  for (const r of versies) {
    if (statusHistorie.at(-1)?.status !== r.status) statusHistorie.push({ status: r.status, versie: r.versie, op: iso(r.op), door: r.door_naam });
  }
  return {
    meldingnummer: m.nummer,
    versie: m.versie,
    status: m.status,
    soort: m.soort,
    begindatum: m.begindatum,
    einddatum: m.einddatum,
    prioriteit: m.prioriteit,
    instellingscode: m.instellingscode,
    instellingNaam: m.instelling_naam ?? null,
    gemeentecode: m.gemeentecode,
    gemeenteNaam: m.gemeente_naam ?? null,
    aangemaaktOp: iso(m.aangemaakt_op),
    leerling: {
      pgn: l.pgn,
      voornamen: l.voornamen,
      voorvoegsel: l.voorvoegsel,
      achternaam: l.achternaam,
      geboortedatum: l.geboortedatum,
      straat: l.straat,
      huisnummer: l.huisnummer,
      postcode: l.postcode,
      plaats: l.plaats,
      woongemeentecode: l.woongemeenteCode,
      woongemeenteNaam: l.woongemeenteNaam,
      telefoon: i.leerlingStap.telefoon,
      email: i.leerlingStap.email,
      extraContacten: i.leerlingStap.extraContacten.map((c) => ({ naam: c.naam, relatie: c.relatie, telefoon: c.telefoon, email: c.email })),
      afwijkendAdres: i.leerlingStap.afwijkendAdres ? { ...i.leerlingStap.afwijkendAdres } : null,
    },
    verzuim: {
      verbijzondering: v.verbijzondering,
      reden: v.reden,
      allesGemist: v.allesGemist,
      toelichting: v.toelichting,
      actieGewenst: v.actieGewenst,
      toelichtingActieGewenst: v.toelichtingActieGewenst,
      onderwijslocatie: v.locatie?.naam ?? null,
      contactpersoon: { naam: v.contactpersoon.naam, functie: v.contactpersoon.functie, telefoon: v.contactpersoon.telefoon, email: v.contactpersoon.email },
      dagen: i.lesuren.dagen.map((d) => ({ datum: d.datum, heleDag: d.heleDag, lesuren: [...d.lesuren], toelichting: d.toelichting })),
      actiesSchool: [...i.acties.acties],
      toelichtingActiesSchool: i.acties.toelichting,
    },
    terugkoppeling: g
      ? {
          contactpersoon: g.contactpersoon ? { ...g.contactpersoon } : null,
          toelichting: g.toelichting,
          overgedragenAan: g.overgedragenAan?.partij ?? null,
          overgedragenAanAnders: g.overgedragenAan?.anders ?? '',
          redenAfgesloten: g.afsluiting?.reden ?? null,
          toelichtingAfsluiting: g.afsluiting?.toelichting ?? null,
        }
      : null,
    intrekking: i.intrekking ? { reden: i.intrekking.reden, toelichting: i.intrekking.toelichting } : null,
    versies: versies.map((r) => ({ versie: r.versie, status: r.status, soortWijziging: r.soort_wijziging, op: iso(r.op), door: r.door_naam })),
    statusHistorie,
    _links: { self: { href: self } },
  };
}
