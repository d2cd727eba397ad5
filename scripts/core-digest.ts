/**
 * Prints the results of the business-time engine on fixed inputs, one line each. CI runs it
 * under two process time zones and compares the outputs byte for byte: the core must not
 * depend on the host's zone.
 */
import {
  CALENDAR_PRESETS,
  addBusinessMinutes,
  addWorkingDays,
  businessMinutes,
  compileCalendar,
  explainSpan,
  type CalendarPresetId,
} from '../src/core/time';
import { createRandom } from '../test/support/seeded-random';

const FROM = Date.UTC(2020, 0, 1);
const RANGE_MINUTES = 16 * 365 * 24 * 60;
const SPANS = 400;

const lines: string[] = [];
for (const id of Object.keys(CALENDAR_PRESETS) as CalendarPresetId[]) {
  const compiled = compileCalendar(CALENDAR_PRESETS[id]);
  if (!compiled.ok) throw new Error(`${id}: ${compiled.message}`);
  const calendar = compiled.value;
  const random = createRandom(id.length * 7919);
  for (let i = 0; i < SPANS; i++) {
    const a = FROM + Math.floor(random() * RANGE_MINUTES) * 60_000 + Math.floor(random() * 60_000);
    const b = a + Math.floor(random() * 30 * 24 * 60) * 60_000;
    const n = Math.floor(random() * 20_000) - 2_000;
    const added = addBusinessMinutes(calendar, a, n);
    const days = addWorkingDays(calendar, a, Math.floor(random() * 15));
    const segments = explainSpan(calendar, a, Math.min(b, a + 3 * 24 * 3_600_000));
    lines.push(
      [
        id,
        new Date(a).toISOString(),
        new Date(b).toISOString(),
        businessMinutes(calendar, a, b),
        added.ok ? new Date(added.value).toISOString() : added.code,
        days.ok ? days.value : days.code,
        segments.map((s) => `${s.kind}:${String((s.end - s.start) / 60_000)}`).join(','),
      ].join(' '),
    );
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
