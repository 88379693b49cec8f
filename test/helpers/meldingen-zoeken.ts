// Test data for the melding search (R-RAA-1, R-GEM-2): meldingen as stored, with every column
// the search filters or sorts on under the test's control (name, status, soort, period,
// location, priority, moment of filing). Plain rows, as factories.ts's `melding` makes them;
// each gets its own pupil in ROD unless a pgn is given.
import { sql } from 'kysely';
import type { Soort, Status } from '../../src/modules/meldingen/codes';
import type { Services } from '../../src/services';
import { leerling } from './factories';

export interface ZoekMeldingOpties {
  instellingscode: string;
  gemeentecode?: string;
  pgn?: string;
  achternaam?: string;
  voornamen?: string;
  voorvoegsel?: string | null;
  soort?: Soort;
  status?: Status;
  van?: string;
  tm?: string | null;
  prioriteit?: boolean;
  locatie?: string | null;
  /** The moment of filing (datum melding). */
  op?: Date;
}

export interface ZoekMelding {
  id: string;
  nummer: string;
  pgn: string;
  achternaam: string;
  soort: Soort;
  status: Status;
  begindatum: string;
  einddatum: string | null;
  aangemaakt_op: Date;
  instellingscode: string;
  gemeentecode: string;
  prioriteit: boolean;
  locatie: string | null;
}

let volgnummer = 0;

/** One melding; its number comes from the sequence the save service uses. */
export async function zoekMelding(s: Services, o: ZoekMeldingOpties): Promise<ZoekMelding> {
  const achternaam = o.achternaam ?? 'Dijk';
  const gemeentecode = o.gemeentecode ?? '0363';
  const pgn = o.pgn ?? (await leerling(s, { achternaam, woongemeente: gemeentecode }));
  const van = o.van ?? '2030-01-06';
  const tm = o.tm === undefined ? null : o.tm;
  const { rows } = await sql<{ n: string }>`select nextval('melding_nummer_seq')::text as n`.execute(s.db);
  const nummer = `${van.slice(0, 4)}-${rows[0]!.n.padStart(7, '0')}`;
  const op = o.op ?? new Date(Date.UTC(2030, 0, 1, 8, 0, ++volgnummer));
  const voornamen = o.voornamen ?? 'Sanne';
  const voorvoegsel = o.voorvoegsel === undefined ? null : o.voorvoegsel;
  const soort = o.soort ?? 'V3';
  const status = o.status ?? 'R';
  const r = await s.db
    .insertInto('meldingen')
    .values({
      nummer,
      status,
      pgn,
      achternaam,
      instellingscode: o.instellingscode,
      gemeentecode,
      soort,
      begindatum: van,
      einddatum: tm,
      prioriteit: o.prioriteit ?? false,
      onderwijslocatie_naam: o.locatie ?? null,
      inhoud: JSON.stringify({ leerling: { pgn, voornamen, voorvoegsel, achternaam } }),
      concept_id: null,
      aangemaakt_op: op,
      aangemaakt_door: null,
      gewijzigd_op: op,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: r.id, nummer, pgn, achternaam, soort, status, begindatum: van, einddatum: tm, aangemaakt_op: op, instellingscode: o.instellingscode, gemeentecode, prioriteit: o.prioriteit ?? false, locatie: o.locatie ?? null };
}
