/** How a value is compared with its target. */
export type Comparator = '>=' | '<=' | '=' | '>' | '<';

export interface Threshold {
  readonly comparator: Comparator;
  readonly value: number;
}

export type Verdict = 'conforme' | 'non conforme' | 'sans objet';

export type IndicatorUnit = '%' | 'nombre' | 'jours ouvrés' | 'livraisons';

/** One indicator of one period, with what it was computed from. */
export interface IndicatorResult {
  readonly id: string;
  readonly label: string;
  readonly unit: IndicatorUnit;
  /** Rates are percentages (95 for 95 %); null when there is nothing to measure. */
  readonly value: number | null;
  /** Null when the contract sets no target ("N/A"). */
  readonly threshold: Threshold | null;
  readonly verdict: Verdict;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** The issues the value is computed from. */
  readonly contributing: readonly string[];
  /** Issues shown apart and not counted (clocks still running but already breached). */
  readonly apart: readonly string[];
  /** What the period covers and what counts, in French ("incidents résolus dans le mois…"). */
  readonly rule: string;
}
