/**
 * Chooses a school (vestiging) for a pupil the way pupils really spread: mostly in their own
 * gemeente, else in their RMC-regio, rarely further. Pools are built once so a choice is O(1).
 */
import type { Onderwijssoort, ReferenceData, Vestiging } from './reference-data.js';
import type { Random } from './random.js';

/** Share of choices per radius; what is left goes anywhere in the country. */
const SAME_GEMEENTE = 0.7;
const SAME_REGIO = 0.95;

type Pools = Map<Onderwijssoort, Map<string, Vestiging[]>>;

export class SchoolChooser {
  // Nested maps (soort → code → list), not `${soort}:${code}` keys: this runs per pupil, and
  // building key strings there was the generator's biggest cost.
  private readonly byGemeente: Pools = new Map();
  private readonly byRegio: Pools = new Map();
  private readonly national = new Map<Onderwijssoort, Vestiging[]>();
  private readonly regioOf = new Map<string, string>();

  constructor(ref: ReferenceData) {
    for (const g of ref.gemeenten) this.regioOf.set(g.code, g.rmcRegioCode);
    const add = (pools: Pools, soort: Onderwijssoort, key: string, v: Vestiging) => {
      const perSoort = pools.get(soort) ?? new Map<string, Vestiging[]>();
      pools.set(soort, perSoort);
      const list = perSoort.get(key);
      if (list) list.push(v);
      else perSoort.set(key, [v]);
    };
    for (const v of ref.vestigingen) {
      add(this.byGemeente, v.soort, v.gemeentecode, v);
      add(this.byRegio, v.soort, this.regioOf.get(v.gemeentecode) ?? '', v);
      const all = this.national.get(v.soort) ?? [];
      all.push(v);
      this.national.set(v.soort, all);
    }
    if (!this.national.get('vo')?.length || !this.national.get('vso')?.length) throw new Error('Need VO and VSO schools');
  }

  /** Number of VO vestigingen in a gemeente, a stand-in for its number of pupils. */
  voCount(gemeentecode: string): number {
    return this.byGemeente.get('vo')?.get(gemeentecode)?.length ?? 0;
  }

  /**
   * A vestiging of the given soort near `gemeentecode`, at another instelling than `avoid`
   * (an earlier school or a second enrolment is never the same instelling).
   */
  choose(rng: Random, soort: Onderwijssoort, gemeentecode: string, avoid?: string): Vestiging {
    const r = rng.next();
    const national = this.national.get(soort) ?? [];
    const pools = [
      r < SAME_GEMEENTE ? this.byGemeente.get(soort)?.get(gemeentecode) : undefined,
      r < SAME_REGIO ? this.byRegio.get(soort)?.get(this.regioOf.get(gemeentecode) ?? '') : undefined,
      national,
    ];
    for (const pool of pools) {
      if (!pool || pool.length === 0) continue;
      // A few tries find another instelling in any pool that has one; else widen the radius.
      for (let attempt = 0; attempt < 8; attempt++) {
        const v = rng.pick(pool);
        if (v.instellingscode !== avoid) return v;
      }
    }
    const other = national.find((v) => v.instellingscode !== avoid);
    if (!other) throw new Error('No other instelling to choose');
    return other;
  }
}
