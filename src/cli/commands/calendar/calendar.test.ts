import { jalon } from '../../../../test/support/cli';

describe('jalon calendar', () => {
  test('minutes counts business time and explains 14 July', async () => {
    const r = await jalon(
      'calendar',
      'minutes',
      '--calendar',
      'atih',
      '--from',
      '2026-07-13T17:00',
      '--to',
      '2026-07-15T10:00',
      '--explain',
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('120 minutes ouvrées (2 h 00)');
    expect(r.out).toContain('Fête nationale');
  });

  test('minutes --json gives the number', async () => {
    const r = await jalon(
      'calendar',
      'minutes',
      '--calendar',
      'atih',
      '--from',
      '2026-03-27T17:00',
      '--to',
      '2026-03-30T10:00',
      '--json',
    );
    expect(JSON.parse(r.out)).toEqual({ minutes: 120 });
  });

  test('add gives the end of the window as the due instant', async () => {
    const r = await jalon(
      'calendar',
      'add',
      '--calendar',
      'atih',
      '--from',
      '2026-03-27T17:00',
      '--hours',
      '1',
    );
    expect(r.out).toContain('Échéance : ven. 27 mars 2026, 18:00 (UTC+1)');
  });

  test('add --working-days counts T0 + 5 jours ouvrés', async () => {
    const r = await jalon(
      'calendar',
      'add',
      '--calendar',
      'atih',
      '--from',
      '2026-07-10T10:00',
      '--working-days',
      '5',
    );
    expect(r.out).toContain('Échéance : 2026-07-20');
  });

  test('add refuses two durations at once with a usage error', async () => {
    const r = await jalon(
      'calendar',
      'add',
      '--calendar',
      'atih',
      '--from',
      '2026-07-10T10:00',
      '--hours',
      '1',
      '--days',
      '1',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('donnez exactement une durée');
  });

  test('an unknown calendar names the presets', async () => {
    const r = await jalon(
      'calendar',
      'minutes',
      '--calendar',
      'atiih',
      '--from',
      '2026-07-10T10:00',
      '--to',
      '2026-07-11T10:00',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('calendrier inconnu « atiih »');
    expect(r.err).toContain('demat-ads-or');
  });

  test('an unreadable instant says how to write one', async () => {
    const r = await jalon(
      'calendar',
      'minutes',
      '--calendar',
      'atih',
      '--from',
      'demain',
      '--to',
      '2026-07-11T10:00',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('ISO 8601');
  });

  test('check prints a preset completed with defaults, as JSON', async () => {
    const r = await jalon('calendar', 'check', 'dsi-grand-est');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ zone: 'Europe/Paris', hoursPerDay: 10 });
  });

  test('holidays lists the year in the calendar’s zone', async () => {
    const r = await jalon('calendar', 'holidays', '--year', '2026', '--calendar', 'demat-ads-or');
    expect(r.out.split('\n')).toContain('2026-07-14  Fête nationale');
    expect(r.out).toContain('jours fériés travaillés');
  });
});
