export type { IssueHistory, IssueLink, HistoryEvent, FieldChange } from './issue-history';
export type {
  ClockResult,
  ClockMeasure,
  ClockError,
  ClockSegment,
  ClockSegmentKind,
  ClockState,
  ClockMode,
} from './clock-result';
export { isClockError } from './clock-result';
export {
  adjustmentSchema,
  adjustmentsByIssue,
  describeAdjustment,
  NO_ADJUSTMENTS,
} from './adjustments';
export type { AdjustmentsByIssue } from './adjustments';
export type { Adjustment } from './adjustments';
export { buildTimeline, resolveFieldId } from './timeline';
export type { Timeline, TimelineEntry } from './timeline';
export { evaluateClock } from './evaluate-clock';
export type { EvaluationOptions } from './evaluate-clock';
export { evaluateIssue, versionAt, categoryOf } from './evaluate-issue';
export type { IssueEvaluation } from './evaluate-issue';
