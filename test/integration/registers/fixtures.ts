// A tiny, hand-made register set for the import tests: every line known, so a test can break
// one and say which line and column the report must name. Pupils get real 11-proef BSNs.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { csvLine } from '../../../src/modules/registers/generator/csv';
import { GEMEENTEN_COLUMNS, INSTELLINGEN_COLUMNS, RIO_AANBIEDERS_COLUMNS, RIO_LOCATIES_COLUMNS, RMC_REGIOS_COLUMNS } from '../../../src/modules/registers/generator/registries';
import { INSCHRIJVINGEN_COLUMNS, LEERLINGEN_COLUMNS } from '../../../src/modules/registers/generator/leerling';
import { bsnFromPrefix } from '../../../src/modules/registers/validation';

/** The n-th valid BSN of a fixed series (prefixes whose check digit exists). */
export function bsn(n: number): string {
  for (let p = 11_000_000 + n * 10; ; p++) {
    const b = bsnFromPrefix(String(p));
    if (b) return b;
  }
}

export const PGN = [bsn(1), bsn(2), bsn(3), bsn(4), bsn(5)] as const;

export type Rows = string[][];

export interface RegisterSet {
  'rmc-regios': Rows;
  gemeenten: Rows;
  instellingen: Rows;
  'rio-aanbieders': Rows;
  'rio-locaties': Rows;
  leerlingen: Rows;
  inschrijvingen: Rows;
}

const HEADERS: Record<keyof RegisterSet, readonly string[]> = {
  'rmc-regios': RMC_REGIOS_COLUMNS,
  gemeenten: GEMEENTEN_COLUMNS,
  instellingen: INSTELLINGEN_COLUMNS,
  'rio-aanbieders': RIO_AANBIEDERS_COLUMNS,
  'rio-locaties': RIO_LOCATIES_COLUMNS,
  leerlingen: LEERLINGEN_COLUMNS,
  inschrijvingen: INSCHRIJVINGEN_COLUMNS,
};

/** A fresh copy of the base set (line 2 is the first data row of every file). */
export function baseSet(): RegisterSet {
  return {
    'rmc-regios': [
      ['01', 'Noord', '0014'],
      ['02', 'Midden', '0344'],
    ],
    gemeenten: [
      ['0014', 'Groningen', 'Groningen', 'leerplicht@groningen.nl.example', '01'],
      ['0344', 'Utrecht', 'Utrecht', 'leerplicht@utrecht.nl.example', '02'],
      ['0363', 'Amsterdam', 'Noord-Holland', 'leerplicht@amsterdam.nl.example', '02'],
    ],
    instellingen: [
      ['00AA', '01', 'Noorderlicht College', 'Groningen', '0014'],
      ['00AA', '02', 'Noorderlicht College Haren', 'Groningen', '0014'],
      ['00BB', '00', 'Domstad Lyceum', 'Utrecht', '0344'],
    ],
    'rio-aanbieders': [
      ['00AA', '110A133', 'Noorderlicht College'],
      ['00BB', '120A001', 'Domstad Lyceum'],
    ],
    'rio-locaties': [
      ['00AA', '110X912', '9711AB', '12'],
      ['00BB', '120X001', '3511CD', '3'],
    ],
    leerlingen: [
      [PGN[0], 'Jan Pieter', 'van der', 'Linden', '2011-03-04', 'M', 'Kerkstraat', '1', '9711AB', 'Groningen', '0014', 'n', '', 'n'],
      [PGN[1], 'Fatima', '', 'El Amrani', '2010-11-20', 'V', 'Dorpsstraat', '22', '3511CD', 'Utrecht', '0344', 'n', '', 'n'],
      [PGN[2], 'Lotte', '', 'Jansen', '2008-01-15', 'V', 'Stationsweg', '5', '1012AB', 'Amsterdam', '0363', 'n', '', 'j'],
      [PGN[3], 'Noah', 'de', 'Vries', '2009-06-30', 'M', '', '', '', '', '', 'j', 'België', 'n'],
      [PGN[4], 'Sem', '', 'Bakker', '2012-09-09', 'M', 'Molenweg', '7', '9712CD', 'Groningen', '0014', 'n', '', 'n'],
    ],
    inschrijvingen: [
      [PGN[0], '00AA', '01', '2023-08-01', '', 'j'],
      [PGN[1], '00BB', '00', '2022-08-01', '2024-07-31', 'j'],
      [PGN[1], '00AA', '02', '2024-08-01', '', 'j'],
      [PGN[2], '00BB', '00', '2020-08-01', '', 'j'],
      [PGN[2], '00AA', '01', '2025-08-01', '', 'n'],
      [PGN[3], '00AA', '01', '2021-08-01', '', 'j'],
      [PGN[4], '00BB', '00', '2024-08-01', '', 'j'],
    ],
  };
}

/** Writes the set (or the listed files of it) as CSV into a fresh temp directory. */
export async function writeSet(set: RegisterSet, only?: readonly (keyof RegisterSet)[]): Promise<{ dir: string; file: (k: keyof RegisterSet) => string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vl-import-test-'));
  const file = (k: keyof RegisterSet) => path.join(dir, `${k}.csv`);
  for (const k of only ?? (Object.keys(HEADERS) as (keyof RegisterSet)[])) {
    await writeFile(file(k), [HEADERS[k], ...set[k]].map(csvLine).join(''));
  }
  return { dir, file, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
