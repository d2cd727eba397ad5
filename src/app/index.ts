export { contractJql, monthVersion, publishHistories, publishMonth } from './publish-month';
export type { MonthPublication, PublishPorts, PublishRequest } from './publish-month';
export { historyQuery, readHistories, readHistorySlice } from './read-histories';
export type { HistoryQuery, HistorySlice } from './read-histories';
export { JALON_FIELD_NAMES, recomputeIssues } from './recompute-issues';
export type {
  IssueRecomputation,
  Recomputation,
  RecomputeOptions,
  RecomputePorts,
} from './recompute-issues';
export { DELAY_PROPERTY, delayProperty, syncDelayProperty } from './delay-property';
export type { DelayProperty } from './delay-property';
export { recomputeIssue, recomputeScope } from './recompute-scope';
export type { IssueOutcome, ScopeOutcome } from './recompute-scope';
export { refreshJql, refreshRunningClocks } from './refresh-running-clocks';
