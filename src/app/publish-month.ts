import { versionAt, type AdjustmentsByIssue, type IssueHistory } from '../core/clocks';
import type { CompiledContract, CompiledVersion } from '../core/contract';
import { fail, succeed, type Result } from '../core/result';
import { assembleReportParts, type ReportHead } from '../core/report';
import { publishPage, type ConfluenceHttp, type Publication } from '../confluence/publish-page';
import type { JiraHttp } from '../jira/jira-rest';
import { planStorage } from '../render';
import type { JiraProblem } from '../jira/to-issue-history';
import { readHistories } from './read-histories';

export interface PublishPorts {
  readonly jira: JiraHttp;
  readonly confluence: ConfluenceHttp;
  /** The instant the report is generated, injected. */
  readonly now: () => number;
  readonly progress?: (message: string) => void;
}

export interface PublishRequest {
  readonly contract: CompiledContract;
  /** `YYYY-MM`. */
  readonly month: string;
  readonly spaceKey: string;
  /** The parent page of the monthly pages, when they go under one. */
  readonly parentId?: string | undefined;
  /** Page ids remembered from earlier publications, by page title. */
  readonly knownIds?: Readonly<Record<string, string>>;
  /** The administration's extensions and waivers, by issue key. */
  readonly adjustments?: AdjustmentsByIssue;
}

export interface MonthPublication {
  /** The report without its per-issue detail (published, not kept). */
  readonly report: ReportHead;
  readonly pages: readonly (Publication & { readonly title: string })[];
  /** Issues Jira could not give whole, with the reason: left out, never guessed. */
  readonly problems: readonly { readonly key: string; readonly message: string }[];
}

/** The JQL clauses of a contract's issues: its categories' issue types (and projects). */
export function contractScope(contract: CompiledContract): string {
  const version = contract.versions.at(-1)?.version;
  const quote = (text: string): string =>
    `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  const types = [...new Set(version?.categories.flatMap((c) => c.issueTypes) ?? [])];
  const projects = [...new Set(version?.categories.flatMap((c) => c.projects ?? []) ?? [])];
  return [
    `issuetype in (${types.map(quote).join(', ')})`,
    ...(projects.length === 0 ? [] : [`project in (${projects.map(quote).join(', ')})`]),
  ].join(' AND ');
}

/** The JQL of a contract's issues created by the month's end. */
export function contractJql(contract: CompiledContract, month: string): string {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next =
    m === 12 ? `${String(year + 1)}-01-01` : `${String(year)}-${String(m + 1).padStart(2, '0')}-01`;
  return `${contractScope(contract)} AND created < "${next}" ORDER BY key ASC`;
}

/** The contract version in force at the month's end, whose fields the month's reading reads. */
export function monthVersion(
  contract: CompiledContract,
  month: string,
): Result<CompiledVersion['version']> {
  // UTC is close enough here: the report itself places the month in the contract's zone.
  const version = versionAt(
    contract,
    Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1) - 1,
  );
  return version === undefined
    ? fail(
        'REPORT.NO_VERSION',
        `Aucune version du contrat « ${contract.contract.id} » n'est en vigueur en ${month} : ajoutez une version dont la date d'effet précède la fin du mois.`,
      )
    : succeed(version.version);
}

/**
 * Publishes a contract's month: reads its issues from Jira, assembles the report, renders the
 * storage pages and publishes them in Confluence — one page per contract and month, found by its
 * content property, updated only when it changed (a second run with nothing new writes nothing).
 */
export async function publishMonth(
  ports: PublishPorts,
  request: PublishRequest,
): Promise<Result<MonthPublication>> {
  const progress = ports.progress ?? (() => undefined);
  const { contract, month } = request;
  const version = monthVersion(contract, month);
  if (!version.ok) return version;
  progress(`${contract.contract.label} : lecture des tickets dans Jira…`);
  const read = await readHistories(ports.jira, version.value, contractJql(contract, month), {
    progress,
  });
  if (!read.ok) return read;
  return publishHistories(ports, request, read.value);
}

/**
 * The second half of `publishMonth`, from histories already read (a queue job reads them slice
 * by slice): the report, its pages rendered one at a time, each published where it belongs.
 */
export async function publishHistories(
  ports: PublishPorts,
  request: PublishRequest,
  read: { readonly histories: readonly IssueHistory[]; readonly problems: readonly JiraProblem[] },
): Promise<Result<MonthPublication>> {
  const progress = ports.progress ?? (() => undefined);
  const { contract, month } = request;
  progress(`${String(read.histories.length)} ticket(s) lus ; calcul du rapport de ${month}…`);
  const report = assembleReportParts(contract, read.histories, month, {
    generatedAt: ports.now(),
    ...(request.adjustments === undefined ? {} : { adjustments: request.adjustments }),
  });
  if (!report.ok) return report;
  // Page by page: only the page being published is ever rendered in memory.
  const plan = planStorage(report.value.head, report.value.details);
  const pages: (Publication & { title: string })[] = [];
  let parentId = request.parentId;
  for (const [index, title] of plan.titles.entries()) {
    progress(`Publication de « ${title} » (${String(index + 1)}/${String(plan.titles.length)})…`);
    const page = plan.page(index);
    const published = await publishPage(ports.confluence, {
      spaceKey: request.spaceKey,
      title: page.title,
      body: page.body,
      parentId,
      knownId: request.knownIds?.[page.title],
      property: {
        key: 'jalon-rapport',
        value: { contract: contract.contract.id, month, part: String(index) },
      },
    });
    if (!published.ok) return published;
    pages.push({ ...published.value, title: page.title });
    if (index === 0) parentId = published.value.id;
  }
  return succeed({
    report: report.value.head,
    pages,
    problems: read.problems.map((p) => ({ key: p.key, message: p.message })),
  });
}
