// RIO: rio-aanbieders.csv (onderwijsaanbieders) and rio-locaties.csv (onderwijslocaties), per
// instellingscode. A code that disappears gets vervallen_op; a melding may still name it.
import { registerImportMessages as m } from '../../messages.js';
import { RIO_AANBIEDERS_COLUMNS, RIO_LOCATIES_COLUMNS } from '../../generator/registries.js';
import type { RegisterKind } from '../kind.js';
import { duplicates, endMissing, missingReference, upsert } from '../sql.js';
import { validateAanbieder, validateLocatie, type AanbiederTuple, type LocatieTuple } from '../validators/instellingen.js';

const instellingBestaat = missingReference({
  columns: ['instellingscode'],
  table: 'instellingen',
  target: ['instellingscode'],
  reason: m.onbekendeInstelling,
});

export const rioAanbiedersKind: RegisterKind<AanbiederTuple> = {
  soort: 'rio-aanbieders',
  file: 'rio-aanbieders.csv',
  columns: RIO_AANBIEDERS_COLUMNS,
  validate: validateAanbieder,
  staging: [['instellingscode', 'code'], ['onderwijsaanbiedercode', 'text'], ['naam', 'text']],
  key: ['onderwijsaanbiedercode'],
  get checks() {
    return [duplicates(this), instellingBestaat];
  },
  ends: { table: 'onderwijsaanbieders', key: [['oac', 'onderwijsaanbiedercode']], where: 't.vervallen_op is null', column: 'vervallen_op' },
  async merge(trx, ctx) {
    const counts = await upsert(trx, {
      table: 'onderwijsaanbieders',
      key: ['oac'],
      columns: ['instellingscode', 'naam', 'vervallen_op'],
      select: `select onderwijsaanbiedercode as oac, instellingscode, naam, null::date as vervallen_op from ${ctx.staging}`,
      bulk: ctx.bulk,
    });
    const ended = await endMissing(trx, ctx, this.ends!);
    return { ...counts, ended };
  },
};

export const rioLocatiesKind: RegisterKind<LocatieTuple> = {
  soort: 'rio-locaties',
  file: 'rio-locaties.csv',
  columns: RIO_LOCATIES_COLUMNS,
  validate: validateLocatie,
  staging: [['instellingscode', 'code'], ['onderwijslocatiecode', 'text'], ['postcode', 'text'], ['huisnummer', 'int']],
  key: ['onderwijslocatiecode'],
  get checks() {
    return [duplicates(this), instellingBestaat];
  },
  ends: { table: 'onderwijslocaties', key: [['olc', 'onderwijslocatiecode']], where: 't.vervallen_op is null', column: 'vervallen_op' },
  async merge(trx, ctx) {
    const counts = await upsert(trx, {
      table: 'onderwijslocaties',
      key: ['olc'],
      columns: ['instellingscode', 'postcode', 'huisnummer', 'vervallen_op'],
      select: `select onderwijslocatiecode as olc, instellingscode, postcode, huisnummer, null::date as vervallen_op from ${ctx.staging}`,
      bulk: ctx.bulk,
    });
    const ended = await endMissing(trx, ctx, this.ends!);
    return { ...counts, ended };
  },
};
