import { DateTime } from 'luxon';
import { isoInstant } from '../core/report/describe';
import { checkInstant } from '../core/time';
import { fail, type Result } from '../core/result';

/** An instant in ISO 8601 with the calendar's offset (`2026-06-09T10:00:00+02:00`). */
export function isoIn(ms: number | null, zone: string): string | null {
  return ms === null ? null : isoInstant(ms, zone);
}

/** Rows as aligned columns separated by two spaces, for a terminal. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return `${rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

export { csvTable } from '../render/csv';

/**
 * The evaluation instant of `--at` (ISO 8601; without an offset, local time in `zone`), or `now`
 * when the option is absent.
 */
export function evaluationInstant(
  text: string | undefined,
  zone: string,
  now: () => number,
): Result<number> {
  const at = text === undefined ? now() : DateTime.fromISO(text, { zone }).toMillis();
  const checked = checkInstant(at);
  return checked.ok
    ? checked
    : fail(
        'CLI.BAD_INSTANT',
        `--at « ${text ?? ''} » illisible : écrivez un instant ISO 8601, par exemple 2026-06-30T18:00+02:00.`,
      );
}
