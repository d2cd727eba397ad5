import type { z } from 'zod';
import { fail, succeed, type Result } from '../core/result';

/**
 * A Jira response body read with its schema: JSON that does not parse, or does not match, is a
 * `JIRA.BAD_RESPONSE` naming the request (`what`), never a cast.
 */
export function readJiraBody<S extends z.ZodType>(
  body: string,
  schema: S,
  what: string,
): Result<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return fail(
      'JIRA.BAD_RESPONSE',
      `Réponse illisible de Jira pour ${what} : ce n’est pas du JSON ; vérifiez que l’adresse désigne bien un site Jira Cloud.`,
    );
  }
  const parsed = schema.safeParse(json);
  return parsed.success
    ? succeed(parsed.data)
    : fail('JIRA.BAD_RESPONSE', `Réponse inattendue de Jira pour ${what}.`);
}
