// What a CLI command gets and how it fails. Commands are plain async functions over the same
// services the web uses, so tests call them in-process on a test database.
import type { Actor } from '../../platform/service-result';
import type { Services } from '../../services';

export interface CliContext {
  s: Services;
  /** In the audit log as `cli:<OS user>`: the CLI has no logged-in user. */
  actor: Actor;
  /** Where VL_WACHTWOORD is read from (process.env in main, a plain object in tests). */
  env: Readonly<Record<string, string | undefined>>;
  out: (line: string) => void;
  /** The migrations the opening of the database ran (main migrates before any command). */
  migrated: readonly string[];
}

export interface CliArgs {
  values: Record<string, string | undefined>;
  positionals: string[];
  /** The command's `flags` that were given. */
  flags?: ReadonlySet<string>;
}

export interface CliCommand {
  /** The option names (all take a value); validated by node:util parseArgs, strictly. */
  options: readonly string[];
  /** Options without a value (`--bevestig-beeindigen`): present or not. */
  flags?: readonly string[];
  /** How many positional arguments the command takes. */
  positionals?: number;
  run(ctx: CliContext, args: CliArgs): Promise<void>;
}

/** A failure to report in Dutch, without a stack trace. Exit code 2 for bad input, else 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
