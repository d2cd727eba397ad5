import fc from 'fast-check';
import { calendarOf, ROUND_THE_CLOCK } from '../../../test/support/calendars';
import {
  addBusinessMinutes,
  businessMinutes,
  businessMinutesAlong,
  calendarPreset,
  compileCalendar,
  explainSpan,
  type BusinessCalendar,
} from '.';

const SEED = 20261123;
const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2036, 0, 1);
const CHATHAM = {
  ...ROUND_THE_CLOCK,
  id: 'chatham-shifts',
  zone: 'Pacific/Chatham',
  windows: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], from: '02:00', to: '04:00' },
    { days: ['sun'], from: '00:00', to: '24:00' },
  ],
};
const CALENDARS: readonly [string, BusinessCalendar][] = [
  ['atih', calendarOf(calendarPreset('atih'))],
  ['demat-ads-or', calendarOf(calendarPreset('demat-ads-or'))],
  ['dsi-grand-est', calendarOf(calendarPreset('dsi-grand-est'))],
  ['Pacific/Chatham night shifts', calendarOf(CHATHAM)],
];

const instant = fc.integer({ min: FROM, max: TO });
const options = { seed: SEED, numRuns: 3000 };

test('minutes along instants stay right when a later instant builds an earlier year', () => {
  // A calendar of its own, so that its index is empty: 2031 is built first, then 2021 and the
  // years between, which moves every year's base.
  const fresh = calendarOf({ ...ROUND_THE_CLOCK, id: 'fresh-along' });
  const [a, b, c] = [Date.UTC(2031, 5, 1), Date.UTC(2021, 5, 1), Date.UTC(2031, 6, 1)];
  expect(businessMinutesAlong(fresh, [a, b, c])).toEqual([(b - a) / 60_000, (c - b) / 60_000]);
});

describe.each(CALENDARS)('laws of business time in %s', (_name, calendar) => {
  test('minutes along a list of instants are the minutes of each span, in any order', () => {
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 12 }), (bounds) => {
        const along = businessMinutesAlong(calendar, bounds);
        const spans = bounds.slice(1).map((b, i) => businessMinutes(calendar, bounds[i] ?? b, b));
        return JSON.stringify(along) === JSON.stringify(spans);
      }),
      options,
    );
  });

  test('minutes along the first instants only, when a count is given', () => {
    const bounds = [FROM, FROM + 86_400_000 * 40, FROM + 86_400_000 * 400, TO];
    expect(businessMinutesAlong(calendar, bounds, 2)).toEqual([
      businessMinutes(calendar, FROM, FROM + 86_400_000 * 40),
    ]);
  });

  test('additivity: m(a,c) = m(a,b) + m(b,c) in any order', () => {
    fc.assert(
      fc.property(instant, instant, instant, (a, b, c) => {
        return (
          businessMinutes(calendar, a, c) ===
          businessMinutes(calendar, a, b) + businessMinutes(calendar, b, c)
        );
      }),
      options,
    );
  });

  test('inverse: m(a, add(a, n)) = n, and one minute earlier is n - 1', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 200_000 }), (a, n) => {
        const due = addBusinessMinutes(calendar, a, n);
        if (!due.ok) return false;
        return (
          businessMinutes(calendar, a, due.value) === n &&
          businessMinutes(calendar, a, due.value - 60_000) === n - 1
        );
      }),
      options,
    );
  });

  test('backwards inverse: m(add(a, -n), a) = n', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 200_000 }), (a, n) => {
        const start = addBusinessMinutes(calendar, a, -n);
        return start.ok && businessMinutes(calendar, start.value, a) === n;
      }),
      options,
    );
  });

  test('monotonicity: business time grows with the span and never exceeds elapsed time', () => {
    fc.assert(
      fc.property(instant, fc.nat(10 * 24 * 60), fc.nat(10 * 24 * 60), (a, x, y) => {
        const b = a + x * 60_000;
        const c = b + y * 60_000;
        const ab = businessMinutes(calendar, a, b);
        return ab >= 0 && ab <= x + 1 && ab <= businessMinutes(calendar, a, c);
      }),
      options,
    );
  });

  test('the working segments of explainSpan add up to businessMinutes', () => {
    fc.assert(
      fc.property(instant, fc.nat(20 * 24 * 60), (a, length) => {
        const b = a + length * 60_000;
        const working = explainSpan(calendar, a, b)
          .filter((s) => s.kind === 'working')
          .reduce((sum, s) => sum + (s.end - s.start) / 60_000, 0);
        return working === businessMinutes(calendar, a, b);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('the process time zone changes nothing', () => {
  const zones = [
    'UTC',
    'Pacific/Chatham',
    'America/St_Johns',
    'Asia/Kathmandu',
    'Europe/Paris',
    'Pacific/Kiritimati',
  ];
  const spans = fc.sample(fc.tuple(instant, fc.nat(60 * 24 * 60)), { seed: SEED, numRuns: 500 });

  function results(zone: string): number[] {
    process.env.TZ = zone;
    const fresh = compileCalendar({ ...calendarPreset('dsi-grand-est'), id: `tz-${zone}` });
    if (!fresh.ok) throw new Error(fresh.message);
    return spans.flatMap(([a, length]) => {
      const due = addBusinessMinutes(fresh.value, a, length);
      return [
        businessMinutes(fresh.value, a, a + length * 60_000),
        due.ok ? due.value : Number.NaN,
      ];
    });
  }

  test('a calendar compiled under six process zones gives identical results', () => {
    const original = process.env.TZ;
    try {
      const reference = results('UTC');
      for (const zone of zones) expect(results(zone)).toEqual(reference);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
