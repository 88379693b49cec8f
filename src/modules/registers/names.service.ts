// Names of institutions and gemeenten by code, for choosers and the page header.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types';

type Db = Kysely<Database> | Transaction<Database>;
export interface CodeNaam {
  code: string;
  naam: string;
}

export function instellingNamen(db: Db, codes: string[]): Promise<CodeNaam[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('instellingen')
    .select(['instellingscode as code', 'naam'])
    .where('instellingscode', 'in', codes)
    .orderBy('instellingscode')
    .execute();
}

export function gemeenteNamen(db: Db, codes: string[]): Promise<CodeNaam[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('gemeenten').select(['gemeentecode as code', 'naam']).where('gemeentecode', 'in', codes).orderBy('gemeentecode').execute();
}

/**
 * The name of one code, remembered for `ttlMs`: every page's header shows the chosen
 * instelling's or gemeente's name, and a register import renames one perhaps once a year, so
 * a statement per page for it is waste (issue 5's speed goal). A rename shows within `ttlMs`.
 * Unknown codes are not remembered (a register load may add them any moment).
 */
export function rememberedNames(lookup: (code: string) => Promise<string | undefined>, ttlMs: number, now: () => number = Date.now) {
  const known = new Map<string, { naam: string; tot: number }>();
  return async (code: string): Promise<string | undefined> => {
    const hit = known.get(code);
    if (hit && hit.tot > now()) return hit.naam;
    const naam = await lookup(code);
    if (naam === undefined) {
      known.delete(code);
      return undefined;
    }
    // Bounded: there are a few thousand codes at most, but a long-running process sees them all.
    if (known.size >= 10_000) known.clear();
    known.set(code, { naam, tot: now() + ttlMs });
    return naam;
  };
}
