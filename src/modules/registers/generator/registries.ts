/**
 * The registry files derived from reference data alone: gemeenten, RMC-regio's, instellingen
 * and the RIO files. They do not depend on the pupil seed, so every demo and benchmark sees
 * the same schools and codes; RIO codes are synthetic but stable per instelling (hash-based).
 */
import { hash128, Random } from './random.js';
import { randomHuisnummer, randomPostcode } from './address.js';
import type { ReferenceData, Vestiging } from './reference-data.js';

export const GEMEENTEN_COLUMNS = ['gemeentecode', 'naam', 'provincie', 'email_meldingen', 'rmc_regio_code'] as const;
export const RMC_REGIOS_COLUMNS = ['rmc_regio_code', 'naam', 'contactgemeente_code'] as const;
export const INSTELLINGEN_COLUMNS = ['instellingscode', 'vestigingscode', 'naam', 'plaats', 'gemeentecode'] as const;
export const RIO_AANBIEDERS_COLUMNS = ['instellingscode', 'onderwijsaanbiedercode', 'naam'] as const;
export const RIO_LOCATIES_COLUMNS = ['instellingscode', 'onderwijslocatiecode', 'postcode', 'huisnummer'] as const;

/**
 * A gemeente name as a DNS label: ASCII, lower case, hyphens.
 * @example slug("'s-Gravenhage") // 's-gravenhage'
 * @example slug('Nuenen, Gerwen en Nederwetten') // 'nuenen-gerwen-en-nederwetten'
 */
export function slug(naam: string): string {
  return naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The mailbox that receives meldingen; `.example` (RFC 2606) so a demo can never mail a real gemeente.
 * @example meldingenEmail('Súdwest-Fryslân') // 'leerplicht@sudwest-fryslan.nl.example'
 */
export function meldingenEmail(naam: string): string {
  return `leerplicht@${slug(naam)}.nl.example`;
}

export function gemeentenRows(ref: ReferenceData): string[][] {
  const seen = new Set<string>();
  return ref.gemeenten.map((g) => {
    const email = meldingenEmail(g.naam);
    if (seen.has(email)) throw new Error(`Two gemeenten share the e-mail address ${email}`);
    seen.add(email);
    return [g.code, g.naam, g.provincie, email, g.rmcRegioCode];
  });
}

/**
 * Contactgemeente per RMC-regio: the regio's gemeente with the most VO vestigingen in
 * scholen-vo.csv, ties to the lowest code (docs/functioneel.md §3; the real list is not public).
 */
export function contactgemeenten(ref: ReferenceData): Map<string, string> {
  const schools = new Map<string, number>();
  for (const v of ref.vestigingen) if (v.soort === 'vo') schools.set(v.gemeentecode, (schools.get(v.gemeentecode) ?? 0) + 1);
  const best = new Map<string, { code: string; count: number }>();
  for (const g of ref.gemeenten) {
    const count = schools.get(g.code) ?? 0;
    const current = best.get(g.rmcRegioCode);
    if (!current || count > current.count || (count === current.count && g.code < current.code))
      best.set(g.rmcRegioCode, { code: g.code, count });
  }
  return new Map([...best].map(([regio, { code }]) => [regio, code]));
}

export function rmcRegioRows(ref: ReferenceData): string[][] {
  const contact = contactgemeenten(ref);
  return ref.regios.map((r) => {
    const code = contact.get(r.code);
    if (!code) throw new Error(`RMC-regio ${r.code} has no gemeente, so no contactgemeente`);
    return [r.code, r.naam, code];
  });
}

// Plain code-unit order, not localeCompare: the output must not depend on the machine's locale.
const byCode = (a: Vestiging, b: Vestiging) => {
  const ka = a.instellingscode + a.vestigingscode;
  const kb = b.instellingscode + b.vestigingscode;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

export function instellingRows(ref: ReferenceData): string[][] {
  return [...ref.vestigingen].sort(byCode).map((v) => [v.instellingscode, v.vestigingscode, v.naam, v.plaats, v.gemeentecode]);
}

/**
 * Hands out unique codes `ddd<letter>ddd`. The number is a hash of the key, so a code stays
 * the same when other schools come or go; a collision moves to the next free number.
 */
class CodeAllocator {
  private readonly taken = new Set<number>();
  constructor(private readonly letter: 'A' | 'X') {}

  code(key: string): string {
    let n = hash128(`${this.letter}:${key}`)[0] % 1_000_000;
    while (this.taken.has(n)) n = (n + 1) % 1_000_000;
    this.taken.add(n);
    const digits = String(n).padStart(6, '0');
    return digits.slice(0, 3) + this.letter + digits.slice(3);
  }
}

function perInstelling(ref: ReferenceData): Map<string, Vestiging[]> {
  const map = new Map<string, Vestiging[]>();
  for (const v of [...ref.vestigingen].sort(byCode)) {
    const list = map.get(v.instellingscode) ?? [];
    list.push(v);
    map.set(v.instellingscode, list);
  }
  return map;
}

/** 1 onderwijsaanbieder per instelling, 2 for about a third of those whose vestigingen carry different names. */
export function rioAanbiederRows(ref: ReferenceData): string[][] {
  const oac = new CodeAllocator('A');
  const rows: string[][] = [];
  for (const [brin, vestigingen] of perInstelling(ref)) {
    const [hoofd] = vestigingen;
    if (!hoofd) continue;
    rows.push([brin, oac.code(brin), hoofd.naam]);
    const other = vestigingen.find((v) => v.naam !== hoofd.naam);
    if (other && hash128(`aanbieders:${brin}`)[1] % 3 === 0) rows.push([brin, oac.code(`${brin}/2`), other.naam]);
  }
  return rows;
}

/** One onderwijslocatie per vestiging, with a synthetic postcode in the vestiging's gemeente. */
export function rioLocatieRows(ref: ReferenceData): string[][] {
  const olc = new CodeAllocator('X');
  const rows: string[][] = [];
  for (const [brin, vestigingen] of perInstelling(ref)) {
    for (const v of vestigingen) {
      const rng = new Random(`locatie:${brin}${v.vestigingscode}`);
      const pc4s = ref.pc4PerGemeente.get(v.gemeentecode) ?? [];
      rows.push([brin, olc.code(`${brin}${v.vestigingscode}`), randomPostcode(rng, pc4s), randomHuisnummer(rng)]);
    }
  }
  return rows;
}
