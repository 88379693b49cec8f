// The migrations, as a static list: tsx, tsc and any bundler see the same set, in order.
// Append new ones at the end; never edit one that has shipped.
import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_registers';
import * as m0003 from './0003_beheer';
import * as m0004 from './0004_meldingen';

export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_registers': m0002,
  '0003_beheer': m0003,
  '0004_meldingen': m0004,
};
