/**
 * The registry import (docs/functioneel.md §3, R-REG-3). Per file: stream and validate every row into a
 * temporary staging table, check the cross-references in SQL, and only when nothing is wrong
 * merge set-based into the register; all in one transaction, so a file with one bad row
 * loads nothing. The merge compares before it writes (a second run of the same file changes
 * nothing) and ends what a newer file no longer holds instead of deleting it. Every file gets
 * a row in register_imports and a line in the audit log. On PostgreSQL the rows travel by COPY
 * (copy.ts), and a large register going into an empty table skips staging (direct.ts).
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { allowLongStatements } from '../../../db/timeouts.js';
import type { Database } from '../../../db/types.js';
import { writeAudit } from '../../../platform/audit/audit.service.js';
import { registerImportMessages as m } from '../messages.js';
import { withRebuiltIndexes } from './bulk.js';
import { supportsCopy } from './copy.js';
import { loadDirect } from './direct.js';
import * as repo from './import.repository.js';
import type { LoadContext, RegisterKind, Trx } from './kind.js';
import { KINDS, TOGETHER, kindByFileName } from './kinds.js';
import { ErrorList, stageFile, type StagedFile } from './stage.js';
import type { Counts, ImportReport, OnProgress, RegisterSoort } from './types.js';
import { endNeedsConfirmation, endPercentage, MAX_END_SHARE, MAX_IMPORT_HOURS, shownResultaat } from '../rules.js';
import { countEnding } from './sql.js';

/** Who imports: a logged-in user, or the CLI (`cli:<OS user>`). */
export interface ImportActor {
  gebruikerId: string | null;
  gebruikersnaam: string;
  ip?: string | null;
}

export interface ImportOptions {
  door: ImportActor;
  /** The day the files describe; what disappeared ends on it. Default: today in the Netherlands. */
  peildatum?: string | undefined;
  onProgress?: OnProgress | undefined;
  /**
   * Loads a file that ends more than MAX_END_SHARE of its register's current rows (rules.ts):
   * `true` for any file (the CLI's --bevestig-beeindigen), or exactly the file and count a
   * person confirmed on the Registers page. Without it such a file is refused, with `massEnd`.
   */
  bevestigBeeindigen?: true | { sha256: string; aantal: number } | undefined;
}

export interface ImportFile {
  kind: RegisterKind;
  path: string;
  /** Shown in reports; default the path's base name (an upload keeps the user's name). */
  name?: string | undefined;
}

/** Thrown inside the transaction to roll it back when a file has bad rows. */
class Refused extends Error {}

/** The advisory lock that serialises register imports (an arbitrary, fixed number). */
const IMPORT_LOCK = 73_012_026;

