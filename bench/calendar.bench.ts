import {
  addBusinessMinutes,
  buildCalendarIndex,
  businessMinutes,
  calendarIndexStats,
  calendarPreset,
  type BusinessCalendar,
} from '../src/core/time';
import { calendarOf, iso } from '../test/support/calendars';
import { SPLIT_WINDOW_ALSACE, SPLIT_WINDOW_CLOSURES } from '../test/support/calendar-definitions';
import {
  naiveAddMinutes,
  naiveBusinessMinutes,
  type NaiveCalendar,
} from '../test/support/naive-business-time';
import { naiveCalendarFromDefinition } from '../test/support/naive-calendar-from-definition';
import {
  dateRangeEdges,
  euDstChanges,
  generateAdditions,
  generateSpans,
  type Addition,
  type Span,
} from '../test/support/random-spans';
import { createRandom } from '../test/support/seeded-random';
import { dayLoopAddMinutes, dayLoopBusinessMinutes } from './support/day-loop';
import {
  checkTargets,
  type CalendarFigures,
  type CalendarBenchReport,
} from './support/calendar-report';
import { median, msOf, nsPerCall } from './support/timing';

const SEED = 0x4a414c4f;
/** Engine calls per calendar and operation (two calendars: ~1,000,000 calls each). */
const ENGINE_CALLS = 500_000;
const DAY_LOOP_CALLS = 2_000;
const ORACLE_SAMPLE = 300;
const INDEX_BUILDS = 5;
const SHOWN_MISMATCHES = 5;

interface BenchCalendar {
  readonly name: string;
  readonly definition: Record<string, unknown>;
}

const CALENDARS: readonly BenchCalendar[] = [
  { name: 'atih', definition: { ...calendarPreset('atih') } },
  { name: 'split-window', definition: { ...SPLIT_WINDOW_ALSACE } },
];

const engineMinutes = (cal: BusinessCalendar, spans: readonly Span[], rounds = 1): number => {
  let sum = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (const span of spans) sum += businessMinutes(cal, span.fromMs, span.toMs);
  }
  return sum;
};

const engineAdd = (cal: BusinessCalendar, additions: readonly Addition[]): number => {
  let sum = 0;
  for (const { fromMs, minutes } of additions) {
    const result = addBusinessMinutes(cal, fromMs, minutes);
    sum += result.ok ? result.value % 1_000_003 : 1;
  }
  return sum;
};

function engineAddOrNull(cal: BusinessCalendar, fromMs: number, minutes: number): number | null {
  const result = addBusinessMinutes(cal, fromMs, minutes);
  return result.ok ? result.value : null;
}

/** Disagreements of the engine with the day loop (all its inputs) and the naive oracle (a sample). */
function findMismatches(
  cal: BusinessCalendar,
  naive: NaiveCalendar,
  spans: readonly Span[],
  additions: readonly Addition[],
): string[] {
  const found: string[] = [];
  const compare = (
    what: string,
    engine: number | null,
    reference: number | null,
    by: string,
  ): void => {
    if (engine !== reference)
      found.push(`${what}: engine=${String(engine)} ${by}=${String(reference)}`);
  };
  spans.forEach(({ fromMs, toMs }, i) => {
    const engine = businessMinutes(cal, fromMs, toMs);
    const what = `businessMinutes(${iso(fromMs)}, ${iso(toMs)})`;
    compare(what, engine, dayLoopBusinessMinutes(naive, fromMs, toMs), 'dayLoop');
    if (i < ORACLE_SAMPLE)
      compare(what, engine, naiveBusinessMinutes(naive, fromMs, toMs), 'oracle');
  });
  additions.forEach(({ fromMs, minutes }, i) => {
    const engine = engineAddOrNull(cal, fromMs, minutes);
    const what = `addBusinessMinutes(${iso(fromMs)}, ${String(minutes)})`;
    compare(what, engine, dayLoopAddMinutes(naive, fromMs, minutes), 'dayLoop');
    if (i < ORACLE_SAMPLE) compare(what, engine, naiveAddMinutes(naive, fromMs, minutes), 'oracle');
  });
  return found;
}

/** A definition the compile cache has never seen, so its index starts empty. */
function freshCalendar(bench: BenchCalendar, tag: string): BusinessCalendar {
  return calendarOf({ ...bench.definition, label: `bench ${bench.name} ${tag}` });
}

