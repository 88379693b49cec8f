// What differs between two versions of a melding (R-HIS-1, manual §4.2.4, Afb. 43), pure: two
// snapshots in (as versie.ts stores them), the differences out. No labels and no HTML here;
// velden.ts says which field shows which path, and the view marks what this file finds.
//
// - Scalars, also inside nested objects, by their dot path ('status',
//   'inhoud.verzuim.tm', 'inhoud.gemeente.contactpersoon.naam'). An object that appears or
//   disappears (afwijkend adres, the gemeente's terugkoppeling) counts by its leaves.
// - "Empty" is one value: null, undefined and '' are equal, because a page shows all three as
//   "Niet ingevuld" and a marked change between two identical-looking cells would mislead.
// - The lists are compared row by row: verzuimdagen by their date, acties school by their
//   code, aanvullende contacten by their name. A row is toegevoegd, verwijderd, gewijzigd
//   (with the fields that changed) or gelijk.
// - The version number itself is not a difference.
import { ACTIES_SCHOOL } from '../codes';
import type { ExtraContact, MeldingInhoud } from '../melding.types';
import type { Verzuimdag } from '../rules';
import type { HuidigeMelding } from '../versie';

/** A version's snapshot as versie.ts (versieSnapshot) stores it: the whole melding. */
export type VersieSnapshot = Omit<HuidigeMelding, 'id'>;

export type RijSoort = 'toegevoegd' | 'verwijderd' | 'gewijzigd' | 'gelijk';

export interface RijVerschil<T> {
  soort: RijSoort;
  /** The row in the newer version; null when it was removed. */
  nieuw: T | null;
  /** The row in the previous version; null when it was added. */
  vorig: T | null;
  /** For 'gewijzigd': the row's fields that differ. */
  velden: readonly string[];
}

export interface VersieVerschil {
  /** Dot paths of the scalar values (outside the lists) that differ, sorted. */
  velden: readonly string[];
  verzuimdagen: readonly RijVerschil<Verzuimdag>[];
  acties: readonly RijVerschil<string>[];
  extraContacten: readonly RijVerschil<ExtraContact>[];
  /** Nothing differs at all. */
  identiek: boolean;
}

/** The lists, compared row by row instead of as values. */
export const LIJST_PADEN = ['inhoud.lesuren.dagen', 'inhoud.acties.acties', 'inhoud.leerlingStap.extraContacten'] as const;
/** Not a difference between versions, but their identity. */
const NIET_VERGELEKEN = new Set(['versie']);

