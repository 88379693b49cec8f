// Which field of a version shows which part of the snapshot, with the manual's labels, in the
// order of the screens (a typed table, as the wizard's steps are), and the pure step from two
// snapshots and their differences (diff.ts) to the rows the comparison page shows (Afb. 43).
import { overdrachtLabels, redenAfgeslotenLabels, redenIntrekkenLabels, toelichtingAfsluitingLabels } from '../codes.messages';
import { historieScherm as h } from './messages';
import { actieSchoolLabels, meldingScherm as s, soortLabels, statusLabels, verbijzonderingLabels } from '../messages';
import { formatDutchDate } from '../../../platform/datum';
import { formatPostcode } from '../../registers/face';
import type { ExtraContact } from '../melding.types';
import type { Verzuimdag } from '../rules';
import { lijsten, veldGewijzigd, type RijSoort, type RijVerschil, type VersieSnapshot, type VersieVerschil } from './diff';

/** What a value needs from outside the snapshot: names of gemeenten by code. */
export interface WaardeContext {
  gemeenteNaam(code: string): string | undefined;
}

export interface VeldDef {
  label: string;
  /** The snapshot paths this field shows; a difference at or under any of them marks it. */
  paden: readonly string[];
  waarde(v: VersieSnapshot, ctx: WaardeContext): string;
}

export type LijstNaam = 'extraContacten' | 'verzuimdagen' | 'acties';

/** A field, or the place of a list's rows among the fields. */
export type SectieItem = VeldDef | { lijst: LijstNaam; label: string };

export interface SectieDef {
  titel: string;
  items: readonly SectieItem[];
  /** Shown only when either version has it (the gemeente's terugkoppeling, an intrekking). */
  alleenMet?: (v: VersieSnapshot) => boolean;
}

/**
 * Paths shown by no field because another field shows the same fact: the current row's
 * columns repeat what is in `inhoud` (begindatum = inhoud.verzuim.van, and so on), and the
 * vrijstelling's id is a reference, not something a person reads.
 */
export const SPIEGELS: readonly string[] = ['nummer', 'pgn', 'achternaam', 'soort', 'begindatum', 'einddatum', 'prioriteit', 'onderwijslocatie_naam', 'inhoud.vrijstelling.vrijstellingId'];

const jaNee = (b: boolean | null | undefined) => (b === null || b === undefined ? '' : b ? s.ja : s.nee);
const datum = (iso: string | null | undefined) => (iso ? formatDutchDate(iso) : '');
const lijn = (...delen: (string | null | undefined)[]) => delen.filter(Boolean).join(', ');
const veld = (label: string, pad: string, waarde: VeldDef['waarde']): VeldDef => ({ label, paden: [pad], waarde });

