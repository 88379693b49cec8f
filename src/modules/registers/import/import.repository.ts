// The bookkeeping of register imports (table register_imports): a row is written as 'bezig'
// before the load starts, and finished with its result: inside the load's own transaction
// when it is loaded, afterwards when the file was refused or the load failed.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/types.js';
import type { ImportResultaat, RegisterSoort, RowError } from '../registers.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function startImport(
  db: Db,
  row: { soort: RegisterSoort; bestandsnaam: string; peildatum: string; gestartOp: Date; door: { gebruikerId: string | null; naam: string } },
): Promise<string> {
  const { id } = await db
    .insertInto('register_imports')
    .values({
      soort: row.soort,
      bestandsnaam: row.bestandsnaam,
      peildatum: row.peildatum,
      gestart_op: row.gestartOp,
      door_gebruiker_id: row.door.gebruikerId,
      door_naam: row.door.naam,
      resultaat: 'bezig',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export interface FinishedImport {
  resultaat: Exclude<ImportResultaat, 'bezig'>;
  beeindigdOp: Date;
  sha256: string | null;
  bytes: number | null;
  rijen: number;
  counts: { toegevoegd: number; gewijzigd: number; beeindigd: number; ongewijzigd: number } | null;
  fouten: RowError[];
  foutenMeer: number;
}

/** jsonb (and text) cannot hold U+0000; a report quoting one must still be stored. */
const storable = (e: RowError): RowError => ({ line: e.line, column: e.column.replaceAll('\u0000', '\uFFFD'), reason: e.reason.replaceAll('\u0000', '\uFFFD') });

export async function finishImport(db: Db, id: string, f: FinishedImport): Promise<void> {
  await db
    .updateTable('register_imports')
    .set({
      resultaat: f.resultaat,
      beeindigd_op: f.beeindigdOp,
      sha256: f.sha256,
      bytes: f.bytes === null ? null : String(f.bytes),
      rijen: f.rijen,
      toegevoegd: f.counts?.toegevoegd ?? null,
      gewijzigd: f.counts?.gewijzigd ?? null,
      beeindigd: f.counts?.beeindigd ?? null,
      ongewijzigd: f.counts?.ongewijzigd ?? null,
      fouten: JSON.stringify(f.fouten.map(storable)),
      fouten_meer: f.foutenMeer,
    })
    .where('id', '=', id)
    .execute();
}

export const IMPORT_SORTS = ['gestart', 'soort', 'resultaat'] as const;
export type ImportSort = (typeof IMPORT_SORTS)[number];
const SORT_COLUMN = { gestart: 'gestart_op', soort: 'soort', resultaat: 'resultaat' } as const;

/** One page of the history, newest first by default; `total` for the overview's count. */
export async function listImports(
  db: Db,
  page: { sort: ImportSort; dir: 'asc' | 'desc'; offset: number; limit: number },
) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('register_imports')
      .select(['id', 'soort', 'bestandsnaam', 'peildatum', 'gestart_op', 'door_naam', 'resultaat', 'rijen', 'toegevoegd', 'gewijzigd', 'beeindigd', 'ongewijzigd'])
      .orderBy(SORT_COLUMN[page.sort], page.dir)
      .orderBy('id', page.dir)
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db.selectFrom('register_imports').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export type ImportRow = Awaited<ReturnType<typeof listImports>>['rows'][number];

export function getImport(db: Db, id: string) {
  return db.selectFrom('register_imports').selectAll().where('id', '=', id).executeTakeFirst();
}
