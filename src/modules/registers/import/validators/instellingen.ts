// instellingen.csv (one row per vestiging) and the two RIO files: one row → a tuple or errors.
import { INSTELLINGEN_COLUMNS, RIO_AANBIEDERS_COLUMNS, RIO_LOCATIES_COLUMNS } from '../../generator/registries.js';
import {
  normalisePostcode, validateGemeentecode, validateInstellingscode, validateOnderwijsaanbiedercode,
  validateOnderwijslocatiecode, validateVestigingscode,
} from '../../validation.js';
import { RowChecker } from '../fields.js';
import type { Validated } from '../types.js';

export type VestigingTuple = [instellingscode: string, vestigingscode: string, naam: string, plaats: string, gemeentecode: string];
export type AanbiederTuple = [instellingscode: string, oac: string, naam: string];
export type LocatieTuple = [instellingscode: string, olc: string, postcode: string, huisnummer: number];

/** @example validateVestiging(['00AH', '07', 'Het Lyceum', 'Utrecht', '0344'], 2) */
export function validateVestiging(fields: readonly string[], line: number): Validated<VestigingTuple> {
  const c = new RowChecker(INSTELLINGEN_COLUMNS, fields, line);
  const instelling = c.check(0, validateInstellingscode);
  const vestiging = c.check(1, validateVestigingscode);
  const naam = c.text(2);
  const plaats = c.text(3);
  const gemeente = c.check(4, validateGemeentecode);
  if (c.failed) return { ok: false, errors: c.errors };
  return { ok: true, value: [instelling!, vestiging!, naam!, plaats!, gemeente!] };
}

/** @example validateAanbieder(['00AH', '110A133', 'Het Lyceum'], 2) */
export function validateAanbieder(fields: readonly string[], line: number): Validated<AanbiederTuple> {
  const c = new RowChecker(RIO_AANBIEDERS_COLUMNS, fields, line);
  const instelling = c.check(0, validateInstellingscode);
  const oac = c.check(1, validateOnderwijsaanbiedercode);
  const naam = c.text(2);
  if (c.failed) return { ok: false, errors: c.errors };
  return { ok: true, value: [instelling!, oac!, naam!] };
}

/** @example validateLocatie(['00AH', '110X912', '3511AB', '12'], 2) */
export function validateLocatie(fields: readonly string[], line: number): Validated<LocatieTuple> {
  const c = new RowChecker(RIO_LOCATIES_COLUMNS, fields, line);
  const instelling = c.check(0, validateInstellingscode);
  const olc = c.check(1, validateOnderwijslocatiecode);
  const postcode = c.check(2, normalisePostcode);
  const huisnummer = c.huisnummer(3);
  if (c.failed) return { ok: false, errors: c.errors };
  return { ok: true, value: [instelling!, olc!, postcode!, huisnummer!] };
}
