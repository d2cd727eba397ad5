/** Figures of one calendar; ns are nanoseconds per call, on the same seeded inputs. */
export interface CalendarFigures {
  readonly nsPerBusinessMinutes: number;
  readonly nsPerAddBusinessMinutes: number;
  readonly nsPerDayLoop: number;
  readonly nsPerDayLoopAdd: number;
  /** The engine on exactly the day loop's spans, the denominator of the speed-up. */
  readonly nsEngineOnDayLoopSpans: number;
  readonly speedupVsDayLoop: number;
  readonly mismatches: number;
  /** Median time to build a fresh calendar's index for 2026–2035. */
  readonly indexBuildMs: number;
  /** Index for 2000–2060. */
  readonly indexBytes: number;
  readonly indexIntervals: number;
}

export interface OverallFigures {
  readonly nsPerBusinessMinutes: number;
  readonly nsPerAddBusinessMinutes: number;
  readonly nsPerDayLoop: number;
  readonly speedupVsDayLoop: number;
  readonly mismatches: number;
  readonly indexBuildMs: number;
  readonly indexBytes: number;
}

export interface TargetCheck {
  readonly name: keyof OverallFigures;
  readonly target: string;
  readonly value: number;
  readonly pass: boolean;
}

export interface CalendarBenchReport extends OverallFigures {
  readonly benchmark: 'calendar';
  readonly node: string;
  readonly seed: number;
  readonly calls: Readonly<Record<string, number>>;
  readonly targets: readonly TargetCheck[];
  readonly allTargetsMet: boolean;
  readonly calendars: Readonly<Record<string, CalendarFigures>>;
  readonly firstMismatches: readonly string[];
}

export function checkTargets(overall: OverallFigures): TargetCheck[] {
  const check = (
    name: keyof OverallFigures,
    target: string,
    pass: (v: number) => boolean,
  ): TargetCheck => ({
    name,
    target,
    value: overall[name],
    pass: pass(overall[name]),
  });
  return [
    check('speedupVsDayLoop', '>= 100', (v) => v >= 100),
    check('mismatches', '= 0', (v) => v === 0),
    check('nsPerBusinessMinutes', '< 1000 ns', (v) => v < 1000),
    check('nsPerAddBusinessMinutes', '< 1000 ns', (v) => v < 1000),
  ];
}

function show(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 2 : 1 });
}

const ROWS: readonly [keyof CalendarFigures, string][] = [
  ['nsPerBusinessMinutes', 'businessMinutes, ns/call'],
  ['nsPerAddBusinessMinutes', 'addBusinessMinutes, ns/call'],
  ['nsPerDayLoop', 'day loop (luxon) duration, ns/call'],
  ['nsPerDayLoopAdd', 'day loop (luxon) add, ns/call'],
  ['nsEngineOnDayLoopSpans', 'engine on the day-loop spans, ns/call'],
  ['speedupVsDayLoop', 'speed-up vs day loop, ×'],
  ['mismatches', 'mismatches (day loop + oracle)'],
  ['indexBuildMs', 'index build 2026–2035, ms (median)'],
  ['indexBytes', 'index 2000–2060, bytes'],
  ['indexIntervals', 'index 2000–2060, intervals'],
];

/** The report as a readable table, with every missed target spelled out. */
export function formatCalendarReport(report: CalendarBenchReport): string {
  const names = Object.keys(report.calendars);
  const width = Math.max(...ROWS.map(([, label]) => label.length));
  const cell = (text: string): string => text.padStart(14);
  const lines = [
    `Jalon calendar benchmark — node ${report.node}, seed 0x${report.seed.toString(16)}`,
    `calls: ${Object.entries(report.calls)
      .map(([k, v]) => `${k} ${show(v)}`)
      .join(', ')}`,
    '',
    `${''.padEnd(width)}${names.map(cell).join('')}`,
    ...ROWS.map(
      ([key, label]) =>
        `${label.padEnd(width)}${names.map((n) => cell(show(report.calendars[n]?.[key] ?? NaN))).join('')}`,
    ),
    '',
    'Targets / objectifs (overall):',
    ...report.targets.map(
      (t) =>
        `  ${t.pass ? 'PASS' : 'MISS'}  ${t.name.padEnd(24)} ${t.target.padEnd(10)} ${show(t.value)}`,
    ),
    `  indexBuildMs ${show(report.indexBuildMs)} ms (worst calendar), indexBytes ${show(report.indexBytes)} (largest)`,
  ];
  if (report.firstMismatches.length > 0)
    lines.push('', 'First mismatches:', ...report.firstMismatches.map((m) => `  ${m}`));
  const missed = report.targets.filter((t) => !t.pass);
  if (missed.length > 0) lines.push('', missedTargetsMessage(missed));
  return lines.join('\n');
}

export function missedTargetsMessage(missed: readonly TargetCheck[]): string {
  const list = missed.map((t) => `${t.name} = ${show(t.value)} (target ${t.target})`).join('; ');
  return `!! OBJECTIF MANQUÉ / TARGET MISSED: ${list}`;
}
