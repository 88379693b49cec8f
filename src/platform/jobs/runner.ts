// A tiny runner for periodic jobs inside the app process ("background jobs in the
// same process"). Each job runs, then waits its interval, then runs again: a chain of timeouts,
// not setInterval, so two runs of one job never overlap however long a run takes. A failing
// run is logged and the job carries on. stop() signals the running runs to wrap up (a job
// that loops should look at the signal between steps) and waits for them, so shutdown never
// closes the database under a job's feet.
//
// Several app processes each run their own runner. A job must therefore be safe to run in
// parallel with itself in another process (mail delivery is: FOR UPDATE SKIP LOCKED), or take
// the advisory lock in jobs/lock.ts.

/** The part of a pino logger the jobs use; Fastify's `app.log` is one. */
export interface JobLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

interface Job {
  timer: NodeJS.Timeout | undefined;
  running: Promise<void> | undefined;
}

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private readonly stopping = new AbortController();

  constructor(private readonly log: JobLogger) {}

  /** Runs `fn` every `intervalMs` (the first run after one interval) until stop(). */
  start(name: string, intervalMs: number, fn: (signal: AbortSignal) => Promise<unknown>): void {
    if (this.stopping.signal.aborted) throw new Error(`JobRunner is gestopt; ${name} start niet`);
    if (this.jobs.has(name)) throw new Error(`Job ${name} draait al`);
    const job: Job = { timer: undefined, running: undefined };
    this.jobs.set(name, job);

    const schedule = () => {
      if (this.stopping.signal.aborted) return;
      job.timer = setTimeout(tick, intervalMs);
      // A waiting job must not keep the process (or a test worker) alive.
      job.timer.unref();
    };
    const tick = () => {
      job.timer = undefined;
      job.running = this.runOnce(name, fn).finally(() => {
        job.running = undefined;
        schedule();
      });
    };
    schedule();
  }

  /** Stops scheduling, asks the runs in progress to wrap up, and waits for them to finish. */
  async stop(): Promise<void> {
    this.stopping.abort();
    for (const job of this.jobs.values()) clearTimeout(job.timer);
    const running = [...this.jobs.values()].flatMap((j) => (j.running ? [j.running] : []));
    await Promise.all(running);
  }

  private async runOnce(name: string, fn: (signal: AbortSignal) => Promise<unknown>): Promise<void> {
    try {
      await fn(this.stopping.signal);
    } catch (err) {
      // Logged, not thrown: a database hiccup must not end the job (or the process).
      this.log.error({ err, job: name }, 'job mislukt; volgende keer opnieuw');
    }
  }
}
