import type { Command } from './command';
import { commandGroup } from './group';
import { ExitCode, type CliIo } from './io';
import { registeredCommands } from './registry';
import { runCli } from './run';

interface Captured {
  readonly io: CliIo;
  readonly out: () => string;
  readonly err: () => string;
}

function capture(): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (text) => out.push(text), stderr: (text) => err.push(text) },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

const exploding: Command = {
  name: 'boom',
  summary: 'Échoue exprès.',
  help: 'Usage : jalon boom\n',
  run: () => {
    throw new Error('kaboom');
  },
};

const family = commandGroup({
  name: 'calendar',
  path: 'jalon calendar',
  summary: 'Calendriers ouvrés.',
  description: 'Sous-commandes de test.',
  commands: [{ ...exploding, name: 'show', help: 'Usage : jalon calendar show\n' }],
});

describe('jalon dispatcher', () => {
  it('rejects an unknown command with exit 2 and a French message naming it', async () => {
    const c = capture();
    await expect(runCli(['frobnicate'], c.io)).resolves.toBe(ExitCode.usage);
    expect(c.err()).toContain('commande inconnue « frobnicate »');
    expect(c.err()).toContain('jalon --help');
    expect(c.out()).toBe('');
  });

  it('lists every registered command with its summary on --help', async () => {
    const c = capture();
    await expect(runCli(['--help'], c.io)).resolves.toBe(ExitCode.ok);
    expect(c.out()).toMatch(/^Usage : jalon <commande>/);
    for (const command of registeredCommands) {
      expect(c.out()).toMatch(new RegExp(`^  ${command.name} +${command.summary}$`, 'm'));
    }
    expect(c.err()).toBe('');
  });

  it('treats a missing command as a usage error', async () => {
    const c = capture();
    await expect(runCli([], c.io)).resolves.toBe(ExitCode.usage);
    expect(c.err()).toContain('commande manquante');
  });

  it('prints a command’s own help for `<command> --help` and `help <command>`', async () => {
    for (const argv of [
      ['version', '--help'],
      ['version', '-h'],
      ['help', 'version'],
    ]) {
      const c = capture();
      await expect(runCli(argv, c.io)).resolves.toBe(ExitCode.ok);
      expect(c.out()).toMatch(/^Usage : jalon version/);
    }
  });

  it('turns a crash inside a command into exit 1 with a French message', async () => {
    const c = capture();
    await expect(runCli(['boom'], c.io, [exploding])).resolves.toBe(ExitCode.failure);
    expect(c.err()).toContain('erreur inattendue');
    expect(c.err()).toContain('kaboom');
  });

  it('lets a command family answer help and unknown sub-commands itself', async () => {
    const help = capture();
    await expect(runCli(['calendar', 'show', '--help'], help.io, [family])).resolves.toBe(0);
    expect(help.out()).toBe('Usage : jalon calendar show\n');

    const unknown = capture();
    await expect(runCli(['calendar', 'shw'], unknown.io, [family])).resolves.toBe(2);
    expect(unknown.err()).toMatch(/^jalon calendar : commande inconnue « shw »/);
    expect(unknown.err()).toContain('Commandes disponibles : show.');
  });
});

describe('jalon version', () => {
  it('prints the package name and version', async () => {
    const c = capture();
    await expect(runCli(['version', '--json'], c.io)).resolves.toBe(ExitCode.ok);
    expect(JSON.parse(c.out())).toEqual({
      name: 'jalon',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
      node: process.version,
    });
  });

  it('refuses an argument it does not take, with exit 2', async () => {
    const c = capture();
    await expect(runCli(['version', 'extra'], c.io)).resolves.toBe(ExitCode.usage);
    expect(c.err()).toContain('arguments : la commande « version » ne prend pas d’argument');
  });
});
