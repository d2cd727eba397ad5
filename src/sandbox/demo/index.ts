import { isIsoDate } from '../../core/time';
import type { SandboxIssue, SandboxSpace, SandboxState } from '../state';
import { atihOrders } from './atih-orders';
import { atihAnomalies, atihMaintenance } from './atih-tickets';
import { buildIssue } from './build-issue';
import type { DemoContext } from './context';
import { dematAnomalies } from './demat-anomalies';
import { dematIncidents } from './demat-incidents';
import { dematAssistance, dematDocumentation } from './demat-requests';
import type { IssueDraft } from './draft';
import { DEMO_FIELDS } from './fields';
import { demoCalendars } from './goals';
import { DEMO_ISSUE_TYPES, DEMO_PROJECTS, DEMO_STATUSES } from './jira-json';
import { periodOf } from './timing';

export { CUSTOM_FIELDS, DEMO_FIELDS } from './fields';
export { DEMO_CONTRACTS, demoContract } from './contracts';

/**
 * Seeded demo data for the local sandbox: the DEMAT'ADS and ATIH contracts' Jira projects over a
 * period, shaped as Jira sends them, built only from the statuses, fields and values the presets
 * `demat-ads` and `atih-2025` know. Same options, same JSON: no clock read, no process zone.
 */
export interface DemoOptions {
  readonly seed: number;
  /** First day of the period, `YYYY-MM-DD` (Europe/Paris). */
  readonly from: string;
  /** Length of the period in calendar months. */
  readonly months: number;
  /** Multiplies every count (default 1); generation is linear in it. */
  readonly scale?: number;
}

/** Issues created per month at scale 1, by contract and category. */
export const DEMO_RATES = {
  'demat-ads': { anomaly: 100, incident: 20, 'documentation-anomaly': 8, assistance: 15 },
  'atih-2025': { order: 8, 'envelope-order': 2 / 3, maintenance: 10, anomaly: 15 },
} as const;

type Counts = {
  readonly [C in keyof typeof DEMO_RATES]: Record<keyof (typeof DEMO_RATES)[C], number>;
};

/** How many issues of each category `demoState(options)` generates. */
export function demoCounts(options: DemoOptions): Counts {
  const factor = options.months * (options.scale ?? 1);
  const count = (rate: number, least = 0) => Math.max(least, Math.round(rate * factor));
  const demat = DEMO_RATES['demat-ads'];
  const atih = DEMO_RATES['atih-2025'];
  return {
    'demat-ads': {
      anomaly: count(demat.anomaly),
      incident: count(demat.incident),
      'documentation-anomaly': count(demat['documentation-anomaly']),
      assistance: count(demat.assistance),
    },
    'atih-2025': {
      order: count(atih.order),
      'envelope-order': count(atih['envelope-order'], 1),
      maintenance: count(atih.maintenance),
      anomaly: count(atih.anomaly),
    },
  };
}

function checkOptions(options: DemoOptions): void {
  const { seed, from, months, scale = 1 } = options;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed ${String(seed)}: an integer`);
  if (!isIsoDate(from)) throw new RangeError(`from « ${from} »: a date YYYY-MM-DD`);
  if (!Number.isInteger(months) || months < 1 || months > 36)
    throw new RangeError(`months ${String(months)}: an integer from 1 to 36`);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10_000)
    throw new RangeError(`scale ${String(scale)}: a positive number`);
}

const SPACES: readonly SandboxSpace[] = [
  { id: '65537', key: 'DEMAT', name: "DEMAT'ADS — pilotage du marché" },
  { id: '65538', key: 'ATIH', name: 'ATIH — restitution de données' },
];

const FIRST_ISSUE_ID = 10001;
const FIRST_HISTORY_ID = 100001;

/** Keys per project and ids in creation order (ties: generation order), as Jira hands them out. */
function numbered(drafts: readonly IssueDraft[], end: number) {
  const order = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => a.draft.created - b.draft.created || a.index - b.index);
  const perProject = new Map<string, number>();
  let history = FIRST_HISTORY_ID;
  const issues: SandboxIssue[] = order.map(({ draft }, i) => {
    const number = (perProject.get(draft.project) ?? 0) + 1;
    perProject.set(draft.project, number);
    const ids = {
      id: String(FIRST_ISSUE_ID + i),
      key: `${draft.project}-${String(number)}`,
      firstHistory: history,
    };
    const issue = buildIssue(draft, ids, end);
    history += issue.histories.length;
    return issue;
  });
  return { issues, nextHistory: history };
}

export function demoState(options: DemoOptions): SandboxState {
  checkOptions(options);
  const scale = options.scale ?? 1;
  const period = periodOf(options.from, options.months);
  const context: DemoContext = { seed: options.seed, period, calendars: demoCalendars() };
  const counts = demoCounts(options);
  const demat = counts['demat-ads'];
  const atih = counts['atih-2025'];
  const drafts = [
    ...dematAnomalies(context, demat.anomaly),
    ...dematIncidents(context, demat.incident, scale),
    ...dematDocumentation(context, demat['documentation-anomaly']),
    ...dematAssistance(context, demat.assistance),
    ...atihOrders(context, atih.order, atih['envelope-order']),
    ...atihMaintenance(context, atih.maintenance),
    ...atihAnomalies(context, atih.anomaly),
  ].filter((draft) => draft.created < period.end);
  const { issues, nextHistory } = numbered(drafts, period.end);
  return {
    fields: DEMO_FIELDS,
    statuses: DEMO_STATUSES,
    projects: DEMO_PROJECTS,
    issueTypes: DEMO_ISSUE_TYPES,
    issues,
    spaces: SPACES,
    pages: [],
    next: { issue: FIRST_ISSUE_ID + issues.length, history: nextHistory, page: 1 },
  };
}