function measureCalendar(
  bench: BenchCalendar,
  spans: readonly Span[],
  additions: readonly Addition[],
) {
  const cal = calendarOf(bench.definition);
  const naive = naiveCalendarFromDefinition(bench.definition);
  const loopSpans = spans.slice(0, DAY_LOOP_CALLS);
  const loopAdditions = additions.slice(0, DAY_LOOP_CALLS);

  engineMinutes(cal, spans);
  engineAdd(cal, additions);
  const nsPerBusinessMinutes = nsPerCall(spans.length, () => engineMinutes(cal, spans));
  const nsPerAddBusinessMinutes = nsPerCall(additions.length, () => engineAdd(cal, additions));
  const rounds = Math.ceil(ENGINE_CALLS / loopSpans.length);
  const nsEngineOnDayLoopSpans = nsPerCall(rounds * loopSpans.length, () =>
    engineMinutes(cal, loopSpans, rounds),
  );

  const warmUp = loopSpans.slice(0, DAY_LOOP_CALLS / 10);
  warmUp.forEach(({ fromMs, toMs }) => dayLoopBusinessMinutes(naive, fromMs, toMs));
  const nsPerDayLoop = nsPerCall(loopSpans.length, () =>
    loopSpans.reduce(
      (sum, { fromMs, toMs }) => sum + dayLoopBusinessMinutes(naive, fromMs, toMs),
      0,
    ),
  );
  const nsPerDayLoopAdd = nsPerCall(loopAdditions.length, () =>
    loopAdditions.reduce(
      (sum, { fromMs, minutes }) =>
        sum + ((dayLoopAddMinutes(naive, fromMs, minutes) ?? 1) % 1_000_003),
      0,
    ),
  );

  const mismatches = findMismatches(cal, naive, loopSpans, loopAdditions);
  const builds = Array.from({ length: INDEX_BUILDS }, (_, i) => {
    const fresh = freshCalendar(bench, `build ${String(i)}`);
    return msOf(() => {
      buildCalendarIndex(fresh, 2026, 2035);
    });
  });
  const wide = freshCalendar(bench, 'stats');
  buildCalendarIndex(wide, 2000, 2060);
  const stats = calendarIndexStats(wide);

  const figures: CalendarFigures = {
    nsPerBusinessMinutes,
    nsPerAddBusinessMinutes,
    nsPerDayLoop,
    nsPerDayLoopAdd,
    nsEngineOnDayLoopSpans,
    speedupVsDayLoop: nsPerDayLoop / nsEngineOnDayLoopSpans,
    mismatches: mismatches.length,
    indexBuildMs: median(builds),
    indexBytes: stats.bytes,
    indexIntervals: stats.intervals,
  };
  return { figures, mismatches };
}

export function runCalendarBench(): CalendarBenchReport {
  const focus = [...euDstChanges(2020, 2035), ...dateRangeEdges(SPLIT_WINDOW_CLOSURES)];
  const spans = generateSpans(createRandom(SEED), ENGINE_CALLS, focus);
  const additions = generateAdditions(createRandom(SEED + 1), ENGINE_CALLS, focus);
  const calendars: Record<string, CalendarFigures> = {};
  const firstMismatches: string[] = [];
  for (const bench of CALENDARS) {
    const { figures, mismatches } = measureCalendar(bench, spans, additions);
    calendars[bench.name] = figures;
    firstMismatches.push(
      ...mismatches.slice(0, SHOWN_MISMATCHES).map((text) => `${bench.name}: ${text}`),
    );
  }
  const all = Object.values(calendars);
  const mean = (pick: (f: CalendarFigures) => number): number =>
    all.reduce((sum, f) => sum + pick(f), 0) / all.length;
  const overall = {
    nsPerBusinessMinutes: mean((f) => f.nsPerBusinessMinutes),
    nsPerAddBusinessMinutes: mean((f) => f.nsPerAddBusinessMinutes),
    nsPerDayLoop: mean((f) => f.nsPerDayLoop),
    speedupVsDayLoop: mean((f) => f.nsPerDayLoop) / mean((f) => f.nsEngineOnDayLoopSpans),
    mismatches: all.reduce((sum, f) => sum + f.mismatches, 0),
    indexBuildMs: Math.max(...all.map((f) => f.indexBuildMs)),
    indexBytes: Math.max(...all.map((f) => f.indexBytes)),
  };
  const targets = checkTargets(overall);
  return {
    benchmark: 'calendar',
    node: process.version,
    seed: SEED,
    calls: {
      businessMinutes: ENGINE_CALLS * CALENDARS.length,
      addBusinessMinutes: ENGINE_CALLS * CALENDARS.length,
      dayLoop: DAY_LOOP_CALLS * CALENDARS.length,
      oracleSample: 2 * ORACLE_SAMPLE * CALENDARS.length,
    },
    ...overall,
    targets,
    allTargetsMet: targets.every((target) => target.pass),
    calendars,
    firstMismatches,
  };
}