const dutchToday = (now: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
const stagingName = (soort: RegisterSoort) => `import_${soort.replace('-', '_')}`;

export function registerImportService({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }) {
  /** Loads files that must go together (or one file) in one transaction. */
  async function loadUnit(files: readonly ImportFile[], opts: ImportOptions): Promise<ImportReport[]> {
    const peildatum = opts.peildatum ?? dutchToday(now());
    const door = { gebruikerId: opts.door.gebruikerId, naam: opts.door.gebruikersnaam };
    const names = files.map((f) => f.name ?? path.basename(f.path));
    const ids: string[] = [];
    const staged: StagedFile[] = [];
    const massEnd: ImportReport['massEnd'][] = [];

    const report = (i: number, resultaat: ImportReport['resultaat'], counts?: Counts): ImportReport => {
      const s = staged[i];
      const rows = s?.rows ?? 0;
      const c = counts ?? { inserted: 0, updated: 0, ended: 0 };
      const errors = s?.errors ?? [];
      return {
        importId: ids[i]!,
        soort: files[i]!.kind.soort,
        file: names[i]!,
        rows,
        ...c,
        unchanged: counts ? rows - c.inserted - c.updated : 0,
        resultaat,
        errors,
        moreErrors: (s?.errorTotal ?? 0) - errors.length,
        ...(massEnd[i] ? { massEnd: massEnd[i] } : {}),
      };
    };
    const finished = (r: ImportReport): repo.FinishedImport => {
      const s = staged[files.findIndex((f) => f.kind.soort === r.soort)];
      return {
        resultaat: r.resultaat,
        beeindigdOp: now(),
        sha256: s?.sha256 ?? null,
        bytes: s?.bytes ?? null,
        rijen: r.rows,
        counts: r.resultaat === 'geladen' ? { toegevoegd: r.inserted, gewijzigd: r.updated, beeindigd: r.ended, ongewijzigd: r.unchanged } : null,
        fouten: r.errors,
        foutenMeer: r.moreErrors,
      };
    };
    const audit = (target: Kysely<Database> | Trx, r: ImportReport, f: repo.FinishedImport) =>
      writeAudit(target, {
        actie: 'registerimport',
        gebruikerId: opts.door.gebruikerId,
        gebruikersnaam: opts.door.gebruikersnaam,
        ip: opts.door.ip ?? null,
        objectType: 'register_import',
        objectId: r.importId,
        details: { soort: r.soort, bestand: r.file, sha256: f.sha256, resultaat: r.resultaat, rijen: r.rows, ...(f.counts ?? { fouten: r.errors.length + r.moreErrors }) },
      });
    /** A loaded file: its bookkeeping commits with its rows, or neither does. */
    const finish = async (trx: Trx, r: ImportReport) => {
      const f = finished(r);
      await repo.finishImport(trx, r.importId, f);
      await audit(trx, r, f);
    };
    /**
     * A refused or failed file, after the rollback. Its row must not stay 'bezig': when the
     * full report cannot be written, the result is written without it; when not even that
     * works (the database is gone), the page shows the row as failed once it is stale
     * (rules.ts). Never throws: the bookkeeping must not hide the real error.
     */
    const finishAfterwards = async (r: ImportReport) => {
      const f = finished(r);
      const attempts = [f, { ...f, fouten: [{ line: 0, column: '', reason: m.verslagNietOpgeslagen }], foutenMeer: 0 }];
      for (const attempt of attempts) {
        try {
          await repo.finishImport(db, r.importId, attempt);
          await audit(db, r, attempt).catch(() => undefined);
          return;
        } catch {
          // try the next, smaller update
        }
      }
    };

    try {
      const gestartOp = now();
      for (const [i, f] of files.entries()) ids.push(await repo.startImport(db, { soort: f.kind.soort, bestandsnaam: names[i]!, peildatum, gestartOp, door }));
      return await db.transaction().execute(async (trx) => {
        // A large register takes minutes (COPY, merge, index builds), and waiting for another
        // import's lock takes as long: not the pages' statement timeout. First, so the lock is covered.
        await allowLongStatements(trx);
        // One import at a time: the merge's update-then-insert must not race another import.
        await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
        // Room for the checks' and merges' hash joins over a million staged rows.
        await sql`set local work_mem = '256MB'`.execute(trx);
        const copy = await supportsCopy(trx);
        if (copy && files.length === 1) {
          // A large register into an empty table: straight in, or null (then the usual way below).
          const direct = await loadDirect(trx, files[0]!.kind, { path: files[0]!.path, name: names[0]! }, opts.onProgress);
          if (direct) {
            staged.push(direct.staged);
            const r = report(0, 'geladen', direct.counts);
            await finish(trx, r);
            return [r];
          }
        }
        const ctxs: LoadContext[] = [];
        const stagedNames: LoadContext['staged'] = {};
        for (const f of files) {
          const staging = stagingName(f.kind.soort);
          staged.push(await stageFile(trx, f.kind, f, staging, { copy, onProgress: opts.onProgress }));
          stagedNames[f.kind.soort] = staging;
          ctxs.push({ staging, peildatum, staged: stagedNames, bulk: false });
        }
        for (const [i, f] of files.entries()) {
          const list = new ErrorList();
          list.add(staged[i]!.errors, staged[i]!.errorTotal);
          for (const check of f.kind.checks) {
            const found = await check(trx, ctxs[i]!);
            list.add(found.errors, found.total);
          }
          list.errors.sort((a, b) => a.line - b.line);
          staged[i] = { ...staged[i]!, errors: list.errors, errorTotal: list.total };
        }
        if (staged.some((s) => s.errorTotal > 0)) throw new Refused();
        // Before anything is written: a file that would end a large share of its register.
        for (const [i, f] of files.entries()) {
          if (!f.kind.ends) continue;
          const { current, ending } = await countEnding(trx, ctxs[i]!, f.kind.ends);
          const s = staged[i]!;
          if (!endNeedsConfirmation(current, ending) || confirmed(opts.bevestigBeeindigen, s.sha256, ending)) continue;
          massEnd[i] = { ending, current, sha256: s.sha256 ?? '' };
          const reason = m.teVeelBeeindigd(ending, current, endPercentage(current, ending), MAX_END_SHARE * 100);
          staged[i] = { ...s, errors: [{ line: 0, column: '', reason }], errorTotal: 1 };
        }
        if (staged.some((s) => s.errorTotal > 0)) throw new Refused();

        const reports: ImportReport[] = [];
        for (const [i, f] of files.entries()) {
          const ctx = { ...ctxs[i]!, bulk: await isFirstLoad(trx, f.kind, staged[i]!.rows) };
          const merge = () => f.kind.merge(trx, ctx);
          const counts = ctx.bulk && f.kind.bulkTables ? await withRebuiltIndexes(trx, f.kind.bulkTables, merge) : await merge();
          reports.push(report(i, 'geladen', counts));
        }
        for (const r of reports) await finish(trx, r);
        return reports;
      });
    } catch (e) {
      const refused = e instanceof Refused;
      // Only the files whose row was written (a failure may come between two startImports).
      const reports = ids.map((_, i) => report(i, refused ? 'afgekeurd' : 'mislukt'));
      for (const r of reports) {
        if (!refused) r.errors = [{ line: 0, column: '', reason: m.technischeFout }];
        else if (r.errors.length === 0) {
          // A clean file refused together with its partner: say why.
          const other = reports.find((o) => o !== r && (o.errors.length > 0 || o.moreErrors > 0));
          r.errors = [{ line: 0, column: '', reason: m.samenAfgekeurd(other?.file ?? '') }];
        }
        await finishAfterwards(r);
      }
      if (!refused) throw e;
      return reports;
    }
  }

  /**
   * Imports files in dependency order; files that refer to each other (gemeenten and
   * rmc-regio's) in one transaction, every other file in its own.
   */
  async function importFiles(files: readonly ImportFile[], opts: ImportOptions): Promise<ImportReport[]> {
    const ordered = [...files].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
    const reports: ImportReport[] = [];
    const done = new Set<ImportFile>();
    for (const f of ordered) {
      if (done.has(f)) continue;
      const group = TOGETHER.find((g) => g.includes(f.kind.soort));
      const unit = group ? ordered.filter((o) => group.includes(o.kind.soort)) : [f];
      unit.forEach((u) => done.add(u));
      reports.push(...(await loadUnit(unit, opts)));
    }
    return reports;
  }

  /** The registry files in `dir`, by their documented names; other files are left alone. */
  async function filesIn(dir: string): Promise<ImportFile[]> {
    const names = (await readdir(dir)).sort();
    return names.flatMap((name) => {
      const kind = kindByFileName(name);
      return kind ? [{ kind, path: path.join(dir, name) }] : [];
    });
  }

  return {
    importFiles,
    filesIn,
    /** A directory or one file (its kind by its name); reports in load order. */
    async importPath(target: string, opts: ImportOptions): Promise<ImportReport[]> {
      const info = await stat(target);
      if (info.isDirectory()) return importFiles(await filesIn(target), opts);
      const kind = kindByFileName(path.basename(target));
      if (!kind) throw new Error(`Unknown register file ${target}`);
      return importFiles([{ kind, path: target }], opts);
    },
    /** A page of the history; an import 'bezig' for longer than any import takes shows as failed. */
    async history(page: Parameters<typeof repo.listImports>[1]) {
      const found = await repo.listImports(db, page);
      const at = now();
      return { ...found, rows: found.rows.map((r) => ({ ...r, resultaat: shownResultaat(r.resultaat, r.gestart_op, at) })) };
    },
    /** One import's report; a stale 'bezig' shows as failed, and says why. */
    async get(id: string) {
      const imp = await repo.getImport(db, id);
      if (!imp) return undefined;
      const resultaat = shownResultaat(imp.resultaat, imp.gestart_op, now());
      if (resultaat === imp.resultaat) return imp;
      return { ...imp, resultaat, fouten: [{ line: 0, column: '', reason: m.nietAfgerond(MAX_IMPORT_HOURS) }] };
    },
  };
}

/** The person confirmed ending this many rows with exactly this file (or any file, from the CLI). */
function confirmed(b: ImportOptions['bevestigBeeindigen'], sha256: string | null, ending: number): boolean {
  if (b === true) return true;
  return b !== undefined && sha256 !== null && b.sha256 === sha256 && b.aantal === ending;
}

/**
 * A first load: the target holds fewer than half as many rows as the file. Then rebuilding
 * indexes once beats maintaining them row by row (and the lock it takes hurts nobody yet).
 */
async function isFirstLoad(trx: Trx, kind: RegisterKind, rows: number): Promise<boolean> {
  const table = kind.bulkTables?.[0];
  if (!table || rows < 2) return false;
  const limit = Math.ceil(rows / 2);
  const { rows: found } = await sql<{ n: string }>`select count(*) as n from (select 1 from ${sql.table(table)} limit ${limit}) t`.execute(trx);
  return Number(found[0]?.n ?? 0) < limit;
}

export type RegisterImportService = ReturnType<typeof registerImportService>;
