import { z } from 'zod';
import type { MonthlyReport } from '../src/core/report/report-model';
import {
  CONFLUENCE_MAX_BODY_BYTES,
  renderCsv,
  renderHtml,
  renderStorage,
  utf8Length,
  type StorageDocument,
} from '../src/render';
import { syntheticReport } from '../test/support/report-fixtures';
import { median, msOf } from './support/timing';

const SEED = 0x52455054;
export const DEFAULT_REPORT_ISSUES = 10_000;
/** Timed renders; the median is reported. */
const RUNS = 5;
const WARM_UP_ISSUES = 1_000;

export interface ReportTargetCheck {
  readonly name: string;
  readonly target: string;
  readonly value: number;
  readonly pass: boolean;
}

export interface ReportBenchReport {
  readonly benchmark: 'report';
  readonly node: string;
  readonly seed: number;
  readonly issues: number;
  readonly clocksPerIssue: number;
  readonly explanationLinesPerClock: number;
  readonly runs: number;
  /** `renderStorage`, median over the runs, main page and detail pages. */
  readonly renderMs: number;
  readonly htmlMs: number;
  readonly csvMs: number;
  /** UTF-8 bytes of all the storage pages together. */
  readonly storageBytes: number;
  readonly pages: number;
  readonly mainPageBytes: number;
  readonly largestPageBytes: number;
  readonly htmlBytes: number;
  readonly csvBytes: number;
  readonly targets: readonly ReportTargetCheck[];
  readonly allTargetsMet: boolean;
}

const optionsSchema = z.strictObject({
  '--issues': z.coerce.number().int().min(1).max(1_000_000).default(DEFAULT_REPORT_ISSUES),
});

/** The benchmark's options from the command line (`--issues N`), or why they are wrong. */
export function parseReportOptions(
  raw: Readonly<Record<string, string>>,
): { readonly issues: number } | { readonly problem: string } {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success)
    return {
      problem: '--issues : un nombre entier de 1 à 1 000 000 / an integer from 1 to 1,000,000',
    };
  return { issues: parsed.data['--issues'] };
}

/** Median time of `RUNS` calls of `render`, and the last result. */
function timed<T>(render: () => T): { ms: number; result: T } {
  let result: T | undefined;
  const times = Array.from({ length: RUNS }, () =>
    msOf(() => {
      result = render();
    }),
  );
  if (result === undefined) throw new Error('nothing rendered');
  return { ms: median(times), result };
}

function checkTargets(storage: StorageDocument, renderMs: number): ReportTargetCheck[] {
  const largest = Math.max(...storage.pages.map((page) => utf8Length(page.body)));
  return [
    { name: 'renderMs', target: '< 2000', value: renderMs, pass: renderMs < 2_000 },
    {
      name: 'largestPageBytes',
      target: '<= 5000000',
      value: largest,
      pass: largest <= CONFLUENCE_MAX_BODY_BYTES,
    },
  ];
}

export function runReportBench(options: { readonly issues: number }): ReportBenchReport {
  const warmUp = syntheticReport({ issues: WARM_UP_ISSUES, seed: SEED + 1 });
  renderStorage(warmUp);
  renderHtml(warmUp);
  renderCsv(warmUp);
  const report: MonthlyReport = syntheticReport({ issues: options.issues, seed: SEED });
  const storage = timed(() => renderStorage(report));
  const html = timed(() => renderHtml(report));
  const csv = timed(() => renderCsv(report));
  const sizes = storage.result.pages.map((page) => utf8Length(page.body));
  const targets = checkTargets(storage.result, storage.ms);
  return {
    benchmark: 'report',
    node: process.version,
    seed: SEED,
    issues: report.issues.length,
    clocksPerIssue: 2,
    explanationLinesPerClock: 5,
    runs: RUNS,
    renderMs: storage.ms,
    htmlMs: html.ms,
    csvMs: csv.ms,
    storageBytes: sizes.reduce((sum, n) => sum + n, 0),
    pages: sizes.length,
    mainPageBytes: sizes[0] ?? 0,
    largestPageBytes: Math.max(...sizes),
    htmlBytes: utf8Length(html.result),
    csvBytes: Object.values(csv.result).reduce((sum, text) => sum + utf8Length(text), 0),
    targets,
    allTargetsMet: targets.every((t) => t.pass),
  };
}

function show(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 2 : 1 });
}

const ROWS: readonly [keyof ReportBenchReport, string][] = [
  ['renderMs', 'storage render, ms (median)'],
  ['htmlMs', 'HTML preview render, ms'],
  ['csvMs', 'CSV render, ms'],
  ['storageBytes', 'storage bytes, all pages'],
  ['pages', 'pages (main + detail)'],
  ['mainPageBytes', 'main page bytes'],
  ['largestPageBytes', 'largest page bytes'],
  ['htmlBytes', 'HTML preview bytes'],
  ['csvBytes', 'CSV bytes, all files'],
];

/** The missed-target note, or null when every target is met. */
export function missedReportTargets(report: ReportBenchReport): string | null {
  const missed = report.targets.filter((t) => !t.pass);
  if (missed.length === 0) return null;
  const list = missed.map((t) => `${t.name} = ${show(t.value)} (target ${t.target})`).join('; ');
  return `!! OBJECTIF MANQUÉ / TARGET MISSED: ${list}`;
}

/** The report as a readable table, with every missed target spelled out. */
export function formatReportBench(report: ReportBenchReport): string {
  const width = Math.max(...ROWS.map(([, label]) => label.length));
  const lines = [
    `Jalon report benchmark — node ${report.node}, seed 0x${report.seed.toString(16)}`,
    `${show(report.issues)} synthetic demat-ads issues, ${String(report.clocksPerIssue)} clocks each, ${String(report.explanationLinesPerClock)} explanation lines per clock, median of ${String(report.runs)} renders`,
    '',
    ...ROWS.map(
      ([key, label]) => `${label.padEnd(width)}  ${show(Number(report[key])).padStart(12)}`,
    ),
    '',
    'Targets / objectifs:',
    ...report.targets.map(
      (t) =>
        `  ${t.pass ? 'PASS' : 'MISS'}  ${t.name.padEnd(18)} ${t.target.padEnd(12)} ${show(t.value)}`,
    ),
  ];
  const missed = missedReportTargets(report);
  if (missed !== null) lines.push('', missed);
  return lines.join('\n');
}
