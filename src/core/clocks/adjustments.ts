import { z } from 'zod';

/**
 * A manual decision on one clock of one issue, dated and signed: an extension granted by the
 * administration, a waiver, or a corrected start. Kept for the audit trail.
 */
export const adjustmentSchema = z.strictObject({
  issue: z.string().min(1),
  clock: z.string().min(1),
  kind: z.enum(['extension', 'waiver', 'corrected-start']),
  /** Extension in business minutes (hours-mode clocks) … */
  minutes: z.number().int().positive().optional(),
  /** … or in working days (day-count clocks). */
  workingDays: z.number().int().positive().optional(),
  /** The corrected start, ISO 8601 with offset. */
  start: z.iso.datetime({ offset: true }).optional(),
  author: z.string().min(1),
  /** When the decision was made, ISO 8601 with offset; only decisions at or before evaluation count. */
  decidedAt: z.iso.datetime({ offset: true }),
  reason: z.string().min(1, 'Indiquez la raison de l’ajustement.'),
});

export type Adjustment = z.output<typeof adjustmentSchema>;

/** Manual decisions by issue key, as a recompute or a month's report reads them. */
export type AdjustmentsByIssue = ReadonlyMap<string, readonly Adjustment[]>;

export const NO_ADJUSTMENTS: AdjustmentsByIssue = new Map();

/** Decisions grouped by the issue they are about, in their order. */
export function adjustmentsByIssue(adjustments: readonly Adjustment[]): AdjustmentsByIssue {
  const grouped = new Map<string, Adjustment[]>();
  for (const a of adjustments) grouped.set(a.issue, [...(grouped.get(a.issue) ?? []), a]);
  return grouped;
}

export function describeAdjustment(a: Adjustment): string {
  const what =
    a.kind === 'waiver'
      ? 'Exonération'
      : a.kind === 'corrected-start'
        ? `Début corrigé au ${a.start ?? '?'}`
        : `Prolongation de ${a.minutes !== undefined ? `${String(a.minutes)} min ouvrées` : `${String(a.workingDays ?? 0)} jour(s) ouvré(s)`}`;
  return `${what} — ${a.author}, ${a.decidedAt} : ${a.reason}`;
}
