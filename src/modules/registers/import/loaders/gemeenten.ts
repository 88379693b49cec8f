// gemeenten.csv and rmc-regios.csv. They refer to each other (a gemeente's regio, a regio's
// contactgemeente), so in a directory import both are staged and loaded in one transaction:
// regio's first, whose contactgemeente foreign key is deferred to the commit.
import { registerImportMessages as m } from '../../messages.js';
import { GEMEENTEN_COLUMNS, RMC_REGIOS_COLUMNS } from '../../generator/registries.js';
import type { RegisterKind } from '../kind.js';
import { duplicates, endMissing, missingReference, upsert } from '../sql.js';
import { validateGemeente, validateRmcRegio, type GemeenteTuple, type RmcRegioTuple } from '../validators/gemeenten.js';

export const rmcRegiosKind: RegisterKind<RmcRegioTuple> = {
  soort: 'rmc-regios',
  file: 'rmc-regios.csv',
  columns: RMC_REGIOS_COLUMNS,
  validate: validateRmcRegio,
  staging: [['rmc_regio_code', 'text'], ['naam', 'text'], ['contactgemeente_code', 'text']],
  key: ['rmc_regio_code'],
  get checks() {
    return [
      duplicates(this),
      missingReference({
        columns: ['contactgemeente_code'],
        table: 'gemeenten',
        target: ['gemeentecode'],
        reason: m.onbekendeGemeente,
        alsoStaged: { soort: 'gemeenten', columns: ['gemeentecode'] },
      }),
    ];
  },
  ends: { table: 'rmc_regios', key: [['code', 'rmc_regio_code']], where: 't.vervallen_op is null', column: 'vervallen_op' },
  async merge(trx, ctx) {
    const counts = await upsert(trx, {
      table: 'rmc_regios',
      key: ['code'],
      columns: ['naam', 'contactgemeente_code', 'vervallen_op'],
      select: `select rmc_regio_code as code, naam, contactgemeente_code, null::date as vervallen_op from ${ctx.staging}`,
      bulk: ctx.bulk,
    });
    const ended = await endMissing(trx, ctx, this.ends!);
    return { ...counts, ended };
  },
};

export const gemeentenKind: RegisterKind<GemeenteTuple> = {
  soort: 'gemeenten',
  file: 'gemeenten.csv',
  columns: GEMEENTEN_COLUMNS,
  validate: validateGemeente,
  staging: [['gemeentecode', 'text'], ['naam', 'text'], ['provincie', 'text'], ['email_meldingen', 'text'], ['rmc_regio_code', 'text']],
  key: ['gemeentecode'],
  get checks() {
    return [
      duplicates(this),
      missingReference({
        columns: ['rmc_regio_code'],
        table: 'rmc_regios',
        target: ['code'],
        reason: m.onbekendeRmcRegio,
        alsoStaged: { soort: 'rmc-regios', columns: ['rmc_regio_code'] },
      }),
    ];
  },
  ends: { table: 'gemeenten', key: ['gemeentecode'], where: 't.vervallen_op is null', column: 'vervallen_op' },
  async merge(trx, ctx) {
    const counts = await upsert(trx, {
      table: 'gemeenten',
      key: ['gemeentecode'],
      columns: ['naam', 'provincie', 'email_meldingen', 'rmc_regio_code', 'vervallen_op'],
      select: `select gemeentecode, naam, provincie, email_meldingen, rmc_regio_code, null::date as vervallen_op from ${ctx.staging}`,
      bulk: ctx.bulk,
    });
    const ended = await endMissing(trx, ctx, this.ends!);
    return { ...counts, ended };
  },
};
