import { z } from 'zod';
import { fail, succeed, type Issue, type Result } from './result';

const french = z.locales.fr();

/** Renders a zod path as JSON-path-like text: `windows[1].to`; the root is `(racine)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(racine)' : out;
}

/**
 * Parses `input` with `schema`; on failure returns `code` with every issue located by its path
 * and worded in French.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: string,
  what: string,
): Result<z.output<S>> {
  const parsed = schema.safeParse(input, { error: (issue) => french.localeError(issue) });
  if (parsed.success) return succeed(parsed.data);
  const issues: Issue[] = parsed.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  const first = issues[0];
  const summary = first === undefined ? '' : ` ${first.path} : ${first.message}`;
  const more = issues.length > 1 ? ` (et ${String(issues.length - 1)} autre(s) erreur(s))` : '';
  return fail(code, `${what} invalide :${summary}${more}`, issues);
}
