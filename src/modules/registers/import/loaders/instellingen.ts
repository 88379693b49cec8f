// instellingen.csv holds one row per vestiging. It fills vestigingen, and instellingen with
// one row per instellingscode named after its lowest-numbered vestiging.
import { registerImportMessages as m } from '../../messages.js';
import { INSTELLINGEN_COLUMNS } from '../../generator/registries.js';
import type { RegisterKind } from '../kind.js';
import { duplicates, endMissing, missingReference, upsert } from '../sql.js';
import { validateVestiging, type VestigingTuple } from '../validators/instellingen.js';

export const instellingenKind: RegisterKind<VestigingTuple> = {
  soort: 'instellingen',
  file: 'instellingen.csv',
  columns: INSTELLINGEN_COLUMNS,
  validate: validateVestiging,
  staging: [['instellingscode', 'code'], ['vestigingscode', 'code'], ['naam', 'text'], ['plaats', 'text'], ['gemeentecode', 'text']],
  key: ['instellingscode', 'vestigingscode'],
  get checks() {
    return [
      duplicates(this),
      missingReference({ columns: ['gemeentecode'], table: 'gemeenten', target: ['gemeentecode'], reason: m.onbekendeGemeente }),
    ];
  },
  // Counted and confirmed by vestiging; an instelling ends with its last vestiging.
  ends: { table: 'vestigingen', key: ['instellingscode', 'vestigingscode'], where: 't.vervallen_op is null', column: 'vervallen_op' },
  async merge(trx, ctx) {
    // Instellingen first: vestigingen refer to them. Their changes are not counted separately:
    // an instelling only changes when its lowest vestiging does, and that row is counted.
    await upsert(trx, {
      table: 'instellingen',
      key: ['instellingscode'],
      columns: ['naam', 'vervallen_op'],
      select: `select distinct on (instellingscode) instellingscode, naam, null::date as vervallen_op from ${ctx.staging} order by instellingscode, vestigingscode`,
      bulk: ctx.bulk,
    });
    const counts = await upsert(trx, {
      table: 'vestigingen',
      key: ['instellingscode', 'vestigingscode'],
      columns: ['naam', 'plaats', 'gemeentecode', 'vervallen_op'],
      select: `select instellingscode, vestigingscode, naam, plaats, gemeentecode, null::date as vervallen_op from ${ctx.staging}`,
      bulk: ctx.bulk,
    });
    const ended = await endMissing(trx, ctx, this.ends!);
    await endMissing(trx, ctx, { table: 'instellingen', key: ['instellingscode'], where: 't.vervallen_op is null', column: 'vervallen_op' });
    return { ...counts, ended };
  },
};
