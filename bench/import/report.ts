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

export function renderResults(r: {
  date: string;
  pupils: number;
  generated: number | undefined;
  raw: [number, number];
  first: Run;
  again: Run;
  machine: string;
  server: string;
}): string {
  const rawSeconds = (r.raw[0] + r.raw[1]) / 2;
  const rawRate = r.pupils / rawSeconds;
  const leerlingen = r.first.timings.find((t) => t.files.includes('leerlingen.csv'));
  const importRate = leerlingen ? leerlingen.rows / leerlingen.total : 0;
  const againRate = (() => {
    const t = r.again.timings.find((x) => x.files.includes('leerlingen.csv'));
    return t ? t.rows / t.total : 0;
  })();
  return [
    `# Register import benchmark, ${r.date.slice(0, 10)}`,
    '',
    `PostgreSQL ${r.server}; ${r.machine}. ${n(r.pupils)} leerlingen${r.generated ? ` (generated in ${s(r.generated)} s)` : ''}.`,
    'Produced by `npx tsx bench/import/run.ts`; the figures vary with the load on the machine, so raw and import run in the same process, one after the other.',
    '',
    '## leerlingen.csv: the import against the floor',
    '',
    '| | seconds | rows/s |',
    '|---|---:|---:|',
    `| floor: psql \\copy into a bare table (mean of before ${s(r.raw[0])} s and after ${s(r.raw[1])} s) | ${s(rawSeconds)} | ${n(rawRate)} |`,
    `| import, first load (validate, stage, check, merge, indexes, commit) | ${leerlingen ? s(leerlingen.total) : '?'} | ${n(importRate)} |`,
    `| import, same file again (compare only, 0 changes) | ${leerlingen ? s(r.pupils / Math.max(1, againRate)) : '?'} | ${n(againRate)} |`,
    '',
    `**Ratio import / floor: ${(importRate / rawRate).toFixed(2)}** (goal ≥ 0.50); re-run / floor: ${(againRate / rawRate).toFixed(2)}.`,
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
