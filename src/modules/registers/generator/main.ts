/**
 * Tiny runner for the generator until the real CLI wires it in:
 *   npx tsx src/modules/registers/generator/main.ts --pupils 2000 --seed 42 --out /tmp/registers [--peildatum 2025-10-01]
 */
import { parseArgs } from 'node:util';
import { generateRegisters } from './generate.js';

const { values } = parseArgs({
  options: {
    pupils: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    peildatum: { type: 'string' },
  },
});

const pupils = Number(values.pupils);
if (!values.out || !Number.isSafeInteger(pupils) || pupils < 0) {
  process.stderr.write('Usage: main.ts --pupils N --seed S --out DIR [--peildatum YYYY-MM-DD]\n');
  process.exit(2);
}

const started = performance.now();
const result = await generateRegisters({
  pupils,
  seed: values.seed,
  outDir: values.out,
  peildatum: values.peildatum,
  onProgress: ({ done, total }) => {
    // Every 100k only: a line per batch would flood a terminal on big runs.
    if (done % 100_000 === 0 || done === total) process.stderr.write(`leerlingen ${done}/${total}\n`);
  },
});
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ ...result, seconds: Number(seconds.toFixed(2)), pupilsPerSecond: Math.round(pupils / seconds) }, null, 2)}\n`,
);
