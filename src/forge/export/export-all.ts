import { z } from 'zod';
import { contractJql, JALON_FIELD_NAMES } from '../../app';
import { succeed, type Result } from '../../core/result';
import { searchAllPages, siteFieldIds, type JiraHttp } from '../../jira/jira-rest';
import { csvTable, inertCell } from '../../render/csv';
import type { KeyValueStore } from '../runtime';
import { allAudit, type AuditEntry } from '../store/audit';
import {
  contractIndex,
  contractRevisions,
  loadContract,
  type ContractRevision,
} from '../store/contracts';
import { listPublications, type PublishedMonth } from '../store/reports';

/**
 * Everything the administration owns in Jalon, in open formats (reversibility is a contract
 * requirement): every contract revision, the whole audit log, the published months, and the
 * values Jalon wrote on each issue, read back from Jira — as one JSON document, plus CSV files
 * (French spreadsheets: `;`, CRLF) of the audit log and the values.
 */

export interface ExportedValue {
  readonly contractId: string;
  readonly issueKey: string;
  readonly issueId: string;
  readonly state: unknown;
  readonly nextDue: unknown;
  readonly remainingHours: unknown;
  readonly clocks: unknown;
}

export interface JalonExport {
  readonly format: 'jalon-export';
  readonly formatVersion: 1;
  readonly exportedAt: string;
  readonly configuration: {
    readonly contracts: readonly {
      readonly id: string;
      readonly label: string;
      readonly revisions: readonly ContractRevision[];
    }[];
  };
  readonly audit: readonly (AuditEntry & { readonly id: string })[];
  readonly reports: readonly PublishedMonth[];
  readonly values: readonly ExportedValue[];
}

export const EXPORT_FILES = {
  json: 'jalon-export.json',
  audit: 'journal-audit.csv',
  values: 'valeurs-jalon.csv',
} as const;

const pageSchema = z.looseObject({
  issues: z.array(
    z.looseObject({
      id: z.string(),
      key: z.string(),
      fields: z.record(z.string(), z.unknown()).default({}),
    }),
  ),
});

/** Jalon's fields of a contract's issues, as Jira holds them. */
async function readValues(
  jira: JiraHttp,
  contractId: string,
  jql: string,
  ids: ReadonlyMap<string, string>,
): Promise<Result<ExportedValue[]>> {
  const idOf = (name: string): string => ids.get(name) ?? name;
  const values: ExportedValue[] = [];
  const searched = await searchAllPages(
    jira,
    { jql, fields: Object.values(JALON_FIELD_NAMES).map(idOf) },
    (page) => {
      for (const issue of pageSchema.safeParse(page).data?.issues ?? []) {
        const field = (name: string): unknown => issue.fields[idOf(name)] ?? null;
        values.push({
          contractId,
          issueKey: issue.key,
          issueId: issue.id,
          state: field(JALON_FIELD_NAMES.state),
          nextDue: field(JALON_FIELD_NAMES.nextDue),
          remainingHours: field(JALON_FIELD_NAMES.remainingHours),
          clocks: field(JALON_FIELD_NAMES.clocks),
        });
      }
    },
  );
  return searched.ok ? succeed(values) : searched;
}

const text = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

function auditCsv(entries: JalonExport['audit']): string {
  const header = ['Date', 'Compte', 'Type de compte', 'Action', 'Objet', 'Résumé', 'Motif'];
  return csvTable([
    header,
    ...entries.map((e) => [
      e.at,
      e.actor.accountId ?? '',
      e.actor.kind,
      e.action,
      inertCell(e.subject),
      inertCell(e.summary),
      inertCell(e.why),
    ]),
  ]);
}

function valuesCsv(values: readonly ExportedValue[]): string {
  const header = ['Contrat', 'Ticket', ...Object.values(JALON_FIELD_NAMES)];
  return csvTable([
    header,
    ...values.map((v) => [
      v.contractId,
      v.issueKey,
      inertCell(text(v.state)),
      text(v.nextDue),
      text(v.remainingHours),
      inertCell(text(v.clocks)),
    ]),
  ]);
}

/** The export, and its files by name (JSON and CSV text). */
export async function exportAll(
  store: KeyValueStore,
  jira: JiraHttp,
  now: number,
): Promise<
  Result<{ readonly data: JalonExport; readonly files: Readonly<Record<string, string>> }>
> {
  const index = await contractIndex(store);
  if (!index.ok) return index;
  const ids = await siteFieldIds(jira);
  if (!ids.ok) return ids;
  const contracts: JalonExport['configuration']['contracts'][number][] = [];
  const reports: PublishedMonth[] = [];
  const values: ExportedValue[] = [];
  const month = new Date(now).toISOString().slice(0, 7);
  for (const entry of index.value) {
    const revisions = await contractRevisions(store, entry.id);
    if (!revisions.ok) return revisions;
    contracts.push({ id: entry.id, label: entry.label, revisions: revisions.value });
    const published = await listPublications(store, entry.id);
    if (!published.ok) return published;
    reports.push(...published.value);
    const current = await loadContract(store, entry.id);
    if (!current.ok) return current;
    if (current.value === null) continue;
    const read = await readValues(
      jira,
      entry.id,
      contractJql(current.value.compiled, month),
      ids.value,
    );
    if (!read.ok) return read;
    values.push(...read.value);
  }
  const audit = await allAudit(store);
  if (!audit.ok) return audit;
  const data: JalonExport = {
    format: 'jalon-export',
    formatVersion: 1,
    exportedAt: new Date(now).toISOString(),
    configuration: { contracts },
    audit: audit.value,
    reports,
    values,
  };
  return succeed({
    data,
    files: {
      [EXPORT_FILES.json]: `${JSON.stringify(data, null, 2)}\n`,
      [EXPORT_FILES.audit]: auditCsv(audit.value),
      [EXPORT_FILES.values]: valuesCsv(values),
    },
  });
}
