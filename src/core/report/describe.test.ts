import fc from 'fast-check';
import { DateTime } from 'luxon';
import { frenchInstant, isoInstant } from './describe';

const ZONES = ['Europe/Paris', 'America/Cayenne', 'Pacific/Chatham', 'Indian/Reunion', 'UTC'];
// 1990 to 2060, with the DST changes of the zones above inside.
const instants = fc.integer({ min: 631_152_000_000, max: 2_871_763_200_000 });

describe('instants written in a zone', () => {
  it('agree with the zone database as luxon reads it, at every offset', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (ms, zone) => {
        const luxon = DateTime.fromMillis(ms, { zone });
        expect(frenchInstant(ms, zone)).toBe(luxon.toFormat('dd/MM/yyyy HH:mm'));
        expect(isoInstant(ms, zone)).toBe(
          luxon.toISO({ suppressMilliseconds: true, includeOffset: true })?.replace(/Z$/, '+00:00'),
        );
      }),
      { numRuns: 2000, seed: 0x1507 },
    );
  });

  it('give the hour after a spring-forward and both hours of a fall-back', () => {
    expect(isoInstant(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Paris')).toBe(
      '2026-03-29T03:00:00+02:00',
    );
    expect(frenchInstant(Date.parse('2026-10-25T00:30:00Z'), 'Europe/Paris')).toBe(
      '25/10/2026 02:30',
    );
    expect(frenchInstant(Date.parse('2026-10-25T01:30:00Z'), 'Europe/Paris')).toBe(
      '25/10/2026 02:30',
    );
    expect(isoInstant(Date.parse('2026-10-25T01:30:00.250Z'), 'Europe/Paris')).toBe(
      '2026-10-25T02:30:00.250+01:00',
    );
  });
});
