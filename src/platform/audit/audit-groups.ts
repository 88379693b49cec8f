// Group commit for the audit lines of reading (R-PRIV-1): every search is a line in the audit
// log, and on a busy page each line was its own INSERT, round trip and commit (issue 5's speed
// goal). Lines that arrive while an INSERT is under way wait for it and then go together in the
// next one. A caller's promise settles only when its own line is committed, so nothing is shown
// before it is logged, and a quiet server writes each line at once, as before.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { insertAudit, type AuditEntry } from './audit.service';

interface Waiting {
  entry: AuditEntry;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** A writer of audit lines outside any transaction, in groups of at most `max`. */
export function auditInGroups(db: Kysely<Database>, max = 100): (entry: AuditEntry) => Promise<void> {
  const waiting: Waiting[] = [];
  let writing = false;

  async function write(group: Waiting[]) {
    try {
      await insertAudit(db, group.map((w) => w.entry));
      for (const w of group) w.resolve();
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      // One bad line must not fail the others' requests: each on its own.
      for (const w of group) await write([w]);
    }
  }

  async function drain() {
    writing = true;
    while (waiting.length > 0) await write(waiting.splice(0, max));
    writing = false;
  }

  return (entry) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ entry, resolve, reject });
      if (!writing) void drain();
    });
}
