import { z } from 'zod';
import { succeed, type Result } from '../core/result';
import type { JiraHttp } from './jira-rest';
import { searchJqlRequest } from './jira-requests';
import { readJiraBody } from './read-body';

const keysPageSchema = z.looseObject({
  issues: z.array(z.looseObject({ key: z.string() })),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

/**
 * The keys of the first `limit` issues a JQL query selects, in one search call
 * (with one short field: with none Jira gives ids without keys), and whether there are more —
 * enough to decide between working now and queueing a job.
 */
export async function issueKeysUpTo(
  http: JiraHttp,
  jql: string,
  limit: number,
): Promise<Result<{ readonly keys: readonly string[]; readonly more: boolean }>> {
  const response = await http.send(
    searchJqlRequest({ jql, fields: ['created'], maxResults: limit }),
    {
      objects: (json) => keysPageSchema.safeParse(json).data?.issues.length ?? 0,
    },
  );
  if (!response.ok) return response;
  const page = readJiraBody(response.value.body, keysPageSchema, 'la recherche JQL');
  if (!page.ok) return page;
  const more = page.value.isLast !== true && (page.value.nextPageToken ?? null) !== null;
  return succeed({ keys: page.value.issues.map((issue) => issue.key), more });
}
