export { assembleReport, assembleReportParts } from './assemble-report';
export { dailyPlan } from './schedule';
export type { DailyAction } from './schedule';
export type { ReportOptions } from './assemble-report';
export type * from './report-model';
