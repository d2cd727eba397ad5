import { z } from 'zod';
import { evaluateIssue, isClockError, type IssueHistory } from '../src/core/clocks';
import { compileContract, type CompiledContract } from '../src/core/contract';
import { contractPreset } from '../src/core/contract/presets';
import { syntheticIssues } from './support/synthetic-issues';

const SEED = 0x434c4f43;
const CONTRACT = 'demat-ads';
export const DEFAULT_ISSUES = 100_000;
const HISTORY_LENGTH = 30;
/** Issues generated, evaluated and dropped together; RSS is sampled after each batch. */
const BATCH = 1_000;
const WARM_UP = 5_000;
const MB = 1024 * 1024;
/**
 * Each issue is evaluated one day after its last history entry: open clocks have run for about a
 * day since the last change, as in a refresh. (A single far "now" for all would make every open
 * clock run for months, which real trackers do not have and which inflates the segments.)
 */
const AFTER_LAST_ENTRY = 24 * 60 * 60_000;
/** The preset's own effective date: the synthetic issues (2025–2026) fall after it. */
const EFFECTIVE_FROM = contractPreset('demat-ads').versions[0]?.effectiveFrom ?? '';

export interface PassFigures {
  readonly issues: number;
  readonly clocks: number;
  /** Clocks that could not be computed, plus issues the contract could not evaluate. */
  readonly errors: number;
  readonly evaluationMs: number;
  readonly issuesPerSecond: number;
  readonly clocksPerSecond: number;
  /** RSS when the pass starts (modules loaded, contract compiled, warmed up). */
  readonly startRssMb: number;
  readonly peakRssMb: number;
  /** Peak RSS over the first quarter of the issues. */
  readonly quarterPeakRssMb: number;
}

export interface ClocksTargetCheck {
  readonly name: string;
  readonly target: string;
  readonly value: number;
  readonly pass: boolean;
}

export interface ClocksBenchReport {
  readonly benchmark: 'clocks';
  readonly node: string;
  readonly seed: number;
  readonly contract: string;
  readonly issues: number;
  readonly historyLength: number;
  readonly evaluatedAt: string;
  readonly effectiveFrom: string;
  /** `evaluateIssue(…, { segments: false })`, evaluation time only (generation excluded). */
  readonly issuesPerSecond: number;
  readonly clocksPerSecond: number;
  /** Highest RSS sampled over the whole run (both passes). */
  readonly peakRssMb: number;
  /** Peak RSS after a quarter of the issues vs after all of them, segments off. */
  readonly rssFlat: {
    readonly quarterIssues: number;
    readonly peakRssMbAtQuarter: number;
    readonly peakRssMbAtEnd: number;
    readonly growthMb: number;
  };
  readonly errors: number;
  readonly errorCodes: Readonly<Record<string, number>>;
  readonly withoutSegments: PassFigures;
  /** The same issues with the explanation segments computed. */
  readonly withSegments: PassFigures;
  readonly targets: readonly ClocksTargetCheck[];
  readonly allTargetsMet: boolean;
}

const optionsSchema = z.strictObject({
  '--issues': z.coerce.number().int().min(BATCH).max(10_000_000).default(DEFAULT_ISSUES),
});

/** The benchmark's options from the command line (`--issues N`), or why they are wrong. */
export function parseClocksOptions(
  raw: Readonly<Record<string, string>>,
): { readonly issues: number } | { readonly problem: string } {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success)
    return {
      problem:
        '--issues : un nombre entier de 1 000 à 10 000 000 / an integer from 1,000 to 10,000,000',
    };
  return { issues: parsed.data['--issues'] };
}

function demat(): CompiledContract {
  const compiled = compileContract(contractPreset(CONTRACT));
  if (!compiled.ok) throw new Error(`preset ${CONTRACT}: ${compiled.code} ${compiled.message}`);
  return compiled.value;
}

const rssMb = (): number => process.memoryUsage().rss / MB;

const evaluationInstant = (issue: IssueHistory): number =>
  (issue.events.at(-1)?.at ?? issue.created) + AFTER_LAST_ENTRY;

function nextBatch(stream: Iterator<IssueHistory>): IssueHistory[] {
  const batch: IssueHistory[] = [];
  for (let next = stream.next(); next.done !== true; next = stream.next()) {
    batch.push(next.value);
    if (batch.length === BATCH) break;
  }
  return batch;
}

/** Streams `count` issues through `evaluateIssue` by batches; times the evaluation only. */
function runPass(
  contract: CompiledContract,
  count: number,
  segments: boolean,
  errorCodes: Record<string, number>,
): PassFigures {
  const stream = syntheticIssues({ seed: SEED, count, historyLength: HISTORY_LENGTH });
  const quarter = Math.ceil(count / 4 / BATCH) * BATCH;
  const startRss = rssMb();
  let [done, clocks, errors, ns, peak, quarterPeak] = [0, 0, 0, 0n, startRss, 0];
  const countError = (code: string): void => {
    errors += 1;
    errorCodes[code] = (errorCodes[code] ?? 0) + 1;
  };
  for (let batch = nextBatch(stream); batch.length > 0; batch = nextBatch(stream)) {
    const start = process.hrtime.bigint();
    for (const issue of batch) {
      const evaluation = evaluateIssue(contract, issue, evaluationInstant(issue), [], {
        segments,
      });
      if (!evaluation.ok) {
        countError(evaluation.code);
        continue;
      }
      clocks += evaluation.value.clocks.length;
      for (const clock of evaluation.value.clocks)
        if (isClockError(clock)) countError(clock.error.code);
    }
    ns += process.hrtime.bigint() - start;
    done += batch.length;
    peak = Math.max(peak, rssMb());
    if (done === quarter) quarterPeak = peak;
  }
  const seconds = Number(ns) / 1e9;
  return {
    issues: done,
    clocks,
    errors,
    evaluationMs: seconds * 1000,
    issuesPerSecond: done / seconds,
    clocksPerSecond: clocks / seconds,
    startRssMb: startRss,
    peakRssMb: peak,
    quarterPeakRssMb: quarterPeak,
  };
}

