import { at, calendarOf, iso } from '../../../test/support/calendars';
import { businessMinutes, calendarPreset, explainSpan } from '.';

const atih = calendarOf(calendarPreset('atih'));
const dsi = calendarOf(calendarPreset('dsi-grand-est'));

describe('explainSpan', () => {
  test('a span from Friday 10 July 2026 17:00 to Wednesday 15 July 10:00 names each reason', () => {
    const segments = explainSpan(atih, at('2026-07-10T17:00+02:00'), at('2026-07-15T10:00+02:00'));
    expect(segments.map((s) => `${iso(s.start)} ${iso(s.end)} ${s.kind} ${s.label}`))
      .toMatchInlineSnapshot(`
      [
        "2026-07-10T15:00:00.000Z 2026-07-10T16:00:00.000Z working Heures ouvrées",
        "2026-07-10T16:00:00.000Z 2026-07-10T22:00:00.000Z outside-hours Hors horaires de service",
        "2026-07-10T22:00:00.000Z 2026-07-11T22:00:00.000Z weekend Jour non ouvré (samedi)",
        "2026-07-11T22:00:00.000Z 2026-07-12T22:00:00.000Z weekend Jour non ouvré (dimanche)",
        "2026-07-12T22:00:00.000Z 2026-07-13T07:00:00.000Z outside-hours Hors horaires de service",
        "2026-07-13T07:00:00.000Z 2026-07-13T16:00:00.000Z working Heures ouvrées",
        "2026-07-13T16:00:00.000Z 2026-07-13T22:00:00.000Z outside-hours Hors horaires de service",
        "2026-07-13T22:00:00.000Z 2026-07-14T22:00:00.000Z holiday Fête nationale",
        "2026-07-14T22:00:00.000Z 2026-07-15T07:00:00.000Z outside-hours Hors horaires de service",
        "2026-07-15T07:00:00.000Z 2026-07-15T08:00:00.000Z working Heures ouvrées",
      ]
    `);
  });

  test('a site closure is one segment with its label, its inner weekend included; a Saturday holiday keeps its name', () => {
    const segments = explainSpan(dsi, at('2026-08-01T00:00+02:00'), at('2026-08-17T00:00+02:00'));
    expect(segments.map((s) => `${s.kind}: ${s.label}`)).toEqual([
      'weekend: Jour non ouvré (samedi)',
      'weekend: Jour non ouvré (dimanche)',
      'closure: Fermeture estivale (2 semaines, dates à confirmer par le bénéficiaire)',
      'holiday: Assomption',
      'weekend: Jour non ouvré (dimanche)',
    ]);
  });

  test('segments are consecutive and their working part equals businessMinutes over the spring DST weekend', () => {
    const from = at('2026-03-26T11:37+01:00');
    const to = at('2026-04-08T15:03+02:00');
    const segments = explainSpan(atih, from, to);
    segments.slice(1).forEach((s, i) => {
      expect(s.start).toBe(segments[i]?.end);
    });
    expect(segments[0]?.start).toBe(from);
    expect(segments.at(-1)?.end).toBe(to);
    const working = segments
      .filter((s) => s.kind === 'working')
      .reduce((sum, s) => sum + (s.end - s.start) / 60_000, 0);
    expect(working).toBe(businessMinutes(atih, from, to));
  });

  test('an empty or reversed span has no segment', () => {
    expect(explainSpan(atih, at('2026-07-10T17:00+02:00'), at('2026-07-10T17:00+02:00'))).toEqual(
      [],
    );
  });
});
