import type { LateItem } from './inputs';
import type { PenaltyLine } from './penalty-line';

/** A line while it is being computed: it remembers its late item for the per-item cap. */
export interface DraftLine extends PenaltyLine {
  /** The late item it comes from; null for an indicator. */
  readonly item: LateItem | null;
}

/** A line computed from its figures, or a line of 0 when one is missing (with its note). */
export interface LineOutcome {
  readonly line: DraftLine;
  readonly note: string | null;
}

export function publicLine({
  rule,
  label,
  subject,
  computation,
  amountCents,
  waived,
}: DraftLine): PenaltyLine {
  return { rule, label, subject, computation, amountCents, waived };
}
