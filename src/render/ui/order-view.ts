import type { IndicatorResult, Verdict } from '../../core/indicators/indicator-result';
import type { ReportHead } from '../../core/report/report-model';
import type { OrdersEvaluation } from '../../core/orders/portfolio';
import { orderRow } from '../../core/report/orders-section';
import {
  formatDate,
  formatEurosOrDash,
  formatIndicatorValue,
  formatMonth,
  formatNumber,
  formatRatio,
  formatThreshold,
  formatWithUnit,
} from '../french';

/** The four documents of an order, in the order of the triplet and its invoice. */
export const TRIPLET = ['besoin', 'devis', 'bon-de-commande', 'facture'] as const;
export type TripletDocument = (typeof TRIPLET)[number];

export interface TripletCell {
  /** `YYYY-MM-DD`, for sorting; null when the document is not there yet. */
  readonly date: string | null;
  readonly dateLabel: string;
  readonly verdict: Verdict | null;
  readonly note: string;
  readonly link: string | null;
}

/** One row of the project page's orders table, every text ready. */
export interface OrderTableRow {
  readonly key: string;
  readonly project: string;
  readonly orderNumber: string | null;
  readonly lines: string;
  readonly amountCents: number | null;
  readonly amount: string;
  readonly cells: Readonly<Record<TripletDocument, TripletCell>>;
  /** Non conforme when a step is late, conforme when one was on time, else sans objet. */
  readonly verdict: Verdict;
  readonly invoiced: string;
  readonly problems: readonly string[];
}

export interface EnvelopeView {
  readonly code: string;
  readonly summary: string;
  readonly credited: string;
  readonly consumed: string;
  readonly openEstimate: string;
  readonly balance: string;
  /** Shares of the credited days, 0 to 1 (capped), for the gauge. */
  readonly consumedShare: number;
  readonly estimateShare: number;
  readonly alert: 'épuisée' | 'insuffisante' | null;
}

export interface OrdersView {
  readonly rows: readonly OrderTableRow[];
  readonly envelope: EnvelopeView | null;
  readonly caps: readonly {
    readonly label: string;
    readonly verdict: string;
    readonly explanation: string;
  }[];
}

const days = (n: number): string => `${formatNumber(n)} j`;

/** The orders of a project as its page shows them. */
export function ordersView(evaluation: OrdersEvaluation): OrdersView {
  const rows = evaluation.orders.map((order): OrderTableRow => {
    const row = orderRow(order);
    const cell = (document: TripletDocument): TripletCell => {
      const index = order.steps.findIndex((s) => s.step === document);
      const step = row.steps[index];
      const file = order.documents.find((d) => d.document === document);
      const date = order.steps[index]?.date ?? file?.date ?? null;
      return {
        date,
        dateLabel: formatDate(date),
        verdict: step?.verdict ?? null,
        note: step?.note ?? '',
        link: file?.link ?? null,
      };
    };
    const verdicts = row.steps.map((s) => s.verdict);
    return {
      key: row.key,
      project: row.project,
      orderNumber: row.orderNumber,
      lines: row.lines,
      amountCents: row.amountCents,
      amount: formatEurosOrDash(row.amountCents),
      cells: {
        besoin: cell('besoin'),
        devis: cell('devis'),
        'bon-de-commande': cell('bon-de-commande'),
        facture: cell('facture'),
      },
      verdict: verdicts.includes('non conforme')
        ? 'non conforme'
        : verdicts.includes('conforme')
          ? 'conforme'
          : 'sans objet',
      invoiced: formatEurosOrDash(row.invoicedCents),
      problems: row.problems,
    };
  });
  const envelope = evaluation.envelope;
  const share = (n: number): number =>
    envelope === null || envelope.creditedDays <= 0
      ? n > 0
        ? 1
        : 0
      : Math.min(1, n / envelope.creditedDays);
  return {
    rows,
    envelope:
      envelope === null
        ? null
        : {
            code: envelope.code,
            summary: envelope.summary,
            credited: days(envelope.creditedDays),
            consumed: days(envelope.consumedDays),
            openEstimate: days(envelope.openEstimateDays),
            balance: days(envelope.balanceDays),
            consumedShare: share(envelope.consumedDays),
            estimateShare: Math.min(
              1 - share(envelope.consumedDays),
              share(envelope.openEstimateDays),
            ),
            alert: envelope.alert,
          },
    caps: evaluation.caps.map((c) => ({
      label: c.label,
      verdict: c.verdict,
      explanation: c.explanation,
    })),
  };
}

export interface IndicatorRowView {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly threshold: string;
  readonly verdict: Verdict;
  readonly ratio: string;
  readonly rule: string;
}

export interface TrendSeries {
  readonly id: string;
  readonly label: string;
  /** One value a month, oldest first; null when there was nothing to measure. */
  readonly points: readonly (number | null)[];
  readonly pointLabels: readonly string[];
  readonly threshold: number | null;
  readonly thresholdLabel: string;
}

export interface IndicatorsView {
  readonly month: string;
  readonly monthLabel: string;
  readonly headline: string;
  readonly indicators: readonly IndicatorRowView[];
  readonly months: readonly { readonly month: string; readonly label: string }[];
  readonly trend: readonly TrendSeries[];
}

const rowOf = (i: IndicatorResult): IndicatorRowView => ({
  id: i.id,
  label: i.label,
  value: formatIndicatorValue(i),
  threshold: formatThreshold(i.threshold, i.unit),
  verdict: i.verdict,
  ratio: formatRatio(i.numerator, i.denominator),
  rule: i.rule,
});

/** The month's indicators with their verdicts and the last 12 months of each, for the chart. */
export function indicatorsView(report: ReportHead): IndicatorsView {
  const months = report.history.slice(-12);
  return {
    month: report.month,
    monthLabel: report.monthLabel,
    headline: report.summary.headline,
    indicators: report.indicators.map(rowOf),
    months: months.map((m) => ({ month: m.month, label: formatMonth(m.month) })),
    trend: report.indicators.map((indicator) => {
      const points = months.map((m) => m.values.find((v) => v.id === indicator.id)?.value ?? null);
      return {
        id: indicator.id,
        label: indicator.label,
        points,
        pointLabels: points.map((p) =>
          p === null ? 'sans objet' : formatWithUnit(p, indicator.unit),
        ),
        threshold: indicator.threshold?.value ?? null,
        thresholdLabel: formatThreshold(indicator.threshold, indicator.unit),
      };
    }),
  };
}
