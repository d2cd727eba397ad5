import type { z } from 'zod';
import type { Result } from '../core/result';
import { readResponseBody } from '../platform/http/read-body';

/** A Jira response body read with its schema (see `readResponseBody`). */
export function readJiraBody<S extends z.ZodType>(
  body: string,
  schema: S,
  what: string,
): Result<z.output<S>> {
  return readResponseBody('Jira', body, schema, what);
}
