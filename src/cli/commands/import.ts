// `importeren <map-of-bestand> [--peildatum JJJJ-MM-DD] [--bevestig-beeindigen]`: loads registry
// CSV files (docs/functioneel.md §3, R-REG-3) through the same import service as the Registers page. A
// directory loads every file with a documented name, in dependency order. A file that would end
// more than a tenth of its register (rules.ts) loads only with --bevestig-beeindigen. Progress goes to stderr, the report per
// file to stdout; the exit code is 1 when any file was not loaded.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { registerImportMessages } from '../../modules/registers/messages';
import { kindByFileName } from '../../modules/registers/import/kinds';
import { progressReporter } from '../../modules/registers/import/progress';
import type { ImportFile } from '../../modules/registers/import/import.service';
import { isValidIsoDate } from '../../modules/registers/validation';
import { CliError, type CliCommand } from './types';

const t = registerImportMessages.cli;

export const importeren: CliCommand = {
  options: ['peildatum'],
  flags: ['bevestig-beeindigen'],
  positionals: 1,
  async run(ctx, args) {
    const target = args.positionals[0];
    if (!target) throw new CliError(t.gebruik, 2);
    const peildatum = args.values.peildatum;
    if (peildatum !== undefined && !isValidIsoDate(peildatum)) throw new CliError(t.peildatum, 2);
    const info = await stat(target).catch(() => null);
    if (!info) throw new CliError(t.nietGevonden(target), 2);

    let files: ImportFile[];
    if (info.isDirectory()) {
      files = await ctx.s.registerImport.filesIn(target);
      if (files.length === 0) throw new CliError(t.geenBestanden(target), 2);
    } else {
      const kind = kindByFileName(path.basename(target));
      if (!kind) throw new CliError(t.onbekendBestand(path.basename(target)), 2);
      files = [{ kind, path: target }];
    }

    const progress = progressReporter(process.stderr);
    let reports;
    try {
      const bevestigBeeindigen = args.flags?.has('bevestig-beeindigen') ? true : undefined;
      reports = await ctx.s.registerImport.importFiles(files, { door: ctx.actor, peildatum, onProgress: progress.update, bevestigBeeindigen });
    } finally {
      progress.done();
    }
    for (const r of reports) {
      if (r.resultaat === 'geladen') {
        ctx.out(t.geladen(r.file, r));
        continue;
      }
      ctx.out(t.afgekeurd(r.file, r.errors.length + r.moreErrors));
      for (const e of r.errors) ctx.out(t.fout(e.line, e.column, e.reason));
      if (r.moreErrors > 0) ctx.out(`  ${registerImportMessages.meerFouten(r.moreErrors)}`);
      if (r.massEnd) ctx.out(t.bevestigBeeindigen);
    }
    if (reports.some((r) => r.resultaat !== 'geladen')) throw new CliError(t.nietAllesGeladen, 1);
  },
};
