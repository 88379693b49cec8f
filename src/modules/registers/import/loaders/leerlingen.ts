// leerlingen.csv (ROD). Pupils are updated when their data changed and never deleted or
// ended: a pupil missing from a newer file keeps its row (meldingen refer to it).
import { registerImportMessages as m } from '../../messages.js';
import { LEERLINGEN_COLUMNS } from '../../generator/leerling.js';
import type { RegisterKind } from '../kind.js';
import { duplicates, missingReference, upsert } from '../sql.js';
import { validateLeerling, type LeerlingTuple } from '../validators/leerlingen.js';

const COLUMNS = [
  'voornamen', 'voorvoegsel', 'achternaam', 'geboortedatum', 'geslacht', 'straat', 'huisnummer', 'postcode', 'plaats',
  'woongemeente_code', 'woont_in_buitenland', 'land', 'startkwalificatie',
] as const;

export const leerlingenKind: RegisterKind<LeerlingTuple> = {
  soort: 'leerlingen',
  file: 'leerlingen.csv',
  columns: LEERLINGEN_COLUMNS,
  validate: validateLeerling,
  staging: [
    ['pgn', 'code'], ['voornamen', 'text'], ['voorvoegsel', 'text'], ['achternaam', 'text'], ['geboortedatum', 'date'],
    ['geslacht', 'text'], ['straat', 'text'], ['huisnummer', 'int'], ['postcode', 'text'], ['plaats', 'text'],
    ['woongemeente_code', 'text'], ['woont_in_buitenland', 'boolean'], ['land', 'text'], ['startkwalificatie', 'boolean'],
  ],
  key: ['pgn'],
  bulkTables: ['leerlingen'],
  // Every check is a constraint of leerlingen: the primary key (duplicates) and the foreign key to gemeenten.
  direct: { table: 'leerlingen', columns: ['pgn', ...COLUMNS] },
  get checks() {
    return [
      duplicates(this),
      missingReference({ columns: ['woongemeente_code'], table: 'gemeenten', target: ['gemeentecode'], reason: m.onbekendeGemeente }),
    ];
  },
  async merge(trx, ctx) {
    const counts = await upsert(trx, {
      table: 'leerlingen',
      key: ['pgn'],
      columns: COLUMNS,
      select: `select pgn, ${COLUMNS.join(', ')} from ${ctx.staging}`,
      bulk: ctx.bulk,
    });
    return { ...counts, ended: 0 };
  },
};
