import { PassThrough } from 'node:stream';
import { askOnTerminal, type Terminal } from './prompt';

function fakeTerminal() {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    modes: [] as boolean[],
    setRawMode(mode: boolean) {
      this.modes.push(mode);
    },
  });
  let shown = '';
  const terminal: Terminal = {
    input,
    output: {
      write: (text: string) => {
        shown += text;
      },
    },
  };
  return { terminal, input, shown: () => shown };
}

describe('a question on the terminal', () => {
  test('a secret is read in raw mode, never echoed, with backspace honoured', async () => {
    const { terminal, input, shown } = fakeTerminal();
    const answer = askOnTerminal(terminal, 'Jeton : ', true);
    input.write('jetx');
    input.write('\u007fon-secret\r');
    expect(await answer).toBe('jeton-secret');
    expect(shown()).toBe('Jeton : \n');
    expect(input.modes).toEqual([true, false]);
  });

  test('Ctrl-C declines: null, and the terminal leaves raw mode', async () => {
    const { terminal, input } = fakeTerminal();
    const answer = askOnTerminal(terminal, 'Jeton : ', true);
    input.write('abc\u0003');
    expect(await answer).toBeNull();
    expect(input.modes).toEqual([true, false]);
  });

  test('a plain question keeps the terminal as it is', async () => {
    const { terminal, input } = fakeTerminal();
    const answer = askOnTerminal(terminal, 'Adresse : ', false);
    input.write('chef.projet@example.fr\n');
    expect(await answer).toBe('chef.projet@example.fr');
    expect(input.modes).toEqual([]);
  });
});
