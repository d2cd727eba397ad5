import type { Command } from './command';
import { ExitCode, type CliIo } from './io';

export interface GroupSpec {
  readonly name: string;
  /** How the user typed it, for messages: `jalon` or `jalon calendar`. */
  readonly path: string;
  readonly summary: string;
  /** A short paragraph under the usage line. */
  readonly description: string;
  readonly commands: readonly Command[];
}

const HELP_FLAGS: ReadonlySet<string> = new Set(['-h', '--help']);
const HELP_LABEL = '-h, --help';

/** True when `--help` or `-h` comes before any `--` separator. */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => HELP_FLAGS.has(arg));
}

function renderGroupHelp(spec: GroupSpec): string {
  const width = Math.max(HELP_LABEL.length, ...spec.commands.map(({ name }) => name.length)) + 3;
  const rows = spec.commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`);
  return [
    `Usage : ${spec.path} <commande> [arguments] [options]`,
    '',
    spec.description,
    '',
    'Commandes :',
    ...rows,
    '',
    'Options :',
    `  ${HELP_LABEL.padEnd(width)}Affiche cette aide (« ${spec.path} <commande> --help » : aide d’une commande).`,
    '',
    'Codes de sortie : 0 succès, 1 échec, 2 ligne de commande à corriger.',
    '',
  ].join('\n');
}

function usageError(spec: GroupSpec, io: CliIo, problem: string): ExitCode {
  const names = spec.commands.map((command) => command.name).join(', ');
  io.stderr(
    `${spec.path} : ${problem}\n` +
      `Commandes disponibles : ${names}.\n` +
      `Lancez « ${spec.path} --help » pour l’aide.\n`,
  );
  return ExitCode.usage;
}

function describeUnknown(word: string): string {
  return word.startsWith('-')
    ? `option inconnue « ${word} » : placez les options après le nom de la commande.`
    : `commande inconnue « ${word} ».`;
}

function printHelp(io: CliIo, command: Command): ExitCode {
  io.stdout(command.help);
  return ExitCode.ok;
}

/**
 * A command made of sub-commands (the `jalon` program itself, or a family such as `calendar`):
 * `<group> --help` and `<group> help [name]` print help, `<group> <name> --help` prints the
 * sub-command's help, anything unknown is a usage error (exit 2) that lists what exists.
 */
export function commandGroup(spec: GroupSpec): Command {
  const self: Command = {
    name: spec.name,
    summary: spec.summary,
    help: renderGroupHelp(spec),
    subcommands: spec.commands,
    run(args, io) {
      const [word, ...rest] = args;
      if (word === undefined) return usageError(spec, io, 'commande manquante.');
      if (HELP_FLAGS.has(word)) return printHelp(io, self);
      const find = (name: string) => spec.commands.find((command) => command.name === name);
      if (word === 'help') {
        const topic = rest[0];
        if (topic === undefined) return printHelp(io, self);
        const command = find(topic);
        return command ? printHelp(io, command) : usageError(spec, io, describeUnknown(topic));
      }
      const command = find(word);
      if (command === undefined) return usageError(spec, io, describeUnknown(word));
      if (command.subcommands === undefined && asksForHelp(rest)) return printHelp(io, command);
      return command.run(rest, io);
    },
  };
  return self;
}
