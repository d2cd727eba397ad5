import { z } from 'zod';

/** What an option takes: a value (`--from 2025-01-01`, `--from=2025-01-01`) or nothing (`--json`). */
export type OptionKind = 'string' | 'boolean';
export type OptionSpec = Readonly<Record<string, OptionKind>>;

export type ArgsResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Raw command line, before the command's zod schema: options by name, plus `positionals`. */
export type RawArgs = Record<string, string | boolean | string[]>;

const frenchErrors = z.locales.fr().localeError;

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

function listOptions(spec: OptionSpec): string {
  const names = Object.keys(spec).map((name) => `--${name}`);
  return names.length === 0 ? 'cette commande n’a pas d’option' : `options : ${names.join(', ')}`;
}

/** Splits the arguments; everything after `--`, `-` and negative numbers are positionals. */
export function tokenizeArgs(args: readonly string[], spec: OptionSpec): ArgsResult<RawArgs> {
  const options: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(arg.startsWith('--') ? 2 : 1, equals === -1 ? undefined : equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    const kind = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (kind === undefined || !arg.startsWith('--')) {
      return fail(`option inconnue « ${arg} » (${listOptions(spec)}).`);
    }
    if (Object.hasOwn(options, name)) return fail(`l’option « --${name} » est donnée deux fois.`);
    if (kind === 'boolean') {
      if (inline !== undefined) return fail(`l’option « --${name} » ne prend pas de valeur.`);
      options[name] = true;
      continue;
    }
    const value = inline ?? args[index + 1];
    if (value === undefined) return fail(`l’option « --${name} » attend une valeur.`);
    if (inline === undefined) index += 1;
    options[name] = value;
  }
  return { ok: true, value: { ...options, positionals } };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const [head, position] = issue.path;
  if (head === 'positionals') {
    const where = typeof position === 'number' ? `argument ${position + 1}` : 'arguments';
    return `${where} : ${issue.message}`;
  }
  return typeof head === 'string' ? `--${head} : ${issue.message}` : issue.message;
}

/**
 * Parses a command's arguments: tokenizes them by `spec`, then validates with `schema` (which
 * sees the options by name and the `positionals` array). Messages are French and say what to fix.
 */
export function parseCommandArgs<T>(
  args: readonly string[],
  spec: OptionSpec,
  schema: z.ZodType<T>,
): ArgsResult<T> {
  const raw = tokenizeArgs(args, spec);
  if (!raw.ok) return raw;
  const parsed = schema.safeParse(raw.value, { error: frenchErrors });
  if (parsed.success) return { ok: true, value: parsed.data };
  return fail(parsed.error.issues.map(describeIssue).join('\n'));
}
