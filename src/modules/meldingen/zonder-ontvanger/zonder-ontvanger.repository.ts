// SQL of "Meldingen zonder ontvanger": meldingen whose behandelende gemeente had no address for
// meldingen when they were filed (meldingen.zonder_ontvanger, migration 0016), with the
// gemeente's address as it is now. The partial index meldingen_zonder_ontvanger keeps both
// statements to the few flagged rows. The names and the current address come from the
// registers' own select (their face), so this SQL names no table of theirs.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/types';
import { gemeenteAdressenTabel, instellingNamenTabel } from '../../registers/face';

type Db = Kysely<Database> | Transaction<Database>;

/** All meldingen zonder ontvanger, and how many of them are at a gemeente that still has no address. */
export async function tellingen(db: Db): Promise<{ totaal: number; zonderAdres: number }> {
  const r = await db
    .selectFrom('meldingen as m')
    .leftJoin(gemeenteAdressenTabel().as('g'), 'g.gemeentecode', 'm.gemeentecode')
    .select((eb) => [eb.fn.countAll<string>().as('totaal'), eb.fn.count<string>('m.id').filterWhere('g.email_meldingen', 'is', null).as('zonder_adres')])
    .where('m.zonder_ontvanger', '=', true)
    .executeTakeFirstOrThrow();
  return { totaal: Number(r.totaal), zonderAdres: Number(r.zonder_adres) };
}

/** One page, newest first (the id breaks ties). */
export function pagina(db: Db, limit: number, offset: number) {
  return db
    .selectFrom('meldingen as m')
    .leftJoin(gemeenteAdressenTabel().as('g'), 'g.gemeentecode', 'm.gemeentecode')
    .leftJoin(instellingNamenTabel().as('i'), 'i.instellingscode', 'm.instellingscode')
    .select(['m.id', 'm.nummer', 'm.aangemaakt_op', 'm.instellingscode', 'i.naam as instelling_naam', 'm.gemeentecode', 'g.naam as gemeente_naam', 'g.email_meldingen'])
    .where('m.zonder_ontvanger', '=', true)
    .orderBy('m.aangemaakt_op', 'desc')
    .orderBy('m.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}
export type ZonderOntvangerRij = Awaited<ReturnType<typeof pagina>>[number];
