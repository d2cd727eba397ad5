import type { Command } from './command';
import { commandGroup } from './group';
import { ExitCode, type CliIo } from './io';
import { registeredCommands } from './registry';

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Runs `jalon <argv…>` and resolves to the exit code; never throws, never exits the process. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = registeredCommands,
): Promise<ExitCode> {
  const program = commandGroup({
    name: 'jalon',
    path: 'jalon',
    summary: 'Horloges contractuelles, indicateurs et pénalités des marchés publics.',
    description:
      'Jalon calcule en temps ouvré les délais contractuels des marchés publics informatiques\n' +
      '(TMA, infogérance, réalisation) à partir des tickets Jira.',
    commands,
  });
  try {
    return await program.run(argv, io);
  } catch (error) {
    io.stderr(
      `jalon : erreur inattendue, ce n’est pas votre ligne de commande qui est en cause.\n` +
        `${describeError(error)}\n` +
        'Signalez-la avec la commande lancée et ce message.\n',
    );
    return ExitCode.failure;
  }
}
