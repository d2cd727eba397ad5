import { CALENDAR_PRESETS, compileCalendar, validateCalendar } from '.';

const base = {
  windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }],
  hoursPerDay: 9,
};

describe('calendar validation gives a code and a French message that says what to fix', () => {
  test.each([
    ['an unknown zone', { ...base, zone: 'Europe/Pari' }, 'CALENDAR.UNKNOWN_ZONE', 'zone'],
    [
      'an unknown holiday region',
      { ...base, holidays: { region: 'bretagne' } },
      'CALENDAR.UNKNOWN_HOLIDAY_REGION',
      'holidays.region',
    ],
    [
      'Good Friday outside the regions that know it',
      { ...base, holidays: { region: 'metropole', goodFriday: true } },
      'CALENDAR.GOOD_FRIDAY_NOT_APPLICABLE',
      'holidays.goodFriday',
    ],
    [
      'a window that ends before it starts',
      { ...base, windows: [{ days: ['mon'], from: '18:00', to: '09:00' }] },
      'CALENDAR.WINDOW_ENDS_BEFORE_START',
      'windows[0]',
    ],
    [
      'overlapping windows on the same day',
      {
        ...base,
        windows: [
          { days: ['mon', 'tue'], from: '09:00', to: '12:00' },
          { days: ['tue'], from: '11:00', to: '14:00' },
        ],
      },
      'CALENDAR.WINDOWS_OVERLAP',
      'windows[1]',
    ],
    [
      'a closure that ends before it starts',
      { ...base, closures: [{ from: '2026-08-14', to: '2026-08-03', label: 'Été' }] },
      'CALENDAR.CLOSURE_ENDS_BEFORE_START',
      'closures[0]',
    ],
    ['no working time at all', { ...base, windows: [] }, 'CALENDAR.NO_WORKING_TIME', 'windows'],
    [
      'a time that is not HH:MM',
      { ...base, windows: [{ days: ['mon'], from: '9h', to: '18:00' }] },
      'CALENDAR.INVALID',
      'windows[0].from',
    ],
    [
      'a date that does not exist',
      { ...base, extraNonWorkingDates: [{ date: '2026-02-30', label: 'Pont' }] },
      'CALENDAR.INVALID',
      'extraNonWorkingDates[0].date',
    ],
    ['an unknown key', { ...base, timezone: 'Europe/Paris' }, 'CALENDAR.INVALID', '(racine)'],
    ['a missing hoursPerDay', { windows: base.windows }, 'CALENDAR.INVALID', 'hoursPerDay'],
  ])('%s', (_name, input, code, path) => {
    const result = compileCalendar(input);
    expect(result).toMatchObject({ ok: false, code });
    if (result.ok) return;
    expect(result.issues?.[0]?.path).toBe(path);
    expect(result.message.length).toBeGreaterThan(30);
  });

  test('the overlap message names both windows, the day and the hours', () => {
    const result = validateCalendar({
      ...base,
      windows: [
        { days: ['mon'], from: '09:00', to: '12:00' },
        { days: ['mon'], from: '11:00', to: '14:00' },
      ],
    });
    expect(!result.ok && result.message).toMatchInlineSnapshot(
      `"Les plages windows[0] (09:00–12:00) et windows[1] (11:00–14:00) se chevauchent le lundi : séparez-les ou fusionnez-les en une seule plage."`,
    );
  });

  test('every problem is reported, not only the first', () => {
    const result = validateCalendar({
      ...base,
      zone: 'Mars/Olympus',
      holidays: { region: 'bretagne' },
      windows: [],
    });
    expect(!result.ok && result.issues?.map((i) => i.path)).toEqual([
      'zone',
      'holidays.region',
      'windows',
    ]);
  });

  test('windows that touch (12:00 then 12:00) are accepted', () => {
    expect(
      validateCalendar({
        ...base,
        windows: [
          { days: ['mon'], from: '09:00', to: '12:00' },
          { days: ['mon'], from: '12:00', to: '18:00' },
        ],
      }).ok,
    ).toBe(true);
  });
});

describe('calendar definitions are JSON in and out', () => {
  test.each(Object.keys(CALENDAR_PRESETS))(
    'preset %s compiles and survives a JSON round trip',
    (id) => {
      const first = validateCalendar(CALENDAR_PRESETS[id as keyof typeof CALENDAR_PRESETS]);
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      const again = validateCalendar(JSON.parse(JSON.stringify(first.value)));
      expect(again).toEqual(first);
    },
  );

  test('defaults fill the zone, the holidays and empty lists', () => {
    const result = validateCalendar(base);
    expect(result.ok && result.value).toMatchObject({
      zone: 'Europe/Paris',
      holidays: { region: 'metropole', pentecostMonday: 'holiday', worked: false },
      closures: [],
      extraNonWorkingDates: [],
      extraWorkingDates: [],
    });
  });

  test('an overseas region without a zone runs on its own zone (Guyane: America/Cayenne)', () => {
    const result = validateCalendar({ ...base, holidays: { region: 'guyane' } });
    expect(result.ok && result.value.zone).toBe('America/Cayenne');
  });
});
