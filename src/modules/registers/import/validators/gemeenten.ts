// gemeenten.csv and rmc-regios.csv (docs/registers-csv.md): one row → a staging tuple or errors.
import { registerImportMessages as m } from '../../messages.js';
import { GEMEENTEN_COLUMNS, RMC_REGIOS_COLUMNS } from '../../generator/registries.js';
import { validateGemeentecode } from '../../validation.js';
import { RowChecker } from '../fields.js';
import type { Validated } from '../types.js';

export type GemeenteTuple = [gemeentecode: string, naam: string, provincie: string, email_meldingen: string, rmc_regio_code: string];
export type RmcRegioTuple = [code: string, naam: string, contactgemeente_code: string];

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const RMC_CODE = /^\d{2}$/;

/** @example validateGemeente(['0363', 'Amsterdam', 'Noord-Holland', 'leerplicht@amsterdam.nl', '19'], 2) */
export function validateGemeente(fields: readonly string[], line: number): Validated<GemeenteTuple> {
  const c = new RowChecker(GEMEENTEN_COLUMNS, fields, line);
  const code = c.check(0, validateGemeentecode);
  const naam = c.text(1);
  const provincie = c.text(2);
  const email = c.pattern(3, EMAIL, m.email);
  const regio = c.pattern(4, RMC_CODE, m.rmcRegioCode);
  if (c.failed) return { ok: false, errors: c.errors };
  return { ok: true, value: [code!, naam!, provincie!, email!, regio!] };
}

/** @example validateRmcRegio(['19', 'Agglomeratie Amsterdam', '0363'], 2) */
export function validateRmcRegio(fields: readonly string[], line: number): Validated<RmcRegioTuple> {
  const c = new RowChecker(RMC_REGIOS_COLUMNS, fields, line);
  const code = c.pattern(0, RMC_CODE, m.rmcRegioCode);
  const naam = c.text(1);
  const contact = c.check(2, validateGemeentecode);
  if (c.failed) return { ok: false, errors: c.errors };
  return { ok: true, value: [code!, naam!, contact!] };
}
