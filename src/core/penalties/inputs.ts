import { z } from 'zod';
import type { IndicatorResult } from '../indicators/indicator-result';
import type { Cents } from '../orders/money';
import type { PenaltyLine } from './penalty-line';

/**
 * One order step or one clock that may be late this month, as the orders and clocks engines
 * measured it. A rule only reads the figure it needs; a missing one gives a line of 0 with a note.
 */
export interface LateItem {
  /** Unique among the month's items: the line's `subject` and the waivers' `subject`. */
  readonly key: string;
  /** What people read: "ATIH-12 — livraison", "DEMAT-40 — résolution". */
  readonly label: string;
  readonly subject: 'order' | 'clock';
  /** The contract's clock id the lateness is measured by, when there is one. */
  readonly clock: string | null;
  /** The value of the late item: the order's amount HT, in cents. */
  readonly valueCents: Cents | null;
  /** Calendar days late (CCAG R). */
  readonly lateDays: number | null;
  readonly lateWorkingDays: number | null;
  /** Business minutes beyond the target. */
  readonly lateMinutes: number | null;
  readonly breached: boolean;
}

/**
 * A decision not to apply one line (rule × subject), dated and signed. The line stays in the
 * table with `waived: true` and 0, for the audit trail.
 */
export const penaltyWaiverSchema = z.strictObject({
  /** The rule id. */
  rule: z.string().min(1, 'Indiquez la pénalité concernée.'),
  /** The line's subject: the late item's key or the indicator id. */
  subject: z.string().min(1, 'Indiquez la commande, le ticket ou l’indicateur concerné.'),
  author: z.string().trim().min(1, 'Indiquez l’auteur de la décision.'),
  /** ISO 8601 with offset. */
  decidedAt: z.iso.datetime({ offset: true, error: 'Date et heure attendues avec leur décalage.' }),
  reason: z.string().trim().min(1, 'Indiquez la raison de la renonciation.'),
});

export type PenaltyWaiver = z.output<typeof penaltyWaiverSchema>;

/** What one month's penalties are computed from. */
export interface PenaltyInputs {
  readonly indicators: readonly IndicatorResult[];
  readonly lateItems: readonly LateItem[];
  /** The contract's total amount HT, for `caps.contractShare`; null when unknown. */
  readonly contractAmountCents: Cents | null;
  /**
   * The penalties of the earlier months, after caps and before exoneration: the running total
   * the contract-wide cap and the contract-wide exoneration threshold are measured on.
   */
  readonly previousTotalCents: Cents;
  readonly waivers: readonly PenaltyWaiver[];
}

export interface PenaltiesComputation {
  readonly lines: readonly PenaltyLine[];
  /** The sum of the lines (after waivers and per-item caps). */
  readonly subtotalCents: Cents;
  /** What is applied this month, after the monthly and contract caps and the exoneration. */
  readonly totalCents: Cents;
  /** Caps, exoneration, missing figures and unused waivers, in French. */
  readonly notes: readonly string[];
}
