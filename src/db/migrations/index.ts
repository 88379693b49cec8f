// The migrations, as a static list: tsx, tsc and any bundler see the same set, in order.
// Append new ones at the end; never edit one that has shipped.
import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';

export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
};
