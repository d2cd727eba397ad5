// Entry point of the `jalon` command: `npm run --silent jalon -- <command>` or `npx jalon <command>`.
import type { CliIo } from './io';
import { askOnTerminal } from './prompt';
import { runCli } from './run';

// Questions only when a person sits at the terminal.
const interactive = process.stdin.isTTY && process.env.CI === undefined;
const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...(interactive
    ? {
        ask: (question: string, secret: boolean) =>
          askOnTerminal({ input: process.stdin, output: process.stderr }, question, secret),
      }
    : {}),
};

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

void runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