export const SECTIES: readonly SectieDef[] = [
  {
    titel: h.sectieMelding,
    items: [
      veld(h.status, 'status', (v) => statusLabels[v.status] ?? v.status),
      veld(h.gemeente, 'gemeentecode', (v, ctx) => {
        const naam = ctx.gemeenteNaam(v.gemeentecode);
        return naam ? `${v.gemeentecode} - ${naam}` : v.gemeentecode;
      }),
      veld(h.instelling, 'instellingscode', (v) => v.instellingscode),
    ],
  },
  {
    titel: s.sectieLeerling,
    items: [
      veld(s.pgn, 'inhoud.leerling.pgn', (v) => v.inhoud.leerling?.pgn ?? v.pgn),
      {
        label: s.naam,
        paden: ['inhoud.leerling.voornamen', 'inhoud.leerling.voorvoegsel', 'inhoud.leerling.achternaam'],
        waarde: (v) => [v.inhoud.leerling?.voornamen, v.inhoud.leerling?.voorvoegsel, v.inhoud.leerling?.achternaam].filter(Boolean).join(' '),
      },
      veld(s.geboortedatum, 'inhoud.leerling.geboortedatum', (v) => datum(v.inhoud.leerling?.geboortedatum)),
      {
        label: s.adres,
        paden: ['inhoud.leerling.straat', 'inhoud.leerling.huisnummer', 'inhoud.leerling.postcode', 'inhoud.leerling.plaats'],
        waarde: (v) => {
          const l = v.inhoud.leerling;
          return l?.straat ? `${l.straat} ${l.huisnummer}, ${formatPostcode(l.postcode)} ${l.plaats}` : '';
        },
      },
      {
        label: h.woongemeente,
        paden: ['inhoud.leerling.woongemeenteCode', 'inhoud.leerling.woongemeenteNaam'],
        waarde: (v) => [v.inhoud.leerling?.woongemeenteCode, v.inhoud.leerling?.woongemeenteNaam].filter(Boolean).join(' - '),
      },
      veld(s.telefoon, 'inhoud.leerlingStap.telefoon', (v) => v.inhoud.leerlingStap?.telefoon ?? ''),
      veld(s.email, 'inhoud.leerlingStap.email', (v) => v.inhoud.leerlingStap?.email ?? ''),
      { lijst: 'extraContacten', label: s.contactenKop },
      veld(s.adresKeuze, 'inhoud.leerlingStap.afwijkendAdres', (v) => {
        const a = v.inhoud.leerlingStap?.afwijkendAdres;
        if (!a) return '';
        return a.soort === 'straat' ? `${a.straat} ${a.huisnummer}, ${formatPostcode(a.postcode)} ${a.plaats}` : `${a.locatie}, ${a.plaatsnaam}`;
      }),
    ],
  },
  {
    titel: s.sectieVerzuim,
    items: [
      veld(s.van, 'inhoud.verzuim.van', (v) => datum(v.inhoud.verzuim?.van)),
      veld(s.tm, 'inhoud.verzuim.tm', (v) => (v.inhoud.verzuim?.tm ? datum(v.inhoud.verzuim.tm) : s.tmOpen)),
      veld(s.soort, 'inhoud.verzuim.soort', (v) => soortLabels[v.inhoud.verzuim?.soort] ?? v.inhoud.verzuim?.soort ?? ''),
      veld(s.verbijzondering, 'inhoud.verzuim.verbijzondering', (v) => (v.inhoud.verzuim?.verbijzondering ? verbijzonderingLabels[v.inhoud.verzuim.verbijzondering] : '')),
      veld(s.reden, 'inhoud.verzuim.reden', (v) => v.inhoud.verzuim?.reden ?? ''),
      veld(s.allesGemist, 'inhoud.verzuim.allesGemist', (v) => jaNee(v.inhoud.verzuim?.allesGemist)),
      veld(s.toelichting, 'inhoud.verzuim.toelichting', (v) => v.inhoud.verzuim?.toelichting ?? ''),
      veld(s.actieGewenst, 'inhoud.verzuim.actieGewenst', (v) => jaNee(v.inhoud.verzuim?.actieGewenst)),
      veld(s.toelichtingActieGewenst, 'inhoud.verzuim.toelichtingActieGewenst', (v) => v.inhoud.verzuim?.toelichtingActieGewenst ?? ''),
      veld(s.prioriteit, 'inhoud.verzuim.prioriteit', (v) => jaNee(v.inhoud.verzuim?.prioriteit)),
      veld(s.oac, 'inhoud.verzuim.onderwijsaanbieder', (v) => {
        const a = v.inhoud.verzuim?.onderwijsaanbieder;
        return a ? `${a.code} - ${a.naam}` : '';
      }),
      veld(s.olc, 'inhoud.verzuim.onderwijslocatie', (v) => {
        const o = v.inhoud.verzuim?.onderwijslocatie;
        return o ? `${o.code} (${formatPostcode(o.postcode)} ${o.huisnummer})` : '';
      }),
      veld(s.locatie, 'inhoud.verzuim.locatie', (v) => v.inhoud.verzuim?.locatie?.naam ?? ''),
      veld(s.contactpersoonNaam, 'inhoud.verzuim.contactpersoon.naam', (v) => v.inhoud.verzuim?.contactpersoon?.naam ?? ''),
      veld(s.contactpersoonFunctie, 'inhoud.verzuim.contactpersoon.functie', (v) => v.inhoud.verzuim?.contactpersoon?.functie ?? ''),
      veld(s.contactpersoonTelefoon, 'inhoud.verzuim.contactpersoon.telefoon', (v) => v.inhoud.verzuim?.contactpersoon?.telefoon ?? ''),
      veld(s.contactpersoonEmail, 'inhoud.verzuim.contactpersoon.email', (v) => v.inhoud.verzuim?.contactpersoon?.email ?? ''),
      veld(s.kopie, 'inhoud.verzuim.contactpersoon.kopie', (v) => jaNee(v.inhoud.verzuim?.contactpersoon?.kopie)),
    ],
  },
  { titel: s.sectieLesuren, items: [{ lijst: 'verzuimdagen', label: s.verzuimdagenKop }] },
  {
    titel: s.sectieActies,
    items: [{ lijst: 'acties', label: s.acties }, veld(s.toelichtingActie, 'inhoud.acties.toelichting', (v) => v.inhoud.acties?.toelichting ?? '')],
  },
  {
    titel: h.sectieTerugkoppeling,
    alleenMet: (v) => v.inhoud.gemeente !== undefined && v.inhoud.gemeente !== null,
    items: [
      veld(h.gemeenteContactNaam, 'inhoud.gemeente.contactpersoon.naam', (v) => v.inhoud.gemeente?.contactpersoon?.naam ?? ''),
      veld(h.gemeenteContactFunctie, 'inhoud.gemeente.contactpersoon.functie', (v) => v.inhoud.gemeente?.contactpersoon?.functie ?? ''),
      veld(h.gemeenteContactTelefoon, 'inhoud.gemeente.contactpersoon.telefoon', (v) => v.inhoud.gemeente?.contactpersoon?.telefoon ?? ''),
      veld(h.gemeenteContactEmail, 'inhoud.gemeente.contactpersoon.email', (v) => v.inhoud.gemeente?.contactpersoon?.email ?? ''),
      veld(h.gemeenteToelichting, 'inhoud.gemeente.toelichting', (v) => v.inhoud.gemeente?.toelichting ?? ''),
      veld(h.overgedragenAan, 'inhoud.gemeente.overgedragenAan', (v) => {
        const o = v.inhoud.gemeente?.overgedragenAan;
        if (!o) return '';
        return o.partij === 'anders' ? `${overdrachtLabels.anders} ${o.anders}` : overdrachtLabels[o.partij];
      }),
      veld(h.redenAfgesloten, 'inhoud.gemeente.afsluiting.reden', (v) => {
        const r = v.inhoud.gemeente?.afsluiting?.reden;
        return r ? redenAfgeslotenLabels[r] : '';
      }),
      veld(h.toelichtingAfsluiting, 'inhoud.gemeente.afsluiting.toelichting', (v) => {
        const t = v.inhoud.gemeente?.afsluiting?.toelichting;
        return t ? toelichtingAfsluitingLabels[t] : '';
      }),
    ],
  },
  {
    titel: h.sectieIntrekking,
    alleenMet: (v) => v.inhoud.intrekking !== undefined && v.inhoud.intrekking !== null,
    items: [
      veld(h.redenIntrekken, 'inhoud.intrekking.reden', (v) => {
        const r = v.inhoud.intrekking?.reden;
        return r ? redenIntrekkenLabels[r] : '';
      }),
      veld(h.toelichtingIntrekken, 'inhoud.intrekking.toelichting', (v) => v.inhoud.intrekking?.toelichting ?? ''),
    ],
  },
  {
    titel: h.sectieVrijstelling,
    alleenMet: (v) => v.inhoud.vrijstelling !== undefined && v.inhoud.vrijstelling !== null,
    items: [veld(h.oorspronkelijkeTm, 'inhoud.vrijstelling.oorspronkelijkeTm', (v) => datum(v.inhoud.vrijstelling?.oorspronkelijkeTm))],
  },
];

