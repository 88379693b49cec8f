// Shared by the change feed's tests: reading the whole feed in pages, and a change to a melding
// through the one versioned write, as the pages and the vrijstelling check make it.
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../../src/db/types';
import { nieuweVersie, type Actie, type VersieActor, type Wijziging } from '../../../src/modules/meldingen/face';
import { leesWijzigingen, type LeesOpties, type Wijziging as FeedWijziging } from '../../../src/modules/wijzigingen/face';

/** Reads from `na` until the reader says there is no more; the changes and the last cursor. */
export async function leesAlles(db: Kysely<Database>, o: Omit<LeesOpties, 'na' | 'limiet'> & { na?: string; limiet?: number }) {
  const wijzigingen: FeedWijziging[] = [];
  let cursor = o.na;
  for (let i = 0; i < 10_000; i++) {
    const r = await leesWijzigingen(db, { ...o, na: cursor, limiet: o.limiet ?? 1000 });
    if (r.soort !== 'ok') throw new Error(`${r.soort}: ${r.melding}`);
    wijzigingen.push(...r.wijzigingen);
    cursor = r.cursor;
    if (!r.meer) return { wijzigingen, cursor };
  }
  throw new Error('the feed did not end');
}

const ACTOR: Record<'school' | 'gemeente' | 'systeem', VersieActor> = {
  school: { soort: 'school', gebruikerId: null, naam: 'Melder' },
  gemeente: { soort: 'gemeente', gebruikerId: null, naam: 'Behandelaar' },
  systeem: { soort: 'systeem', gebruikerId: null, naam: 'Verzuimloket' },
};

/** One action on the melding through nieuweVersie, in its own transaction; fails the test when refused. */
export async function actie(db: Kysely<Database>, nummer: string, actor: keyof typeof ACTOR, a: Actie, op: Date, w: Partial<Wijziging> = {}) {
  const { id, versie } = await db.selectFrom('meldingen').select(['id', 'versie']).where('nummer', '=', nummer).executeTakeFirstOrThrow();
  const r = await db.transaction().execute((trx) => nieuweVersie(trx, { meldingId: id, verwachteVersie: versie, actor: ACTOR[actor], actie: a, op, wijzig: (h) => ({ inhoud: h.inhoud, ...w }) }));
  expect(r.soort).toBe('opgeslagen');
}
