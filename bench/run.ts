// `npm run bench [-- <naam>]`: runs the benchmarks, each on PostgreSQL in a scratch database
// it makes and drops (DATABASE_URL, else TEST_DATABASE_URL, else the local test server).
// Figures go to bench/results/; speed targets are checked here, never in the tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BENCHES: Record<string, { file: string; wat: string }> = {
  import: { file: 'import/run.ts', wat: 'registerimport van 1,5 miljoen leerlingen tegen de kale COPY-snelheid (issue 3)' },
  opslaan: { file: 'meldingen/save.ts', wat: 'tijd om één melding op te slaan, p50/p95 over 1.000 keer (issue 4)' },
  wijzigingen: { file: 'wijzigingen/lezen.ts', wat: 'de wijzigingenfeed lezen in pagina\'s van 1.000 uit 200.000 wijzigingen: wijzigingen per seconde (issue 16)' },
  zoeken: { file: 'zoeken/run.ts', wat: 'Raadplegen verzuim bij 2 miljoen meldingen: p50/p95 per sortering en pagina, naast hello world (issue 5)' },
};

const asked = process.argv.slice(2);
if (asked.includes('help') || asked.some((a) => !(a in BENCHES))) {
  process.stdout.write(`Gebruik: npm run bench [-- ${Object.keys(BENCHES).join(' | ')}]\n`);
  for (const [naam, b] of Object.entries(BENCHES)) process.stdout.write(`  ${naam.padEnd(8)} ${b.wat}\n`);
  process.exit(asked.includes('help') ? 0 : 2);
}
const tsx = path.resolve(here, '../node_modules/.bin/tsx');
for (const naam of asked.length > 0 ? asked : Object.keys(BENCHES)) {
  process.stdout.write(`\n== ${naam}: ${BENCHES[naam]!.wat}\n`);
  const r = spawnSync(tsx, [path.join(here, BENCHES[naam]!.file)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
