import type { IndicatorResult, Verdict } from '../indicators/indicator-result';
import type { ComiteDashboard } from '../orders/dashboard';
import type { Cents } from '../orders/money';

/**
 * The month's report of one contract, as every renderer (Confluence storage, HTML preview, CSV,
 * JSON) receives it. Dates are civil (`YYYY-MM-DD`) and instants ISO 8601 with the contract's
 * offset: the model is ready to print, renderers decide only the layout. Every text may come
 * from users (summaries, labels, reasons) and must be escaped by the renderer.
 */
export type { Verdict };

export interface MonthlyReport {
  readonly contract: {
    readonly id: string;
    readonly label: string;
    /** Effective date of the contract version in force. */
    readonly version: string;
    readonly source: string | null;
  };
  /** `YYYY-MM`. */
  readonly month: string;
  /** "mars 2026". */
  readonly monthLabel: string;
  readonly period: { readonly from: string; readonly to: string; readonly rule: string };
  readonly generatedAt: string;
  readonly summary: ReportSummary;
  readonly orders: OrdersSection | null;
  readonly indicators: readonly IndicatorResult[];
  /** The indicators of the last 12 months, oldest first, for the charts. */
  readonly history: readonly IndicatorHistory[];
  readonly penalties: PenaltiesSection | null;
  readonly issues: readonly IssueDetail[];
  readonly annex: ReportAnnex;
}

/** The report without its per-issue detail, which a publication reads one page at a time. */
export type ReportHead = Omit<MonthlyReport, 'issues'>;

/**
 * The per-issue detail read by position, computed when asked: an array is one, and so is the
 * lazy list a large publication renders from without holding every issue's explanation.
 */
export interface IssueDetailList {
  readonly length: number;
  at(index: number): IssueDetail | undefined;
}

export interface ReportSummary {
  readonly issues: number;
  readonly conforme: number;
  readonly nonConforme: number;
  readonly sansObjet: number;
  readonly penaltiesCents: Cents | null;
  /** One French sentence: "8 indicateurs conformes sur 10, 2 non conformes ; pénalités …". */
  readonly headline: string;
}

export interface OrderRow {
  readonly key: string;
  readonly project: string;
  readonly orderNumber: string | null;
  /** "3 × UO-4 + 2 × UO-2F = 12 400,00 € HT". */
  readonly lines: string;
  readonly amountCents: Cents | null;
  /** The triplet and the invoice: link and date of each document. */
  readonly documents: readonly {
    readonly label: string;
    readonly link: string | null;
    readonly date: string | null;
  }[];
  /** Each step with its date and verdict text ("dans les délais", "hors délai (+2 j)"). */
  readonly steps: readonly {
    readonly label: string;
    readonly date: string | null;
    readonly verdict: Verdict | null;
    readonly note: string;
  }[];
  readonly invoicedCents: Cents;
  readonly paidCents: Cents;
  readonly problems: readonly string[];
}

export interface OrdersSection {
  readonly rows: readonly OrderRow[];
  readonly dashboard: ComiteDashboard;
  /** The envelope's state in one sentence, when the contract has one. */
  readonly envelope: string | null;
  /** Each cap: label, verdict and explanation. */
  readonly caps: readonly {
    readonly label: string;
    readonly verdict: Verdict;
    readonly explanation: string;
  }[];
}

export interface IndicatorHistory {
  readonly month: string;
  readonly values: readonly { readonly id: string; readonly value: number | null }[];
}

import type { PenaltyLine } from '../penalties/penalty-line';
export type { PenaltyLine };

export interface PenaltiesSection {
  /** `brouillon`, `observations demandées` (with its deadline), `définitif`. */
  readonly state: string;
  readonly lines: readonly PenaltyLine[];
  readonly totalCents: Cents;
  /** Caps and exoneration applied, in French. */
  readonly notes: readonly string[];
}

export interface ClockDetail {
  readonly label: string;
  /** "en cours", "arrêté"… */
  readonly state: string;
  readonly verdict: Verdict;
  /** "échéance 12/03/2026 17:00", "objectif 4 h, écoulé 5 h 10". */
  readonly figures: string;
  /** The explanation, one line per segment ("Attente information depuis … : en pause"). */
  readonly explanation: readonly string[];
}

export interface IssueDetail {
  readonly key: string;
  /** The issue's summary, as users typed it. */
  readonly summary: string;
  readonly category: string;
  readonly clocks: readonly ClockDetail[];
}

export interface ReportAnnex {
  readonly calendars: readonly { readonly id: string; readonly description: string }[];
  readonly contractVersion: string;
  readonly periodRule: string;
  readonly generatedAt: string;
  readonly notes: readonly string[];
}
