// The HTTP side in several processes (WORKERS > 1, see server.ts): node:cluster forks them and
// they share the listening port. Also used by the search benchmark's server.
import cluster from 'node:cluster';

/**
 * Forks the workers and resolves when every one listens. A worker that dies later is replaced;
 * one that dies while starting (port taken, database away) fails the start instead of being
 * forked again and again.
 */
export function startWorkers(n: number, stopping: () => boolean, log: { warn(msg: string): void }): Promise<void> {
  let started = false;
  // A message to a worker that is just going (EPIPE on the IPC channel) must not take the
  // primary down with an unhandled 'error' event; the 'exit' handler below deals with the loss.
  const fork = () => cluster.fork().on('error', (err: Error) => log.warn(`werkproces: ${err.message}`));
  return new Promise<void>((resolve, reject) => {
    cluster.on('exit', (w, code, signal) => {
      if (stopping()) return;
      if (!started) return reject(new Error(`werkproces ${w.process.pid} stopte tijdens het starten (${signal ?? code})`));
      log.warn(`werkproces ${w.process.pid} stopte (${signal ?? code}); een nieuw wordt gestart`);
      fork();
    });
    let listening = 0;
    for (let i = 0; i < n; i++) {
      fork().once('listening', () => {
        listening += 1;
        if (listening === n) {
          started = true;
          resolve();
        }
      });
    }
  });
}

/** SIGTERM to every worker (each finishes its requests), resolved when all have exited. */
export function stopWorkers(): Promise<void> {
  const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
  return Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.isDead()) return resolve();
          w.once('exit', () => resolve());
          w.process.kill('SIGTERM');
        }),
    ),
  ).then(() => undefined);
}
