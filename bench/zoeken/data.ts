/**
 * National-scale data for the search benchmark: the registers from the generator, loaded by
 * the real import (1.5 M leerlingen with their inschrijvingen), and 2 M meldingen made in SQL
 * from those pupils, spread over the instellingen with a Zipf-like skew: the instelling with
 * the most pupils gets the most meldingen (several tens of thousands), the tail a few hundred.
 *
 * The meldingen are inserted with the keys and indexes of the table dropped and rebuilt once
 * afterwards (the import's own withRebuiltIndexes, plus the exclusion constraint, which it does
 * not handle): building 20 indexes over 2 M rows once is minutes faster than maintaining them
 * row by row. Every melding still satisfies the constraint when it is added back.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/types';
import { generateRegisters } from '../../src/modules/registers/generator/generate';
import { withRebuiltIndexes } from '../../src/modules/registers/import/bulk';
import { registerImportService } from '../../src/modules/registers/import/import.service';

const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

export async function laadRegisters(db: Kysely<Database>, o: { leerlingen: number; map: string; peildatum: string }): Promise<{ genereren: string; importeren: string }> {
  let t = performance.now();
  log(`genereren: ${o.leerlingen} leerlingen naar ${o.map}`);
  await generateRegisters({ pupils: o.leerlingen, seed: 'bench-zoeken', outDir: o.map, peildatum: o.peildatum });
  const genereren = seconds(t);
  t = performance.now();
  log('importeren (de echte registerimport)…');
  const reports = await registerImportService({ db }).importPath(o.map, { door: { gebruikerId: null, gebruikersnaam: 'bench' }, peildatum: o.peildatum });
  const fout = reports.filter((r) => r.resultaat !== 'geladen');
  if (fout.length > 0) throw new Error(`Import niet geladen: ${JSON.stringify(fout.map((r) => [r.file, r.errors.slice(0, 3)]))}`);
  return { genereren, importeren: seconds(t) };
}

/** Status mix: mostly closed (G) or ter kennisgeving (K), some open (R, B), a few withdrawn. */
export const STATUS_MIX = { R: 0.07, B: 0.08, G: 0.5, K: 0.3, I: 0.05 };

export async function maakMeldingen(db: Kysely<Database>, o: { meldingen: number; skew: number }): Promise<{ seconden: string }> {
  const t = performance.now();
  log(`${o.meldingen} meldingen maken (skew ${o.skew})…`);
  await db.transaction().execute(async (trx) => {
    const { rows: excl } = await sql<{ def: string }>`select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'meldingen_geen_overlap'`.execute(trx);
    await sql`alter table meldingen drop constraint meldingen_geen_overlap`.execute(trx);
    await withRebuiltIndexes(trx, ['meldingen'], async () => {
      await sql`set local work_mem = '256MB'`.execute(trx);
      // Each pupil counts at one instelling (the hoofdinschrijving, else the first), so the
      // periods of one pupil never meet across schools; abroad pupils have no gemeente.
      await sql`create temp table b_een on commit drop as
        select distinct on (i.pgn) i.pgn, i.instellingscode
        from inschrijvingen i join leerlingen l using (pgn)
        where not l.woont_in_buitenland
        order by i.pgn, i.hoofdinschrijving desc, i.instellingscode`.execute(trx);
      await sql`create temp table b_pupil on commit drop as
        select e.instellingscode, l.pgn, l.achternaam, l.voornamen, l.voorvoegsel, l.woongemeente_code,
               row_number() over (partition by e.instellingscode order by e.pgn) as k
        from b_een e join leerlingen l using (pgn)`.execute(trx);
      await sql`create index on b_pupil (instellingscode, k)`.execute(trx);
      await sql`analyze b_pupil`.execute(trx);
      // Instellingen ranked by their pupils; a Zipf-like quota per instelling: weight r^-skew.
      await sql`create temp table b_quota on commit drop as
        select instellingscode, cnt, greatest(1, round(${o.meldingen}::numeric * power(r, -${o.skew}::numeric) / sum(power(r, -${o.skew}::numeric)) over ()))::int as n
        from (select instellingscode, count(*) as cnt, row_number() over (order by count(*) desc, instellingscode) as r from b_pupil group by instellingscode) x`.execute(trx);
      // Melding j of an instelling goes to its pupil k = j mod cnt, in time slot j / cnt: a
      // pupil's meldingen at one school are 40 days apart, so periods never overlap, and only
      // the pupil's last one there may be open-ended. The hash h gives every other choice
      // (status, soort, dates, location, priority), so a run is repeatable.
      await sql`
        insert into meldingen (nummer, status, pgn, achternaam, instellingscode, gemeentecode, soort, begindatum, einddatum,
                               prioriteit, onderwijslocatie_naam, inhoud, aangemaakt_op, gewijzigd_op)
        select '20' || lpad((21 + slot / 9)::text, 2, '0') || '-' || lpad(nextval('melding_nummer_seq')::text, 7, '0'),
               st, p.pgn, p.achternaam, q.instellingscode, p.woongemeente_code, so, begin,
               case when st in ('R', 'B') and laatste and h % 3 = 0 then null else begin + (h % 25)::int end,
               h % 10 = 0, case when h % 2 = 0 then null else 'Locatie ' || (h % 5) end,
               jsonb_build_object(
                 'leerling', jsonb_build_object('pgn', p.pgn, 'voornamen', p.voornamen, 'voorvoegsel', p.voorvoegsel, 'achternaam', p.achternaam),
                 'verzuim', jsonb_build_object('reden', 'afwezig vanwege ziekte', 'toelichting', repeat('Vaak het eerste uur afwezig. ', 20),
                   'contactpersoon', jsonb_build_object('naam', 'Piet Jansen', 'email', 'piet@school.example')),
                 'lesuren', jsonb_build_object('dagen', '[]'::jsonb), 'acties', jsonb_build_object('acties', jsonb_build_array('gesprek_leerling'))),
               begin + interval '3 days' + make_interval(secs => h % 36000), begin + interval '3 days'
        from b_quota q
        cross join lateral generate_series(0, q.n - 1) j
        cross join lateral (select (j / q.cnt)::int as slot, j % q.cnt + 1 as k, j + q.cnt >= q.n as laatste,
                                   abs(hashtext(q.instellingscode || ':' || j)::bigint) as h) s
        join b_pupil p on p.instellingscode = q.instellingscode and p.k = s.k
        cross join lateral (select date '2021-08-01' + s.slot * 40 + (abs(hashtext(q.instellingscode)::bigint) % 10)::int as begin,
                                   case when (h / 7) % 100 < ${Math.round(STATUS_MIX.R * 100)} then 'R'
                                        when (h / 7) % 100 < ${Math.round((STATUS_MIX.R + STATUS_MIX.B) * 100)} then 'B'
                                        when (h / 7) % 100 < ${Math.round((STATUS_MIX.R + STATUS_MIX.B + STATUS_MIX.G) * 100)} then 'G'
                                        when (h / 7) % 100 < ${Math.round((1 - STATUS_MIX.I) * 100)} then 'K' else 'I' end as st,
                                   (array['V3','V3','V3','V3','V3','LRV','V4','V4','RMC','RMC','O','O','O','O','L'])[1 + ((h / 700) % 15)::int] as so) d
        order by q.instellingscode, j`.execute(trx);
    });
    await sql.raw(`alter table meldingen add constraint meldingen_geen_overlap ${excl[0]!.def}`).execute(trx);
  });
  await sql`vacuum analyze meldingen`.execute(db);
  return { seconden: seconds(t) };
}
