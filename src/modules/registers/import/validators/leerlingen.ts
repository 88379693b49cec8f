// leerlingen.csv (ROD): one row → a staging tuple or one error per bad column. A pupil abroad
// has a country and no Dutch address; a pupil in the Netherlands the reverse.
import { registerImportMessages as m } from '../../messages.js';
import { LEERLINGEN_COLUMNS } from '../../generator/leerling.js';
import { classifyPgn, normalisePostcode, validateGemeentecode, validateIsoDate } from '../../validation.js';
import { RowChecker } from '../fields.js';
import type { Validated } from '../types.js';

export type LeerlingTuple = [
  pgn: string, voornamen: string, voorvoegsel: string | null, achternaam: string, geboortedatum: string, geslacht: string,
  straat: string | null, huisnummer: number | null, postcode: string | null, plaats: string | null, woongemeente_code: string | null,
  woont_in_buitenland: boolean, land: string | null, startkwalificatie: boolean,
];

const ADDRESS = [6, 7, 8, 9, 10] as const; // straat … woongemeente_code
const LAND = 12;

/**
 * @example validateLeerling(['111222333', 'Jan', 'van', 'Dijk', '2010-05-01', 'M', 'Dorpsstraat', '1', '1234AB', 'Ergens', '0363', 'n', '', 'n'], 2)
 */
export function validateLeerling(fields: readonly string[], line: number): Validated<LeerlingTuple> {
  const c = new RowChecker(LEERLINGEN_COLUMNS, fields, line);
  const pgnCheck = classifyPgn(c.raw(0));
  const pgn = pgnCheck.ok ? c.raw(0) : c.fail(0, pgnCheck.message);
  const voornamen = c.text(1);
  const voorvoegsel = c.optionalText(2);
  const achternaam = c.text(3);
  const geboortedatum = c.check(4, validateIsoDate);
  const geslacht = c.raw(5);
  if (geslacht !== 'M' && geslacht !== 'V') c.fail(5, geslacht === '' ? m.verplicht : m.geslacht);
  const buitenland = c.flag(11);
  const startkwalificatie = c.flag(13);

  let address: [string | null, number | null, string | null, string | null, string | null] = [null, null, null, null, null];
  let land: string | null = null;
  if (buitenland === true) {
    for (const i of ADDRESS) c.empty(i, m.leegInBuitenland);
    land = c.raw(LAND) === '' ? c.fail(LAND, m.landVerplicht) : c.optionalText(LAND);
  } else if (buitenland === false) {
    // Empty gets the Netherlands-specific reason; filled is checked as usual. (Straight-line
    // code, no closures: this runs for every pupil of a national file.)
    for (const i of ADDRESS) if (c.raw(i) === '') c.fail(i, m.verplichtInNederland);
    address = [
      c.raw(6) === '' ? null : c.text(6),
      c.raw(7) === '' ? null : c.huisnummer(7),
      c.raw(8) === '' ? null : c.check(8, normalisePostcode),
      c.raw(9) === '' ? null : c.text(9),
      c.raw(10) === '' ? null : c.check(10, validateGemeentecode),
    ];
    c.empty(LAND, m.landLeeg);
  }
  if (c.failed) return { ok: false, errors: c.errors };
  return {
    ok: true,
    value: [pgn!, voornamen!, voorvoegsel, achternaam!, geboortedatum!, geslacht, ...address, buitenland!, land, startkwalificatie!],
  };
}