export type Markering = Exclude<RijSoort, 'gelijk'>;

/** One row of the comparison: a field, or one row of a list. */
export interface VergelijkRij {
  label: string;
  /** The value in the newer version; null when a list row is not in it. '' is "Niet ingevuld". */
  nieuw: string | null;
  /** The value in the previous version (null: not in it); undefined for version 1 (no previous). */
  vorig?: string | null;
  /** How the previous version differs here; null when it does not. */
  markering: Markering | null;
}

export interface VergelijkSectie {
  titel: string;
  rijen: VergelijkRij[];
}

const verzuimdagTekst = (d: Verzuimdag) => [d.heleDag ? s.heleDagTekst : s.lesurenTekst(d.lesuren), d.toelichting].filter(Boolean).join(' - ');
const contactTekst = (c: ExtraContact) => lijn(c.naam, c.relatie, c.telefoon, c.email);
const actieTekst = (a: string) => (actieSchoolLabels as Record<string, string>)[a] ?? a;

function lijstRijen<T>(
  naam: LijstNaam,
  label: string,
  nieuw: VersieSnapshot,
  vorig: VersieSnapshot | null,
  rijen: readonly RijVerschil<T>[],
): VergelijkRij[] {
  const leeg = (v: VersieSnapshot) => (naam === 'verzuimdagen' ? (v.inhoud.verzuim?.allesGemist ? s.lesurenAllesGemist : s.lesurenGeen) : h.geen);
  if (rijen.length === 0) {
    const rij: VergelijkRij = { label, nieuw: leeg(nieuw), markering: null };
    if (vorig) {
      rij.vorig = leeg(vorig);
      if (rij.vorig !== rij.nieuw) rij.markering = 'gewijzigd';
    }
    return [rij];
  }
  const tekst = (x: T): string =>
    naam === 'verzuimdagen' ? verzuimdagTekst(x as Verzuimdag) : naam === 'acties' ? actieTekst(x as string) : contactTekst(x as ExtraContact);
  const rijLabel = (x: T): string =>
    naam === 'verzuimdagen' ? h.verzuimdag(datum((x as Verzuimdag).datum)) : naam === 'acties' ? h.actie : h.contact((x as ExtraContact).naam);
  return rijen.map((r) => {
    const rij: VergelijkRij = { label: rijLabel((r.nieuw ?? r.vorig)!), nieuw: r.nieuw === null ? null : tekst(r.nieuw), markering: null };
    if (vorig) {
      rij.vorig = r.vorig === null ? null : tekst(r.vorig);
      rij.markering = r.soort === 'gelijk' ? null : r.soort;
    }
    return rij;
  });
}

