// Which registers the demo loads, and which institutions and gemeenten the demo accounts get.
import type { DB } from '../db/database';
import type { Services } from '../services';

export interface DemoScopes {
  instelling1: string;
  instelling2: string;
  gemeente1: string;
  gemeente2: string;
}

/** Loads the demo registers. The registers import (issue 3) replaces the body of this. */
export async function loadDemoRegisters(s: Services, log: (m: string) => void): Promise<void> {
  const { rows } = { rows: [] as unknown[] };
  void rows;
  void s;
  log('registers: nog geen import');
}

/** Two institutions and two gemeenten for the demo accounts: the first by code. */
export async function pickDemoScopes(db: DB): Promise<DemoScopes> {
  const inst = await db.selectFrom('instellingen').select('instellingscode').orderBy('instellingscode').limit(2).execute();
  const gem = await db.selectFrom('gemeenten').select('gemeentecode').orderBy('gemeentecode').limit(2).execute();
  if (inst.length < 2 || gem.length < 2) throw new Error('De demo heeft minstens twee instellingen en twee gemeenten in de registers nodig');
  return { instelling1: inst[0]!.instellingscode, instelling2: inst[1]!.instellingscode, gemeente1: gem[0]!.gemeentecode, gemeente2: gem[1]!.gemeentecode };
}
