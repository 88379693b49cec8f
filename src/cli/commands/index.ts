// The CLI's command table, argument parsing (node:util parseArgs, strict) and help. Parsing
// comes before the database opens, so `help` and a typo never touch the data directory.
import { parseArgs } from 'node:util';
import { messages } from '../../platform/messages/index';
import { beheerMessages } from '../../modules/auth/beheer/messages';
import { registerImportMessages } from '../../modules/registers/messages';
import { genereren } from './genereren';
import { gebruikerCommands } from './gebruikers';
import { importeren } from './import';
import { koppelingCommands } from './koppelingen';
import { koppelingenMessages } from '../../modules/koppelingen/messages';
import { mailCommands } from './mail';
import { opruimenCommands } from './opruimen';
import { vrijstellingenCommands } from './vrijstellingen';
import { vrijstellingenCli } from '../../modules/vrijstellingen/messages';
import { opruimenCli } from '../../platform/messages/opruimen';
import { CliError, type CliArgs, type CliCommand, type CliContext } from './types';

const t = beheerMessages.cli;

const migreren: CliCommand = {
  options: [],
  async run(ctx) {
    ctx.out(ctx.migrated.length > 0 ? t.migratiesUitgevoerd([...ctx.migrated]) : t.geenMigraties);
  },
};

export const COMMANDS: Record<string, CliCommand> = { migreren, ...gebruikerCommands, ...mailCommands, importeren, genereren, ...vrijstellingenCommands, ...opruimenCommands, ...koppelingCommands };

export type Parsed = { help: true } | { help: false; naam: string; command: CliCommand; args: CliArgs };

export function helpText(): string {
  const o: Record<string, { gebruik: string; tekst: string }> = {
    ...t.opdrachten,
    ...messages.mail.cli.opdrachten,
    ...registerImportMessages.cli.opdrachten,
    ...vrijstellingenCli.opdrachten,
    ...opruimenCli.opdrachten,
    ...koppelingenMessages.cli.opdrachten,
  };
  const regels = ['help', ...Object.keys(COMMANDS)].flatMap((naam) => [`  ${naam} ${o[naam]?.gebruik ?? ''}`.trimEnd(), `      ${o[naam]?.tekst ?? ''}`]);
  return [...t.help, ...regels, ...t.helpVoet].join('\n');
}

/** parseArgs's English errors, in Dutch; the option or argument is taken from its message. */
function parseFout(err: unknown): CliError {
  const { code, message } = err as { code?: string; message?: string };
  const naam = /'([^']+)'/.exec(message ?? '')?.[1]?.split(' ')[0] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new CliError(t.onbekendeOptie(naam), 2);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new CliError(t.optieZonderWaarde(naam), 2);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new CliError(t.teVeelArgumenten(naam), 2);
  return new CliError(t.ongeldigeInvoer, 2);
}

/** The command and its arguments; throws a CliError (exit 2) on anything it does not know. */
export function parseCommand(argv: readonly string[]): Parsed {
  const [naam, ...rest] = argv;
  if (naam === undefined) throw new CliError(t.geenOpdracht, 2);
  if (naam === 'help' || naam === '--help' || naam === '-h') return { help: true };
  const command = Object.hasOwn(COMMANDS, naam) ? COMMANDS[naam] : undefined;
  if (!command) throw new CliError(t.onbekendeOpdracht(naam), 2);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: {
        ...Object.fromEntries(command.options.map((o) => [o, { type: 'string' as const }])),
        ...Object.fromEntries((command.flags ?? []).map((f) => [f, { type: 'boolean' as const }])),
      },
      allowPositionals: (command.positionals ?? 0) > 0,
      strict: true,
    });
  } catch (err) {
    throw parseFout(err);
  }
  const extra = parsed.positionals[command.positionals ?? 0];
  if (extra !== undefined) throw new CliError(t.teVeelArgumenten(extra), 2);
  const flags = new Set((command.flags ?? []).filter((f) => parsed.values[f] === true));
  const values = Object.fromEntries(command.options.map((o) => [o, parsed.values[o] as string | undefined]));
  return { help: false, naam, command, args: { values, positionals: parsed.positionals, flags } };
}

/**
 * Parses and runs one command on an open database; the exit code comes back and a failure
 * goes to `err` in Dutch. main.ts and the tests both go through here.
 */
export async function runCommand(argv: readonly string[], ctx: CliContext, err: (line: string) => void): Promise<number> {
  try {
    const parsed = parseCommand(argv);
    if (parsed.help) ctx.out(helpText());
    else await parsed.command.run(ctx, parsed.args);
    return 0;
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    err(e.message);
    return e.exitCode;
  }
}
