// The in-process job runner that runs mail delivery in the server: runs of one job never
// overlap, a failing run is logged and the job goes on, and stop() waits for a running run
// (so shutdown never closes the database under it). No timing assertions: we wait for events.
import { describe, expect, it } from 'vitest';
import { JobRunner } from '../../../src/platform/jobs/runner';
import { recordingLogger } from './setup';

/** Resolves once `check` holds, looking every few milliseconds. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 2));
}

describe('job runner', () => {
  it('runs a job again and again, never two runs of it at once; stop() signals the running run and waits for it', async () => {
    const runner = new JobRunner(recordingLogger());
    let runs = 0;
    let active = 0;
    let maxActive = 0;
    let finished = 0;
    let release: (() => void) | undefined;
    let signal: AbortSignal | undefined;
    runner.start('test', 1, async (s) => {
      signal = s;
      runs++;
      active++;
      maxActive = Math.max(maxActive, active);
      // Each run lasts until the test lets it go: far longer than the interval.
      await new Promise<void>((r) => (release = r));
      active--;
      finished++;
    });

    for (let i = 1; i <= 3; i++) {
      await until(() => runs === i && release !== undefined);
      const r = release!;
      release = undefined;
      r();
    }
    await until(() => runs === 4 && release !== undefined);
    const stopped = runner.stop();
    let stopDone = false;
    void stopped.then(() => (stopDone = true));
    // The running run is asked to wrap up, and stop() waits until it has.
    expect(signal?.aborted).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(stopDone).toBe(false);
    release!();
    await stopped;

    expect(finished).toBe(4);
    expect(maxActive).toBe(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(4);
  });

  it('logs a failing run and carries on', async () => {
    const log = recordingLogger();
    const runner = new JobRunner(log);
    let runs = 0;
    runner.start('faalt', 1, async () => {
      runs++;
      if (runs === 1) throw new Error('database even weg');
    });
    await until(() => runs >= 2);
    await runner.stop();
    expect(log.regels[0]).toMatchObject({ niveau: 'error', details: { job: 'faalt' } });
    expect((log.regels[0]?.details.err as Error).message).toBe('database even weg');
  });
});
