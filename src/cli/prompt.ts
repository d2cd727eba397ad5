/** The parts of a terminal a question needs: `process.stdin` and `process.stderr` fit. */
export interface Terminal {
  readonly input: NodeJS.ReadableStream & {
    readonly isTTY?: boolean;
    setRawMode?: (mode: boolean) => unknown;
  };
  readonly output: { write(text: string): unknown };
}

const ENTER = new Set(['\r', '\n']);
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = new Set(['\u007f', '\b']);

/**
 * Asks one question on a terminal and reads the answer up to Enter. A secret is read in raw
 * mode and never echoed (no asterisks either: even its length stays private). Ctrl-C or Ctrl-D
 * give null: the person declined.
 */
export function askOnTerminal(
  terminal: Terminal,
  question: string,
  secret: boolean,
): Promise<string | null> {
  const { input, output } = terminal;
  output.write(question);
  const raw = secret && typeof input.setRawMode === 'function';
  if (raw) input.setRawMode?.(true);
  input.resume();
  return new Promise((resolve) => {
    let answer = '';
    const finish = (value: string | null): void => {
      input.removeListener('data', onData);
      if (raw) input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      resolve(value);
    };
    const onData = (chunk: Buffer | string): void => {
      for (const char of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
        if (ENTER.has(char) || char === CTRL_C || char === CTRL_D) {
          finish(ENTER.has(char) ? answer : null);
          return;
        }
        if (BACKSPACE.has(char)) answer = Array.from(answer).slice(0, -1).join('');
        else answer += char;
      }
    };
    input.on('data', onData);
  });
}
