/** Where a command writes. Injected, so tests capture output without spawning a process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Asks a person a question (a secret without echo); null when they decline. Absent when no
   * one is there to answer: input is not a terminal, or CI.
   */
  readonly ask?: (question: string, secret: boolean) => Promise<string | null>;
}

/** 0: done; 1: the command ran and failed; 2: the command line is wrong (usage error). */
export const ExitCode = { ok: 0, failure: 1, usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Writes `<where> : <message>` on stderr and returns the exit code, for a command's failures. */
export function reportFailure(io: CliIo, where: string, message: string, code: ExitCode): ExitCode {
  io.stderr(`${where} : ${message}\n`);
  return code;
}

/**
 * Writes an input error with each located detail on its own line (`  path : message`) and
 * returns the usage exit code.
 */
export function reportInputError(
  io: CliIo,
  where: string,
  message: string,
  details: readonly { readonly path: string; readonly message: string }[] = [],
): ExitCode {
  io.stderr(
    `${where} : ${message}\n${details.map((d) => `  ${d.path} : ${d.message}\n`).join('')}`,
  );
  return ExitCode.usage;
}
