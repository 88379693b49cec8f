// inschrijvingen.csv (ROD), a full file of all enrolments. A current enrolment missing from a
// newer file is ended on the import's peildatum (never before its begindatum), not deleted.
import { sql } from 'kysely';
import { registerImportMessages as m } from '../../messages.js';
import { INSCHRIJVINGEN_COLUMNS } from '../../generator/leerling.js';
import type { Check, RegisterKind } from '../kind.js';
import { duplicates, endMissing, missingReference, upsert } from '../sql.js';
import { MAX_ERRORS } from '../types.js';
import { validateInschrijving, type InschrijvingTuple } from '../validators/inschrijvingen.js';

const KEY = ['pgn', 'instellingscode', 'vestigingscode', 'begindatum'] as const;

/**
 * A pupil with current enrolments (no einddatum) has exactly one current hoofdinschrijving
 * (docs/registers-csv.md). Reported on the pupil's first current row.
 */
const eenHoofdinschrijving: Check = async (trx, ctx) => {
  const { rows } = await sql<{ line: number; hoofd: string; total: string }>`
    select line, hoofd, count(*) over () as total from (
      select min(line) as line, count(*) filter (where hoofdinschrijving) as hoofd
      from ${sql.raw(ctx.staging)} where einddatum is null group by pgn
    ) p where hoofd <> 1 order by line limit ${MAX_ERRORS}`.execute(trx);
  return {
    errors: rows.map((r) => ({ line: Number(r.line), column: 'hoofdinschrijving', reason: m.hoofdinschrijving(Number(r.hoofd)) })),
    total: Number(rows[0]?.total ?? 0),
  };
};

export const inschrijvingenKind: RegisterKind<InschrijvingTuple> = {
  soort: 'inschrijvingen',
  file: 'inschrijvingen.csv',
  columns: INSCHRIJVINGEN_COLUMNS,
  validate: validateInschrijving,
  staging: [
    ['pgn', 'code'], ['instellingscode', 'code'], ['vestigingscode', 'code'], ['begindatum', 'date'], ['einddatum', 'date'],
    ['hoofdinschrijving', 'boolean'],
  ],
  key: KEY,
  bulkTables: ['inschrijvingen'],
  // The key and both foreign keys are constraints of inschrijvingen; the one hoofdinschrijving is verified.
  direct: {
    table: 'inschrijvingen',
    columns: [...KEY, 'einddatum', 'hoofdinschrijving'],
    verify: async (trx) => {
      const { rows } = await sql<{ ok: boolean }>`select not exists (
        select 1 from inschrijvingen where einddatum is null group by pgn having count(*) filter (where hoofdinschrijving) <> 1) as ok`.execute(trx);
      return rows[0]?.ok === true;
    },
  },
  get checks() {
    return [
      duplicates(this),
      missingReference({ columns: ['pgn'], table: 'leerlingen', target: ['pgn'], reason: m.onbekendeLeerling }),
      missingReference({
        columns: ['instellingscode', 'vestigingscode'],
        table: 'vestigingen',
        target: ['instellingscode', 'vestigingscode'],
        reason: m.onbekendeVestiging,
      }),
      eenHoofdinschrijving,
    ];
  },
  ends: {
    table: 'inschrijvingen',
    key: KEY,
    where: 't.einddatum is null',
    column: 'einddatum',
    // An enrolment that would only begin after the peildatum ends on its first day.
    value: (peildatum) => sql`greatest(t.begindatum, ${peildatum})`,
  },
  async merge(trx, ctx) {
    const counts = await upsert(trx, {
      table: 'inschrijvingen',
      key: KEY,
      columns: ['einddatum', 'hoofdinschrijving'],
      select: `select ${KEY.join(', ')}, einddatum, hoofdinschrijving from ${ctx.staging}`,
      bulk: ctx.bulk,
    });
    const ended = await endMissing(trx, ctx, this.ends!);
    return { ...counts, ended };
  },
};
