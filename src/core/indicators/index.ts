export type {
  Comparator,
  IndicatorResult,
  IndicatorUnit,
  Threshold,
  Verdict,
} from './indicator-result';
export { evaluateIndicators, indicatorsFromFacts } from './evaluate-indicators';
export type { ManualValues } from './evaluate-indicators';
export { issueFacts, monthPeriod } from './issue-facts';
export type { IssueFacts, MonthPeriod } from './issue-facts';
export { percent, rateVerdict, valueVerdict } from './verdict';
