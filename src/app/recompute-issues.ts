import { evaluateIssue, versionAt, type Adjustment, type IssueHistory } from '../core/clocks';
import { jalonFieldValues, type JalonFieldValues } from '../core/clocks/field-values';
import type { CompiledContract } from '../core/contract';
import type { BusinessCalendar } from '../core/time';
import { fail, succeed, type Result } from '../core/result';
import type { AppFieldUpdate } from '../jira/jira-requests';
import { siteFieldIds, writeAppFieldValues, type JiraHttp } from '../jira/jira-rest';
import { readHistories } from './read-histories';

/** The display names of Jalon's own fields in Jira (the manifest's `jira:customField` names). */
export const JALON_FIELD_NAMES = {
  state: 'Jalon – état des délais',
  nextDue: 'Jalon – prochaine échéance',
  remainingHours: 'Jalon – temps restant (h ouvrées)',
  clocks: 'Jalon – délais',
} as const;
type JalonField = keyof typeof JALON_FIELD_NAMES;

export interface RecomputePorts {
  readonly jira: JiraHttp;
  readonly now: () => number;
  readonly progress?: (message: string) => void;
}

/** One issue as recomputed: the values Jalon computed and the fields that differ in Jira. */
export interface IssueRecomputation {
  readonly key: string;
  readonly id: string;
  readonly values: JalonFieldValues;
  /** Jalon's fields whose value in Jira differs from the computed one, by display name. */
  readonly changes: readonly {
    readonly field: string;
    readonly from: string | null;
    readonly to: string | null;
  }[];
}

export interface RecomputeOptions {
  /** Computes and reports what would change, writes nothing (the admin page's preview). */
  readonly dryRun?: boolean;
  /** Called with each issue evaluated, for callers that need more than the summary. */
  readonly onIssue?: (issue: IssueRecomputation) => void;
  /** The manual adjustments (extensions, waivers) by issue key: they count in the fields too. */
  readonly adjustments?: ReadonlyMap<string, readonly Adjustment[]>;
}

export interface Recomputation {
  readonly evaluated: number;
  /** Issues whose fields changed and were written (or would be, in a dry run). */
  readonly changed: readonly string[];
  /** Bulk write calls made. */
  readonly writes: number;
  readonly problems: readonly { readonly key: string; readonly message: string }[];
}

/** The value as Jira will give it back: what to compare with the issue's current field. */
function shown(field: JalonField, values: JalonFieldValues): string | null {
  if (field === 'clocks') return JSON.stringify(values.clocks);
  const value = values[field];
  return value === null ? null : String(value);
}

const UPDATES_PER_CALL = 200;

/**
 * Recomputes the clocks of the issues a JQL query selects at `now()` and writes Jalon's fields
 * only where a value changed, grouped into bulk calls: a second run with nothing new writes
 * nothing. Issues Jira could not give whole are reported and left untouched.
 */
export async function recomputeIssues(
  ports: RecomputePorts,
  contract: CompiledContract,
  jql: string,
  options: RecomputeOptions = {},
): Promise<Result<Recomputation>> {
  const at = ports.now();
  const version = versionAt(contract, at);
  if (version === undefined)
    return fail(
      'CONTRACT.NO_VERSION',
      `Aucune version du contrat « ${contract.contract.id} » n'est en vigueur aujourd'hui : ajoutez une version dont la date d'effet est passée.`,
    );
  const ids = await siteFieldIds(ports.jira);
  if (!ids.ok) return ids;
  const fieldIds = Object.fromEntries(
    Object.entries(JALON_FIELD_NAMES).map(([field, name]) => [field, ids.value.get(name)]),
  ) as Record<JalonField, string | undefined>;
  const missing = Object.entries(fieldIds).filter(([, id]) => id === undefined);
  if (missing.length > 0)
    return fail(
      'JALON.FIELDS_MISSING',
      `Champs Jalon absents du site : ${missing.map(([f]) => JALON_FIELD_NAMES[f as JalonField]).join(', ')} ; installez l'application (manifeste) ou créez-les.`,
    );
  const read = await readHistories(ports.jira, version.version, jql, {
    fieldIds: ids.value,
    extraFields: Object.values(JALON_FIELD_NAMES),
    ...(ports.progress === undefined ? {} : { progress: ports.progress }),
  });
  if (!read.ok) return read;
  const groups = new Map<
    string,
    { customField: string; issueIds: number[]; value: AppFieldUpdate['value'] }
  >();
  const changed = new Set<string>();
  for (const history of read.value.histories) {
    const values = valuesOf(contract, history, at, options.adjustments?.get(history.key) ?? []);
    if (values === undefined || history.id === undefined) continue;
    const changes: IssueRecomputation['changes'][number][] = [];
    for (const field of Object.keys(JALON_FIELD_NAMES) as JalonField[]) {
      const id = fieldIds[field] ?? '';
      const next = shown(field, values);
      const current = history.fields[id] ?? null;
      if (current === next) continue;
      changes.push({ field: JALON_FIELD_NAMES[field], from: current, to: next });
      const value = field === 'clocks' ? values.clocks : values[field];
      const group = `${id}\u0000${JSON.stringify(value)}`;
      const known = groups.get(group) ?? { customField: id, issueIds: [] as number[], value };
      known.issueIds.push(Number(history.id));
      groups.set(group, known);
      changed.add(history.key);
    }
    options.onIssue?.({ key: history.key, id: history.id, values, changes });
  }
  const updates = [...groups.values()].map(({ customField, issueIds, value }) => ({
    customField,
    issueIds,
    value,
  }));
  let writes = 0;
  const toWrite = options.dryRun === true ? 0 : updates.length;
  for (let start = 0; start < toWrite; start += UPDATES_PER_CALL) {
    const written = await writeAppFieldValues(
      ports.jira,
      updates.slice(start, start + UPDATES_PER_CALL),
    );
    if (!written.ok) return written;
    writes += 1;
  }
  ports.progress?.(
    `${String(read.value.histories.length)} ticket(s) recalculé(s), ${String(changed.size)} modifié(s), ${String(writes)} écriture(s).`,
  );
  return succeed({
    evaluated: read.value.histories.length,
    changed: [...changed],
    writes,
    problems: read.value.problems.map((p) => ({ key: p.key, message: p.message })),
  });
}

function valuesOf(
  contract: CompiledContract,
  history: IssueHistory,
  at: number,
  adjustments: readonly Adjustment[],
): JalonFieldValues | undefined {
  const evaluation = evaluateIssue(contract, history, at, adjustments, { segments: false });
  if (!evaluation.ok || evaluation.value.category === null) return undefined;
  const calendars = versionAt(contract, at)?.calendars ?? new Map<string, BusinessCalendar>();
  return jalonFieldValues(evaluation.value.clocks, { at, calendars });
}