const isLeeg = (v: unknown): boolean => v === null || v === undefined || v === '';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Equal as a page shows them: empties alike, objects and arrays by content. */
export function gelijkeWaarde(a: unknown, b: unknown): boolean {
  if (isLeeg(a) && isLeeg(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => gelijkeWaarde(x, b[i]));
  if (isObject(a) && isObject(b)) return [...new Set([...Object.keys(a), ...Object.keys(b)])].every((k) => gelijkeWaarde(a[k], b[k]));
  return a === b;
}

function scalaren(a: unknown, b: unknown, pad: string, uit: string[]): void {
  if ((LIJST_PADEN as readonly string[]).includes(pad) || NIET_VERGELEKEN.has(pad)) return;
  // Recurse into objects; a side that is empty where the other has an object is an empty object.
  if (isObject(a) || isObject(b)) {
    if ((isObject(a) || isLeeg(a)) && (isObject(b) || isLeeg(b))) {
      const oa = isObject(a) ? a : {};
      const ob = isObject(b) ? b : {};
      for (const k of [...new Set([...Object.keys(oa), ...Object.keys(ob)])]) scalaren(oa[k], ob[k], pad ? `${pad}.${k}` : k, uit);
      return;
    }
  }
  if (!gelijkeWaarde(a, b)) uit.push(pad);
}

/**
 * Pairs two lists' rows by key (the k-th row with a key pairs with the k-th row with that key in
 * the other list), compares the paired rows' `velden`, and orders the result: by `volgorde`
 * when given, else the newer list's order with removed rows after it.
 * @example vergelijkLijst(['a', 'c'], ['a', 'b'], { sleutel: (x) => x, velden: [] })
 *   // [{ soort: 'gelijk', nieuw: 'a', vorig: 'a' }, { soort: 'toegevoegd', nieuw: 'c', vorig: null }, { soort: 'verwijderd', nieuw: null, vorig: 'b' }]
 */
export function vergelijkLijst<T>(
  nieuw: readonly T[],
  vorig: readonly T[],
  opties: { sleutel: (rij: T) => string; velden: readonly string[]; volgorde?: (a: T, b: T) => number },
): RijVerschil<T>[] {
  const telSleutels = (rijen: readonly T[]) => {
    const teller = new Map<string, number>();
    return rijen.map((r) => {
      const s = opties.sleutel(r);
      const n = teller.get(s) ?? 0;
      teller.set(s, n + 1);
      return `${s}\u0000${n}`;
    });
  };
  const nieuwSleutels = telSleutels(nieuw);
  const vorigSleutels = telSleutels(vorig);
  const vorigOpSleutel = new Map(vorigSleutels.map((s, i) => [s, vorig[i]!]));
  const nieuwSet = new Set(nieuwSleutels);

  const veld = (r: T, v: string): unknown => (r as Record<string, unknown>)[v];
  const uit: RijVerschil<T>[] = nieuw.map((rij, i) => {
    const oud = vorigOpSleutel.get(nieuwSleutels[i]!);
    if (oud === undefined) return { soort: 'toegevoegd', nieuw: rij, vorig: null, velden: [] };
    const velden = opties.velden.filter((v) => !gelijkeWaarde(veld(rij, v), veld(oud, v)));
    return { soort: velden.length > 0 ? 'gewijzigd' : 'gelijk', nieuw: rij, vorig: oud, velden };
  });
  vorig.forEach((rij, i) => {
    if (!nieuwSet.has(vorigSleutels[i]!)) uit.push({ soort: 'verwijderd', nieuw: null, vorig: rij, velden: [] });
  });
  if (opties.volgorde) {
    const v = opties.volgorde;
    // A stable sort: rows that compare equal keep the order above.
    return uit.map((r, i) => ({ r, i })).sort((a, b) => v((a.r.nieuw ?? a.r.vorig)!, (b.r.nieuw ?? b.r.vorig)!) || a.i - b.i).map((x) => x.r);
  }
  return uit;
}

const ACTIE_VOLGORDE = (code: string) => {
  const i = (ACTIES_SCHOOL as readonly string[]).indexOf(code);
  return i === -1 ? ACTIES_SCHOOL.length : i;
};

/** The three lists of a melding, each with its own key. */
export const lijstVergelijkers = {
  verzuimdagen: (nieuw: readonly Verzuimdag[], vorig: readonly Verzuimdag[]) =>
    vergelijkLijst(nieuw, vorig, { sleutel: (d) => d.datum, velden: ['heleDag', 'lesuren', 'toelichting'], volgorde: (a, b) => a.datum.localeCompare(b.datum) }),
  acties: (nieuw: readonly string[], vorig: readonly string[]) =>
    vergelijkLijst(nieuw, vorig, { sleutel: (a) => a, velden: [], volgorde: (a, b) => ACTIE_VOLGORDE(a) - ACTIE_VOLGORDE(b) || a.localeCompare(b) }),
  extraContacten: (nieuw: readonly ExtraContact[], vorig: readonly ExtraContact[]) =>
    vergelijkLijst(nieuw, vorig, { sleutel: (c) => c.naam.trim().toLocaleLowerCase('nl'), velden: ['naam', 'relatie', 'telefoon', 'email'] }),
};

/** The lists of a snapshot's content, tolerant of a snapshot without them. */
export function lijsten(inhoud: Partial<MeldingInhoud> | undefined) {
  return {
    verzuimdagen: inhoud?.lesuren?.dagen ?? [],
    acties: inhoud?.acties?.acties ?? [],
    extraContacten: inhoud?.leerlingStap?.extraContacten ?? [],
  };
}

/**
 * Everything that differs from `vorig` (the previous version) to `nieuw` (R-HIS-1).
 * @example vergelijkVersies(v3, v2).velden // ['inhoud.verzuim.tm', 'einddatum']
 */
export function vergelijkVersies(nieuw: VersieSnapshot, vorig: VersieSnapshot): VersieVerschil {
  const velden: string[] = [];
  scalaren(nieuw, vorig, '', velden);
  velden.sort();
  const ln = lijsten(nieuw.inhoud);
  const lv = lijsten(vorig.inhoud);
  const verzuimdagen = lijstVergelijkers.verzuimdagen(ln.verzuimdagen, lv.verzuimdagen);
  const acties = lijstVergelijkers.acties(ln.acties, lv.acties);
  const extraContacten = lijstVergelijkers.extraContacten(ln.extraContacten, lv.extraContacten);
  const rijenGelijk = [...verzuimdagen, ...acties, ...extraContacten].every((r) => r.soort === 'gelijk');
  return { velden, verzuimdagen, acties, extraContacten, identiek: velden.length === 0 && rijenGelijk };
}

/**
 * Whether the field at `pad` differs: the path itself, something inside it (an address's
 * street), or the object it is part of.
 */
export function veldGewijzigd(v: Pick<VersieVerschil, 'velden'>, pad: string): boolean {
  return v.velden.some((p) => p === pad || p.startsWith(`${pad}.`) || pad.startsWith(`${p}.`));
}
