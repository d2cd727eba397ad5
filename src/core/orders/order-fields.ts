import type { z } from 'zod';
import type { IssueHistory } from '../clocks/issue-history';
import { resolveFieldId } from '../clocks/timeline';
import { fail, succeed, type Result } from '../result';
import { parseWith } from '../validation';

/**
 * The value of one of Jalon's object fields ("Lignes UO", "Factures") on an issue, parsed with its
 * schema: null when the field is empty, a failure naming the issue and the field when unreadable.
 */
export function readObjectField<S extends z.ZodType>(
  history: IssueHistory,
  field: string,
  schema: S,
  code: string,
): Result<z.output<S> | null> {
  const text = history.fields[resolveFieldId(history.names, field)] ?? null;
  if (text === null) return succeed(null);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(code, `${history.key} : le champ « ${field} » n'est pas un objet JSON lisible.`);
  }
  const parsed = parseWith(schema, json, code, `${history.key} : champ « ${field} »`);
  return parsed.ok ? succeed(parsed.value) : parsed;
}
