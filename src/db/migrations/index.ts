// The migrations, as a static list: tsx, tsc and any bundler see the same set, in order.
// Append new ones at the end; never edit one that has shipped.
import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_registers';
import * as m0003 from './0003_beheer';
import * as m0004 from './0004_meldingen';
import * as m0005 from './0005_zoeken';
import * as m0006 from './0006_wijzigen';
import * as m0007 from './0007_vrijstellingen';
import * as m0008 from './0008_leerlingen_zonder_naamindex';
import * as m0009 from './0009_melding_aantallen';
import * as m0010 from './0010_codes_collate_c';
import * as m0011 from './0011_leerlingen_pgn_check';
import * as m0012 from './0012_contactpersoon_telefoon_optioneel';
import * as m0013 from './0013_vertrouwde_apparaten';
import * as m0014 from './0014_wijzig_concept_per_sessie';
import * as m0015 from './0015_login_pogingen_op';
import * as m0016 from './0016_meldingen_zonder_ontvanger';
import * as m0017 from './0017_wijzigingen';
import * as m0018 from './0018_koppelingen';

export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_registers': m0002,
  '0003_beheer': m0003,
  '0004_meldingen': m0004,
  '0005_zoeken': m0005,
  '0006_wijzigen': m0006,
  '0007_vrijstellingen': m0007,
  '0008_leerlingen_zonder_naamindex': m0008,
  '0009_melding_aantallen': m0009,
  '0010_codes_collate_c': m0010,
  '0011_leerlingen_pgn_check': m0011,
  '0012_contactpersoon_telefoon_optioneel': m0012,
  '0013_vertrouwde_apparaten': m0013,
  '0014_wijzig_concept_per_sessie': m0014,
  '0015_login_pogingen_op': m0015,
  '0016_meldingen_zonder_ontvanger': m0016,
  '0017_wijzigingen': m0017,
  '0018_koppelingen': m0018,
};
