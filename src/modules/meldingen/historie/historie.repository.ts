// SQL of Historie (R-HIS-1), nothing else: the versions of one melding (melding_versies, an
// append-only table keyed by melding and version number) and two snapshots side by side.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/types';
import type { SortDir } from '../../../platform/ui/overzicht-state';

type Db = Kysely<Database> | Transaction<Database>;

export async function aantalVersies(db: Db, meldingId: string): Promise<number> {
  const r = await db.selectFrom('melding_versies').select((eb) => eb.fn.countAll<string>().as('n')).where('melding_id', '=', meldingId).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** One page of the list, by version number (the primary key's order). */
export function versiePagina(db: Db, meldingId: string, dir: SortDir, limit: number, offset: number) {
  return db
    .selectFrom('melding_versies')
    .select(['versie', 'status', 'soort_wijziging', 'op', 'door_naam'])
    .where('melding_id', '=', meldingId)
    .orderBy('versie', dir)
    .limit(limit)
    .offset(offset)
    .execute();
}
export type VersieLijstRij = Awaited<ReturnType<typeof versiePagina>>[number];

/** Version `versie` and the one before it (when there is one), newest first. */
export function versieEnVorige(db: Db, meldingId: string, versie: number) {
  return db
    .selectFrom('melding_versies')
    .select(['versie', 'status', 'soort_wijziging', 'op', 'door_naam', 'snapshot'])
    .where('melding_id', '=', meldingId)
    .where('versie', 'in', [versie, versie - 1])
    .orderBy('versie', 'desc')
    .execute();
}
