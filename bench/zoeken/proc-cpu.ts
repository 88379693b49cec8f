/**
 * CPU time per process group, from /proc (Linux): where a request's machine CPU goes when the
 * two cores are full — the app (the server process and its descendants, so every worker),
 * PostgreSQL (its shared processes and the backends of the bench's database), and this bench process (autocannon). In clock ticks turned into µs.
 * Other work on the machine shows up in none of them.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_US = 1e6 / 100; // USER_HZ is 100 on Linux

interface Proc {
  pid: number;
  ppid: number;
  comm: string;
  ticks: number;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // "pid (comm) state ppid …": comm may hold spaces, so cut at the last ')'.
    const close = stat.lastIndexOf(')');
    const rest = stat.slice(close + 2).split(' ');
    out.push({ pid: Number(name), ppid: Number(rest[1]), comm: stat.slice(stat.indexOf('(') + 1, close), ticks: Number(rest[11]) + Number(rest[12]) });
  }
  return out;
}

/**
 * PostgreSQL's shared processes (WAL writer, checkpointer, …) and the backends connected to the
 * bench's database; not the backends of other work on the same server (tests, other benches).
 */
function vanDezeDatabase(pid: number, database: string): boolean {
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return false;
  }
  // A client backend: "postgres: 15/main: <user> <database> <host>(<port>) <state>".
  const backend = /^postgres: \S+: \S+ (\S+) \S+\(\d+\)/.exec(cmdline);
  return backend === null || backend[1] === database;
}

/** A snapshot: ticks per pid of the app (root pid and descendants) and of PostgreSQL. */
export interface CpuStand {
  app: Map<number, number>;
  postgres: Map<number, number>;
  bench: number;
}

export function cpuStand(appPid: number, database: string): CpuStand {
  const procs = processes();
  const children = new Map<number, Proc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const app = new Map<number, number>();
  const todo = procs.filter((p) => p.pid === appPid);
  while (todo.length > 0) {
    const p = todo.pop()!;
    app.set(p.pid, p.ticks);
    todo.push(...(children.get(p.pid) ?? []));
  }
  const postgres = new Map(procs.filter((p) => p.comm.startsWith('postgres') && vanDezeDatabase(p.pid, database)).map((p) => [p.pid, p.ticks]));
  const self = process.cpuUsage();
  return { app, postgres, bench: self.user + self.system };
}

/** µs of CPU per group between two snapshots; a process that ended meanwhile counts for nothing. */
export function cpuVerschil(voor: CpuStand, na: CpuStand): { app: number; postgres: number; bench: number } {
  const delta = (a: Map<number, number>, b: Map<number, number>) => [...b].reduce((s, [pid, t]) => s + t - (a.get(pid) ?? 0), 0) * TICK_US;
  return { app: delta(voor.app, na.app), postgres: delta(voor.postgres, na.postgres), bench: na.bench - voor.bench };
}
