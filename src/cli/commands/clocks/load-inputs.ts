import { z } from 'zod';
import { adjustmentSchema, type Adjustment, type IssueHistory } from '../../../core/clocks';
import { succeed, type Result } from '../../../core/result';
import { parseWith } from '../../../core/validation';
import { readSearchPages } from '../../../jira/to-issue-history';
import { readJson } from '../../inputs';

export interface LoadedIssues {
  readonly histories: readonly IssueHistory[];
  readonly problems: readonly {
    readonly key: string;
    readonly code: string;
    readonly message: string;
  }[];
}

/** What `POST /rest/api/3/search/jql` returns with `expand: "names,changelog"`: one page or an array of pages. */
export function loadIssues(path: string): Result<LoadedIssues> {
  const json = readJson(path, 'Fichier de tickets');
  return json.ok ? readSearchPages(json.value) : json;
}

export function loadAdjustments(path: string | undefined): Result<readonly Adjustment[]> {
  if (path === undefined) return succeed([]);
  const json = readJson(path, 'Fichier d’ajustements');
  if (!json.ok) return json;
  return parseWith(z.array(adjustmentSchema), json.value, 'CLI.BAD_ADJUSTMENTS', 'Ajustements');
}
