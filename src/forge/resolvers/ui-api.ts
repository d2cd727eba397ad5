/**
 * What each resolver key takes and answers, for the Custom UI pages' one typed client
 * (`static/shared/resolver-client.ts`), which imports this file for its types only. It imports
 * only pure types (core and render), so the browser build never sees a Node module;
 * `test/forge/ui-api.test.ts` checks it against the resolvers' own schemas.
 */
import type { Adjustment, ClockResult, IssueEvaluation } from '../../core/clocks';
import type { JalonFieldValues } from '../../core/clocks/field-values';
import type { OrdersEvaluation } from '../../core/orders';
import type { Issue } from '../../core/result';
import type { ClockView } from '../../render/ui/clock-view';
import type { IndicatorsView, OrdersView } from '../../render/ui/order-view';
import type { ResolverKey } from './keys';

export type { ClockView, IndicatorsView, OrdersView };
export type { Issue };

/** An expected failure, as every resolver answers one: French `message`, located `issues`. */
export interface ResolverFailure {
  readonly ok: false;
  readonly code: string;
  readonly message: string;
  readonly issues?: readonly Issue[];
}

export type ResolverAnswer<T> = { readonly ok: true; readonly value: T } | ResolverFailure;

export interface ContractRef {
  readonly id: string;
  readonly label: string;
}

export type ClockPanel =
  | { readonly issueKey: string; readonly contract: null; readonly clocks: readonly [] }
  | (IssueEvaluation & {
      readonly issueKey: string;
      readonly contract: ContractRef;
      readonly evaluatedAt: string;
      readonly clocks: readonly ClockResult[];
      readonly fields: JalonFieldValues;
      readonly views: readonly ClockView[];
    });

export interface AdjustmentList {
  readonly issueKey: string;
  readonly canAdjust: boolean;
  readonly adjustments: readonly (Adjustment & { readonly text: string })[];
}

export interface RevisionMeta {
  readonly revision: number;
  readonly contractId: string;
  readonly savedAt: string;
  readonly savedBy: string;
  readonly reason: string;
}

export interface ContractIndexEntry {
  readonly id: string;
  readonly label: string;
  readonly projects: readonly string[] | null;
  readonly issueTypes: readonly string[];
  readonly revision: number;
}

export interface ChangesPreview {
  readonly jql: string;
  readonly evaluated: number;
  readonly changedIssues: number;
  readonly changes: readonly {
    readonly key: string;
    readonly field: string;
    readonly from: string | null;
    readonly to: string | null;
  }[];
  readonly truncated: boolean;
  readonly problems: readonly { readonly key: string; readonly message: string }[];
  readonly summary: string;
}

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actor: {
    readonly accountId: string | null;
    readonly kind: 'user' | 'app' | 'automation' | 'web-trigger';
  };
  readonly action: 'configuration' | 'ajustement' | 'recalcul' | 'publication' | 'export';
  readonly subject: string;
  readonly summary: string;
  readonly why: string;
}

export interface PublishedMonth {
  readonly contractId: string;
  readonly month: string;
  readonly spaceKey: string;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
  readonly pages: readonly {
    readonly id: string;
    readonly title: string;
    readonly action: 'created' | 'updated' | 'unchanged';
    readonly version: number;
  }[];
  readonly verdict: { readonly headline: string };
}

export interface JobState {
  readonly id: string;
  readonly status: 'queued' | 'running' | 'done' | 'failed';
  readonly requestedAt: string;
  readonly updatedAt: string;
  readonly outcome: string | null;
}

export interface ProjectOrders {
  readonly projectKey: string;
  readonly contract: ContractRef | null;
  readonly evaluation: OrdersEvaluation | null;
  readonly view?: OrdersView;
  readonly problems?: readonly { readonly key: string; readonly message: string }[];
}

export interface ProjectIndicators {
  readonly projectKey: string;
  readonly contract: ContractRef | null;
  readonly view: IndicatorsView | null;
}

type AdjustKind = 'extension' | 'waiver';

/** Each key's payload (what the page sends) and value (what a success carries). */
export interface ResolverApi {
  'clocks/get': { payload: { issueKey?: string }; value: ClockPanel };
  'clocks/adjustments': { payload: { issueKey?: string }; value: AdjustmentList };
  'clocks/adjust': {
    payload: {
      issueKey?: string;
      clock: string;
      kind: AdjustKind;
      minutes?: number;
      workingDays?: number;
      reason: string;
    };
    /** `fieldsWritten`: Jalon's Jira fields changed with the decision (false if Jira was unreachable). */
    value: { adjustment: Adjustment; count: number; fieldsWritten: boolean };
  };
  'contract/list': { payload: Record<string, never>; value: readonly ContractIndexEntry[] };
  'contract/get': {
    payload: { contractId: string; revision?: number };
    value: RevisionMeta & { readonly contract: unknown };
  };
  'contract/save': { payload: { contract: unknown; reason: string }; value: RevisionMeta };
  'contract/versions': { payload: { contractId: string }; value: readonly RevisionMeta[] };
  'contract/preview': { payload: { contract: unknown; jql?: string }; value: ChangesPreview };
  'contract/apply': {
    payload: { contract: unknown; reason: string };
    value: { revision: RevisionMeta; jobId: string };
  };
  'audit/list': {
    payload: { cursor?: string; limit?: number };
    value: { entries: readonly AuditEntry[]; nextCursor: string | null };
  };
  'report/list': { payload: { contractId: string }; value: readonly PublishedMonth[] };
  'report/publish': {
    payload: { contractId: string; month: string; spaceKey: string; reason?: string };
    value: { jobId: string };
  };
  'orders/list': { payload: { projectKey?: string; since?: string }; value: ProjectOrders };
  'indicators/month': {
    payload: { projectKey?: string; month?: string };
    value: ProjectIndicators;
  };
  'recompute/preview': { payload: { contractId: string; jql?: string }; value: ChangesPreview };
  'jobs/get': { payload: { jobId: string }; value: JobState };
  'export/all': {
    payload: { reason?: string };
    /** File name → JSON or CSV text. */
    value: { files: Readonly<Record<string, string>> };
  };
}

/** The keys of `keys.ts` without an entry here: `test/forge/ui-api.test.ts` wants none. */
export type MissingApiKeys = Exclude<ResolverKey, keyof ResolverApi>;
