export { formatInstant, normaliseJiraDate, parseJiraTimestamp } from './jira-time';
export { changeValue, displayText, displayValue } from './display-value';
export * from './search-schemas';
export {
  JIRA_CODES,
  NO_AUTHOR,
  fieldIdOf,
  readSearchPages,
  toIssueHistory,
} from './to-issue-history';
export type { JiraProblem, SearchReading } from './to-issue-history';
