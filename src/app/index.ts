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
