// inschrijvingen.csv (ROD): one row → a staging tuple or errors. That the pupil and the
// vestiging exist, and the one-hoofdinschrijving rule, are checked over the whole file in SQL.
import { registerImportMessages as m } from '../../messages.js';
import { INSCHRIJVINGEN_COLUMNS } from '../../generator/leerling.js';
import { classifyPgn, validateInstellingscode, validateIsoDate, validateVestigingscode } from '../../validation.js';
import { RowChecker } from '../fields.js';
import type { Validated } from '../types.js';

export type InschrijvingTuple = [
  pgn: string, instellingscode: string, vestigingscode: string, begindatum: string, einddatum: string | null, hoofdinschrijving: boolean,
];

/** @example validateInschrijving(['111222333', '00AH', '07', '2024-08-01', '', 'j'], 2) */
export function validateInschrijving(fields: readonly string[], line: number): Validated<InschrijvingTuple> {
  const c = new RowChecker(INSCHRIJVINGEN_COLUMNS, fields, line);
  const pgnCheck = classifyPgn(c.raw(0));
  const pgn = pgnCheck.ok ? c.raw(0) : c.fail(0, pgnCheck.message);
  const instelling = c.check(1, validateInstellingscode);
  const vestiging = c.check(2, validateVestigingscode);
  const begin = c.check(3, validateIsoDate);
  const eind = c.raw(4) === '' ? null : c.check(4, validateIsoDate);
  const hoofd = c.flag(5);
  if (begin && eind && eind < begin) c.fail(4, m.einddatumVoorBegindatum);
  if (c.failed) return { ok: false, errors: c.errors };
  return { ok: true, value: [pgn!, instelling!, vestiging!, begin!, eind, hoofd!] };
}
