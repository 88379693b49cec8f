// Renders the import benchmark's figures as the Markdown file in bench/results/.
import type { ImportReport } from '../../src/modules/registers/import/types';

export interface FileTiming {
  files: string[];
  rows: number;
  /** Seconds until the file was read, validated and staged. */
  read: number;
  /** Seconds for the whole transaction: staging, checks, merge, commit. */
  total: number;
}

interface Run {
  reports: ImportReport[];
  timings: FileTiming[];
  total: number;
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const s = (x: number) => x.toFixed(1);

function table(run: Run): string[] {
  const lines = ['| file(s) | rows | read + stage (s) | checks + merge (s) | total (s) | rows/s | inserted | updated | ended | unchanged |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const t of run.timings) {
    const reps = run.reports.filter((r) => t.files.includes(r.file));
    const sum = (k: 'inserted' | 'updated' | 'ended' | 'unchanged') => n(reps.reduce((a, r) => a + r[k], 0));
    lines.push(`| ${t.files.join(' + ')} | ${n(t.rows)} | ${s(t.read)} | ${s(t.total - t.read)} | ${s(t.total)} | ${n(t.rows / t.total)} | ${sum('inserted')} | ${sum('updated')} | ${sum('ended')} | ${sum('unchanged')} |`);
  }
  lines.push(`| **all files** | ${n(run.timings.reduce((a, t) => a + t.rows, 0))} | | | ${s(run.total)} | | | | | |`);
  return lines;
}

type RawSeconds = { leerlingen: number; inschrijvingen: number };

export function renderResults(r: {
  date: string;
  pupils: number;
  generated: number | undefined;
  /** The floor before and after the imports, seconds per file. */
  raw: [RawSeconds, RawSeconds];
  first: Run;
  again: Run;
  /** Peak resident set size of the bench process during the first import and the re-run (MB). */
  rss: [number, number];
  machine: string;
  server: string;
}): string {
  const timing = (run: Run, file: string) => run.timings.find((t) => t.files.includes(file));
  const rows = (file: string) => timing(r.first, file)?.rows ?? 0;
  const floor = (soort: keyof RawSeconds) => (r.raw[0][soort] + r.raw[1][soort]) / 2;
  const rate = (n: number, secs: number) => (secs > 0 ? n / secs : 0);
  const line = (label: string, run: Run, files: string[], floorSecs: number) => {
    const ts = files.map((f) => timing(run, f));
    const n = files.reduce((a, f) => a + rows(f), 0);
    const secs = ts.reduce((a, t) => a + (t?.total ?? Number.NaN), 0);
    const ratio = rate(n, secs) / rate(n, floorSecs);
    return `| ${label} | ${n.toLocaleString('en-US')} | ${s(floorSecs)} | ${n === 0 ? '?' : nf(rate(n, floorSecs))} | ${s(secs)} | ${nf(rate(n, secs))} | **${ratio.toFixed(2)}** |`;
  };
  const nf = n;
  const both = ['leerlingen.csv', 'inschrijvingen.csv'];
  const floorBoth = floor('leerlingen') + floor('inschrijvingen');
  const ratioL = rate(rows('leerlingen.csv'), timing(r.first, 'leerlingen.csv')?.total ?? 0) / rate(rows('leerlingen.csv'), floor('leerlingen'));
  return [
    `# Register import benchmark, ${r.date.slice(0, 10)}`,
    '',
    `PostgreSQL ${r.server}; ${r.machine}. ${n(r.pupils)} leerlingen${r.generated ? ` (generated in ${s(r.generated)} s)` : ''}.`,
    'Produced by `npx tsx bench/import/run.ts`; the figures vary with the load on the machine, so floor and import run in the same process, one after the other.',
    '',
    '## The import against the floor',
    '',
    `The floor: psql \\copy of the same CSV file into a bare table (no key, no index, no check), the mean of one run before the imports (leerlingen ${s(r.raw[0].leerlingen)} s, inschrijvingen ${s(r.raw[0].inschrijvingen)} s) and one after (${s(r.raw[1].leerlingen)} s, ${s(r.raw[1].inschrijvingen)} s). The import: validate, stage or copy, check, merge, keys and indexes, statistics, commit.`,
    '',
    '| | rows | floor (s) | floor rows/s | import (s) | import rows/s | import / floor |',
    '|---|---:|---:|---:|---:|---:|---:|',
    line('leerlingen.csv, first load', r.first, ['leerlingen.csv'], floor('leerlingen')),
    line('inschrijvingen.csv, first load', r.first, ['inschrijvingen.csv'], floor('inschrijvingen')),
    line('both, first load', r.first, both, floorBoth),
    line('leerlingen.csv, same file again (0 changes)', r.again, ['leerlingen.csv'], floor('leerlingen')),
    line('inschrijvingen.csv, same file again (0 changes)', r.again, ['inschrijvingen.csv'], floor('inschrijvingen')),
    line('both, same files again', r.again, both, floorBoth),
    '',
    `**Ratio leerlingen import / floor: ${ratioL.toFixed(2)}** (goal ≥ 0.50).`,
    '',
    `Peak resident set size of the bench process (Node: reading, validating, sending): first import ${n(r.rss[0])} MB, re-run ${n(r.rss[1])} MB.`,
    '',
    '## First import, every file',
    '',
    ...table(r.first),
    '',
    '## The same files again',
    '',
    ...table(r.again),
    '',
  ].join('\n');
}
