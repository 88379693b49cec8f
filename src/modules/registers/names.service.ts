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
