import {
  addBusinessMinutes,
  businessMinutes,
  calendarPreset,
  isWorking,
  type BusinessCalendar,
} from '../../src/core/time';
import { calendarOf, iso } from '../support/calendars';
import { SPLIT_WINDOW_ALSACE, SPLIT_WINDOW_CLOSURES } from '../support/calendar-definitions';
import {
  naiveAddMinutes,
  naiveBusinessMinutes,
  naiveIsWorking,
  type NaiveCalendar,
} from '../support/naive-business-time';
import { naiveCalendarFromDefinition } from '../support/naive-calendar-from-definition';
import {
  dateRangeEdges,
  euDstChanges,
  generateAdditions,
  generateSpans,
  type Span,
} from '../support/random-spans';
import { createRandom } from '../support/seeded-random';

// Differential test: the engine against a naive minute-by-minute oracle on seeded random inputs.
const SEED = 0x4a414c4f;
const SPAN_COUNT = 100_000;
const ADDITION_COUNT = 3_000;
const SHOWN = 5;
const TIMEOUT_MS = 120_000;
const MS_PER_MINUTE = 60_000;

interface CalendarCase {
  readonly name: string;
  readonly engine: BusinessCalendar;
  readonly oracle: NaiveCalendar;
}

function calendarCase(name: string, definition: unknown): CalendarCase {
  return { name, engine: calendarOf(definition), oracle: naiveCalendarFromDefinition(definition) };
}

const alsace = calendarCase(
  'Alsace-Moselle 09:00–12:00 + 14:00–18:00 with closures',
  SPLIT_WINDOW_ALSACE,
);
const cases: readonly CalendarCase[] = [
  calendarCase('atih (Mon–Fri 09:00–18:00, métropole)', calendarPreset('atih')),
  calendarCase(
    'demat-ads-or (Mon–Sat 06:00–20:00, holidays worked)',
    calendarPreset('demat-ads-or'),
  ),
  alsace,
];

const dstChanges = euDstChanges(2020, 2035);
const closureEdges = dateRangeEdges(SPLIT_WINDOW_CLOSURES);
const allSpans = generateSpans(createRandom(SEED), SPAN_COUNT, [...dstChanges, ...closureEdges]);
const allAdditions = generateAdditions(createRandom(SEED + 1), ADDITION_COUNT, dstChanges);

/** Each calendar gets every third span (and addition), so the 100,000 spans are checked once. */
function shareOf<T>(items: readonly T[], calendar: CalendarCase): T[] {
  const k = cases.indexOf(calendar);
  return items.filter((_, i) => i % cases.length === k);
}

/** How many spans cross the instant that crosses the fewest. */
function fewestCrossings(spans: readonly Span[], instants: readonly number[]): number {
  const counts = instants.map(() => 0);
  for (const span of spans) {
    const start = Math.min(span.fromMs, span.toMs);
    const end = Math.max(span.fromMs, span.toMs);
    instants.forEach((instant, i) => {
      if (start <= instant && instant < end) counts[i] = (counts[i] ?? 0) + 1;
    });
  }
  return Math.min(...counts);
}

function expectNoDisagreement(found: readonly string[]): void {
  expect({ disagreements: found.length, first: found.slice(0, SHOWN) }).toEqual({
    disagreements: 0,
    first: [],
  });
}

describe('business-time engine against a naive minute-by-minute oracle', () => {
  test.each(cases)('the random spans cross every DST change 2020–2035 ($name)', (calendar) => {
    expect(fewestCrossings(shareOf(allSpans, calendar), dstChanges)).toBeGreaterThanOrEqual(20);
  });

  test('the random spans cross both edges of each closure of the Alsace-Moselle calendar', () => {
    expect(fewestCrossings(shareOf(allSpans, alsace), closureEdges)).toBeGreaterThanOrEqual(20);
  });

  test.each(cases)(
    'businessMinutes counts what a minute-by-minute walk counts on ~33,000 random spans ($name)',
    (calendar) => {
      const found: string[] = [];
      for (const span of shareOf(allSpans, calendar)) {
        const engine = businessMinutes(calendar.engine, span.fromMs, span.toMs);
        const oracle = naiveBusinessMinutes(calendar.oracle, span.fromMs, span.toMs);
        if (engine !== oracle) {
          found.push(
            `${calendar.name}: businessMinutes(${iso(span.fromMs)}, ${iso(span.toMs)}) engine=${String(engine)} oracle=${String(oracle)}`,
          );
        }
      }
      expectNoDisagreement(found);
    },
    TIMEOUT_MS,
  );

  test.each(cases)('isWorking agrees with the oracle at every span start ($name)', (calendar) => {
    const found: string[] = [];
    for (const { fromMs } of shareOf(allSpans, calendar)) {
      const engine = isWorking(calendar.engine, fromMs);
      if (engine !== naiveIsWorking(calendar.oracle, fromMs)) {
        found.push(`${calendar.name}: isWorking(${iso(fromMs)}) engine=${String(engine)}`);
      }
    }
    expectNoDisagreement(found);
  });

  test.each(cases)(
    'addBusinessMinutes lands where a minute-by-minute walk lands, forwards and backwards ($name)',
    (calendar) => {
      const found: string[] = [];
      for (const { fromMs, minutes } of shareOf(allAdditions, calendar)) {
        const engine = addBusinessMinutes(calendar.engine, fromMs, minutes);
        const oracle = naiveAddMinutes(calendar.oracle, fromMs, minutes);
        const engineText = engine.ok ? iso(engine.value) : engine.code;
        const oracleText = oracle === null ? 'none' : iso(oracle);
        if (engineText !== oracleText) {
          found.push(
            `${calendar.name}: addBusinessMinutes(${iso(fromMs)}, ${String(minutes)}) engine=${engineText} oracle=${oracleText}`,
          );
        }
      }
      expectNoDisagreement(found);
    },
    TIMEOUT_MS,
  );

  test.each(cases)(
    'addBusinessMinutes(from, businessMinutes(from, to)) is the first instant reaching that count, never past to ($name)',
    (calendar) => {
      const found: string[] = [];
      for (const { fromMs, toMs } of shareOf(allSpans, calendar)) {
        const minutes = businessMinutes(calendar.engine, fromMs, toMs);
        const reached = addBusinessMinutes(calendar.engine, fromMs, minutes);
        const flooredTo = Math.floor(toMs / MS_PER_MINUTE) * MS_PER_MINUTE;
        const ok =
          reached.ok &&
          businessMinutes(calendar.engine, fromMs, reached.value) === minutes &&
          (toMs >= fromMs ? reached.value <= flooredTo : reached.value >= flooredTo);
        if (!ok) {
          const got = reached.ok ? iso(reached.value) : reached.code;
          found.push(
            `${calendar.name}: span ${iso(fromMs)} → ${iso(toMs)} has ${String(minutes)} min, add gives ${got}`,
          );
        }
      }
      expectNoDisagreement(found);
    },
    TIMEOUT_MS,
  );
});
