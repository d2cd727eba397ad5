import type { CliIo, ExitCode } from './io';

/** One `jalon` command. Texts are French: they are what the user reads. */
export interface Command {
  /** The word typed after `jalon` (or after the group's name for a sub-command). */
  readonly name: string;
  /** One line, shown in the list of commands. */
  readonly summary: string;
  /** Full help (usage, arguments, options, example), printed by `--help`. */
  readonly help: string;
  /** Set on a group (e.g. `calendar`): the group then answers `--help` for its sub-commands. */
  readonly subcommands?: readonly Command[];
  /** Runs with the arguments after the command's name; `--help` never reaches a leaf command. */
  run(args: readonly string[], io: CliIo): ExitCode | Promise<ExitCode>;
}