/**
 * The comparison page's rows, per section (Afb. 43): every field of `nieuw` beside the same
 * field of `vorig`, marked where `verschil` says they differ; the lists row by row. Without a
 * previous version (version 1) only `nieuw`'s values.
 */
export function vergelijkModel(nieuw: VersieSnapshot, vorig: VersieSnapshot | null, verschil: VersieVerschil | null, ctx: WaardeContext): VergelijkSectie[] {
  const secties: VergelijkSectie[] = [];
  for (const sectie of SECTIES) {
    if (sectie.alleenMet && !sectie.alleenMet(nieuw) && !(vorig && sectie.alleenMet(vorig))) continue;
    const rijen: VergelijkRij[] = [];
    for (const item of sectie.items) {
      if ('lijst' in item) {
        const fallback = { verzuimdagen: [], acties: [], extraContacten: [] };
        const rv = verschil ?? fallback;
        if (item.lijst === 'verzuimdagen') rijen.push(...lijstRijen(item.lijst, item.label, nieuw, vorig, vorig ? rv.verzuimdagen : alsGelijk(lijsten(nieuw.inhoud).verzuimdagen)));
        else if (item.lijst === 'acties') rijen.push(...lijstRijen(item.lijst, item.label, nieuw, vorig, vorig ? rv.acties : alsGelijk(lijsten(nieuw.inhoud).acties)));
        else rijen.push(...lijstRijen(item.lijst, item.label, nieuw, vorig, vorig ? rv.extraContacten : alsGelijk(lijsten(nieuw.inhoud).extraContacten)));
        continue;
      }
      const rij: VergelijkRij = { label: item.label, nieuw: item.waarde(nieuw, ctx), markering: null };
      if (vorig) {
        rij.vorig = item.waarde(vorig, ctx);
        if (verschil && item.paden.some((p) => veldGewijzigd(verschil, p))) rij.markering = 'gewijzigd';
      }
      rijen.push(rij);
    }
    secties.push({ titel: sectie.titel, rijen });
  }
  return secties;
}

function alsGelijk<T>(rijen: readonly T[]): RijVerschil<T>[] {
  return rijen.map((r) => ({ soort: 'gelijk', nieuw: r, vorig: r, velden: [] }));
}

/** How many rows the previous version is marked on. */
export const aantalMarkeringen = (secties: readonly VergelijkSectie[]): number => secties.reduce((n, sec) => n + sec.rijen.filter((r) => r.markering !== null).length, 0);