/**
 * Runs the pass's own mode on other issues first, by batches like the pass: V8 decides where to
 * allocate (young or old generation) from how objects lived so far, so a warm-up that drops each
 * issue at once would teach it the wrong habit and slow the pass's garbage collection by a third.
 * Each mode is warmed just before its pass, as a bulk refresh (segments off) and an issue panel
 * (segments on) run in separate invocations.
 */
function warmUp(contract: CompiledContract, segments: boolean): void {
  const stream = syntheticIssues({ seed: SEED + 1, count: WARM_UP, historyLength: HISTORY_LENGTH });
  for (let batch = nextBatch(stream); batch.length > 0; batch = nextBatch(stream)) {
    for (const issue of batch) {
      evaluateIssue(contract, issue, evaluationInstant(issue), [], { segments });
    }
  }
}

export function checkClocksTargets(report: Omit<ClocksBenchReport, 'targets' | 'allTargetsMet'>) {
  const check = (name: string, target: string, value: number, pass: boolean) => ({
    name,
    target,
    value,
    pass,
  });
  return [
    check('issuesPerSecond', '>= 50000', report.issuesPerSecond, report.issuesPerSecond >= 50_000),
    check('peakRssMb', '< 300 MB', report.peakRssMb, report.peakRssMb < 300),
    check('rssFlat.growthMb', '< 20 MB', report.rssFlat.growthMb, report.rssFlat.growthMb < 20),
    check('errors', '= 0', report.errors, report.errors === 0),
  ];
}

export function runClocksBench(options: { readonly issues: number }): ClocksBenchReport {
  const contract = demat();
  const errorCodes: Record<string, number> = {};
  warmUp(contract, false);
  const off = runPass(contract, options.issues, false, errorCodes);
  warmUp(contract, true);
  const on = runPass(contract, options.issues, true, {});
  const figures = {
    benchmark: 'clocks' as const,
    node: process.version,
    seed: SEED,
    contract: CONTRACT,
    issues: off.issues,
    historyLength: HISTORY_LENGTH,
    evaluatedAt: 'one day after the last history entry of each issue',
    effectiveFrom: EFFECTIVE_FROM,
    issuesPerSecond: off.issuesPerSecond,
    clocksPerSecond: off.clocksPerSecond,
    peakRssMb: Math.max(off.peakRssMb, on.peakRssMb),
    rssFlat: {
      quarterIssues: Math.ceil(off.issues / 4 / BATCH) * BATCH,
      peakRssMbAtQuarter: off.quarterPeakRssMb,
      peakRssMbAtEnd: off.peakRssMb,
      growthMb: off.peakRssMb - off.quarterPeakRssMb,
    },
    errors: off.errors,
    errorCodes,
    withoutSegments: off,
    withSegments: on,
  };
  const targets = checkClocksTargets(figures);
  return { ...figures, targets, allTargetsMet: targets.every((target) => target.pass) };
}

function show(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 2 : 1 });
}

const ROWS: readonly [keyof PassFigures, string][] = [
  ['issues', 'issues'],
  ['clocks', 'clocks'],
  ['errors', 'errors'],
  ['evaluationMs', 'evaluation time, ms'],
  ['issuesPerSecond', 'issues per second'],
  ['clocksPerSecond', 'clocks per second'],
  ['startRssMb', 'RSS at start, MB'],
  ['peakRssMb', 'peak RSS, MB'],
  ['quarterPeakRssMb', 'peak RSS after 1/4 of the issues, MB'],
];

/** The report as a readable table, with every missed target spelled out. */
export function formatClocksReport(report: ClocksBenchReport): string {
  const width = Math.max(...ROWS.map(([, label]) => label.length));
  const cell = (text: string): string => text.padStart(16);
  const passes = [report.withoutSegments, report.withSegments];
  const lines = [
    `Jalon clocks benchmark — node ${report.node}, seed 0x${report.seed.toString(16)}`,
    `contract ${report.contract}, ${show(report.issues)} synthetic issues of ${String(report.historyLength)} history entries, evaluated ${report.evaluatedAt}, version in force from ${report.effectiveFrom}, one core`,
    '',
    `${''.padEnd(width)}${cell('segments off')}${cell('segments on')}`,
    ...ROWS.map(
      ([key, label]) => `${label.padEnd(width)}${passes.map((p) => cell(show(p[key]))).join('')}`,
    ),
    '',
    'Targets / objectifs (segments off):',
    ...report.targets.map(
      (t) =>
        `  ${t.pass ? 'PASS' : 'MISS'}  ${t.name.padEnd(24)} ${t.target.padEnd(10)} ${show(t.value)}`,
    ),
  ];
  const codes = Object.entries(report.errorCodes);
  if (codes.length > 0)
    lines.push('', 'Errors by code:', ...codes.map(([code, n]) => `  ${code} ${show(n)}`));
  const missed = missedClocksTargets(report);
  if (missed !== null) lines.push('', missed);
  return lines.join('\n');
}

/** The missed-target note, or null when every target is met. */
export function missedClocksTargets(report: ClocksBenchReport): string | null {
  const missed = report.targets.filter((t) => !t.pass);
  if (missed.length === 0) return null;
  const list = missed.map((t) => `${t.name} = ${show(t.value)} (target ${t.target})`).join('; ');
  return `!! OBJECTIF MANQUÉ / TARGET MISSED: ${list}`;
}
