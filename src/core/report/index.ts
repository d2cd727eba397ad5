export { assembleReport, assembleReportParts } from './assemble-report';
export type { ReportOptions } from './assemble-report';
export type * from './report-model';
