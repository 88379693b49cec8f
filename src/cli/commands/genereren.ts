// `genereren --leerlingen N --seed S --map DIR [--peildatum JJJJ-MM-DD]`: writes synthetic
// registry files (real schools and gemeenten, invented pupils) in exactly the format the
// import reads (docs/registers-csv.md). Same seed and peildatum → the same files.
import { generateRegisters } from '../../modules/registers/generator/generate';
import { isValidIsoDate } from '../../modules/registers/validation';
import { registerImportMessages } from '../../modules/registers/messages';
import { CliError, type CliCommand } from './types';

const t = registerImportMessages.cli;

export const genereren: CliCommand = {
  options: ['leerlingen', 'seed', 'map', 'peildatum'],
  async run(ctx, args) {
    const { leerlingen = '2000', seed = '1', map, peildatum } = args.values;
    const pupils = /^\d{1,9}$/.test(leerlingen) ? Number(leerlingen) : Number.NaN;
    if (!Number.isSafeInteger(pupils)) throw new CliError(t.aantalLeerlingen, 2);
    if (!map) throw new CliError(t.mapNodig, 2);
    if (peildatum !== undefined && !isValidIsoDate(peildatum)) throw new CliError(t.peildatum, 2);
    const result = await generateRegisters({ pupils, seed, outDir: map, peildatum });
    ctx.out(t.gegenereerd(map, pupils, result.peildatum));
  },
};
