/**
 * The progress line of a long import (R-REG-3 "shows progress for large files"): percent of
 * the file read, rows, rows per second and the time left. On a terminal one line is redrawn
 * in place (\r); in a log (not a TTY) a new line every few seconds, so a log stays readable.
 */
import { registerImportMessages as m } from '../messages.js';
import type { ImportProgress } from './types.js';

/**
 * Time left in Dutch, rounded to what matters.
 * @example restTijd(75) // '1 min 15 s'
 */
export function restTijd(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  return min < 60 ? `${min} min ${s % 60} s` : `${Math.floor(min / 60)} u ${min % 60} min`;
}

/** One line for a progress event, `elapsed` seconds after the file started. */
export function progressLine(p: ImportProgress, elapsed: number): string {
  if (p.phase === 'verwerken') return m.cli.verwerken(p.file, p.rows);
  const fraction = p.totalBytes > 0 ? p.bytes / p.totalBytes : 1;
  const rate = elapsed > 0 ? p.rows / elapsed : 0;
  const left = fraction > 0 ? (elapsed * (1 - fraction)) / fraction : Number.NaN;
  return m.cli.lezen(p.file, Math.floor(fraction * 100), p.rows, Math.round(rate), restTijd(left));
}

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A reporter for `onProgress`. Call `done()` when the import ends to finish the line.
 * @example const p = progressReporter(process.stderr); await s.importFiles(files, { door, onProgress: p.update }); p.done();
 */
export function progressReporter(stream: ProgressStream, clock: () => number = () => performance.now(), everyMs = 5_000) {
  const tty = stream.isTTY === true;
  let file = '';
  let started = 0;
  let lastDraw = 0;
  let lastPhase = '';
  let width = 0;
  return {
    update: (p: ImportProgress): void => {
      const t = clock();
      if (p.file !== file) {
        file = p.file;
        started = t;
        lastDraw = t;
        lastPhase = 'lezen';
      }
      const phaseChanged = p.phase !== lastPhase;
      lastPhase = p.phase;
      const quiet = tty ? 200 : everyMs;
      // A file that is done within `quiet` gets no progress at all: its report line says enough.
      if (t - started < quiet || (!phaseChanged && t - lastDraw < quiet)) return;
      lastDraw = t;
      const line = progressLine(p, (t - started) / 1000);
      if (tty) {
        stream.write(`\r${line.padEnd(width)}`);
        width = line.length;
      } else stream.write(`${line}\n`);
    },
    done: (): void => {
      if (tty && width > 0) stream.write('\n');
      width = 0;
    },
  };
}
