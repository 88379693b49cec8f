// Two pupils of the demo melder's first school that the generated registers leave to chance, so
// a newcomer can try two refusals at once: one living abroad (no melding possible, R-MEL-2) and
// one of 23 without startkwalificatie (RMC verzuim 18+ refused: the age limit, R-MEL-9). They
// come in through the ordinary import like every demo pupil: a leerlingen file with the two, and
// the full inschrijvingen file of the demo plus their two enrolments (a shorter file would end
// every enrolment it leaves out).
import { appendFile, copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { csvLine } from '../modules/registers/generator/csv';
import { LEERLINGEN_COLUMNS } from '../modules/registers/generator/leerling';
import { PgnSequence } from '../modules/registers/generator/pgn';
import { REGISTER_FILES } from '../modules/registers/generator/generate';
import type { Services } from '../services';
import type { DemoScopes } from './demo-registers';

export interface DemoProefleerlingen {
  /** The instelling both are enrolled at (the melder's first). */
  instellingscode: string;
  /** Lives in Belgium: Leerling zoeken refuses a melding (R-MEL-2). */
  buitenland: string;
  /** 23 on every recent day, no startkwalificatie: RMC verzuim 18+ is refused (R-MEL-9). */
  drieentwintig: string;
}

/** `iso` minus whole years and days. */
function terug(iso: string, jaren: number, dagen: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - jaren);
  d.setUTCDate(d.getUTCDate() - dagen);
  return d.toISOString().slice(0, 10);
}

/** Two fixed PGNs (their own seed), skipping any the generated pupils happen to have. */
async function vrijePgns(s: Services): Promise<[string, string]> {
  const reeks = new PgnSequence('demo-proefleerlingen');
  const uit: string[] = [];
  while (uit.length < 2) {
    const pgn = reeks.nextBsn();
    const bestaat = await s.db.selectFrom('leerlingen').select('pgn').where('pgn', '=', pgn).executeTakeFirst();
    if (!bestaat) uit.push(pgn);
  }
  return [uit[0]!, uit[1]!];
}

/**
 * Adds the two pupils through the import; `registersDir` holds the demo's generated files
 * (already loaded), `peildatum` their day.
 */
export async function loadDemoProefleerlingen(s: Services, registersDir: string, peildatum: string, scopes: DemoScopes, log: (m: string) => void): Promise<DemoProefleerlingen> {
  const instellingscode = scopes.instelling1;
  const [buitenland, drieentwintig] = await vrijePgns(s);
  const vestiging = await s.db.selectFrom('vestigingen').select('vestigingscode').where('instellingscode', '=', instellingscode).orderBy('vestigingscode').executeTakeFirstOrThrow();
  // An address in the behandelaar's gemeente, as registered for another pupil there.
  const adres = await s.db
    .selectFrom('leerlingen')
    .select(['straat', 'huisnummer', 'postcode', 'plaats'])
    .where('woongemeente_code', '=', scopes.gemeente1)
    .where('postcode', 'is not', null)
    .orderBy('pgn')
    .executeTakeFirstOrThrow();

  const dir = path.join(registersDir, 'proefleerlingen');
  await mkdir(dir, { recursive: true });
  const leerlingen = path.join(dir, REGISTER_FILES.leerlingen);
  await writeFile(
    leerlingen,
    csvLine(LEERLINGEN_COLUMNS) +
      csvLine([buitenland, 'Noor', '', 'Peeters', terug(peildatum, 15, 40), 'V', '', '', '', '', '', 'j', 'België', 'n']) +
      // 23 since two months before the peildatum: 23 on the first day of any recent period.
      csvLine([drieentwintig, 'Daan', 'de', 'Wit', terug(peildatum, 23, 60), 'M', adres.straat ?? '', String(adres.huisnummer ?? ''), adres.postcode ?? '', adres.plaats ?? '', scopes.gemeente1, 'n', '', 'n']),
  );
  const inschrijvingen = path.join(dir, REGISTER_FILES.inschrijvingen);
  await copyFile(path.join(registersDir, REGISTER_FILES.inschrijvingen), inschrijvingen);
  const begin = terug(peildatum, 1, 0);
  await appendFile(inschrijvingen, csvLine([buitenland, instellingscode, vestiging.vestigingscode, begin, '', 'j']) + csvLine([drieentwintig, instellingscode, vestiging.vestigingscode, begin, '', 'j']));

  const reports = await s.registerImport.importFiles(await s.registerImport.filesIn(dir), { door: { gebruikerId: null, gebruikersnaam: 'systeem (demo)' }, peildatum });
  const geweigerd = reports.find((r) => r.resultaat !== 'geladen');
  if (geweigerd) throw new Error(`Demo-proefleerlingen niet geladen: ${geweigerd.file}${geweigerd.errors[0] ? ` (regel ${geweigerd.errors[0].line}: ${geweigerd.errors[0].reason})` : ''}`);
  log(`Demo-proefleerlingen geladen bij ${instellingscode}: ${buitenland} (buitenland), ${drieentwintig} (23 jaar)`);
  return { instellingscode, buitenland, drieentwintig };
}
