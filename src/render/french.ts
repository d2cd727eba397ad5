import type { Comparator, IndicatorResult, Threshold } from '../core/indicators/indicator-result';
import { formatEuros, type Cents } from '../core/orders/money';
import { FRENCH_MONTHS, frenchDate } from '../core/report/describe';

const GROUP = '\u202f';
const NBSP = '\u00a0';

const MONTHS = FRENCH_MONTHS;

const SHORT_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
] as const;

const COMPARATORS: Readonly<Record<Comparator, string>> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  '>': '>',
  '<': '<',
};

/** French notation with at most two decimals: 99.8 → "99,8", 12345 → "12 345". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', decimals] = Math.abs(rounded).toFixed(2).replace(/0+$/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  const sign = rounded < 0 ? '-' : '';
  return decimals === undefined || decimals === ''
    ? `${sign}${grouped}`
    : `${sign}${grouped},${decimals}`;
}

/** An amount for a spreadsheet: `1240000` → "12400,00" (no grouping, no currency sign). */
export function formatCsvAmount(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return `${sign}${String(Math.floor(abs / 100))},${String(abs % 100).padStart(2, '0')}`;
}

/** A number for a spreadsheet: French decimal comma, no grouping, full precision. */
export function formatCsvNumber(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** `2026-03-12` → "12/03/2026"; any other text is returned unchanged. */
export const formatDate = frenchDate;

/** `2026-04-01T08:05:00+02:00` → "01/04/2026 08:05 (+02:00)"; other text unchanged. */
export function formatInstant(instant: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(
    instant,
  );
  if (match === null) return instant;
  const zone = match[3] === undefined ? '' : ` (${match[3] === 'Z' ? 'UTC' : match[3]})`;
  return `${formatDate(match[1] ?? '')} ${match[2] ?? ''}${zone}`;
}

function monthParts(month: string): { year: string; index: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const index = Number(match?.[2] ?? 0) - 1;
  return match === null || index < 0 || index > 11 ? null : { year: match[1] ?? '', index };
}

/** `2026-03` → "mars 2026"; any other text unchanged. */
export function formatMonth(month: string): string {
  const parts = monthParts(month);
  return parts === null ? month : `${MONTHS[parts.index] ?? ''} ${parts.year}`;
}

/** `2026-03` → { month: "mars", year: "2026" }, for chart labels; null for other text. */
export function shortMonth(
  month: string,
): { readonly month: string; readonly year: string } | null {
  const parts = monthParts(month);
  return parts === null ? null : { month: SHORT_MONTHS[parts.index] ?? '', year: parts.year };
}

export function formatEurosOrDash(cents: Cents | null): string {
  return cents === null ? '—' : formatEuros(cents);
}

const UNIT_SUFFIX: Readonly<Record<IndicatorResult['unit'], (n: number) => string>> = {
  '%': () => `${NBSP}%`,
  nombre: () => '',
  'jours ouvrés': (n) => (Math.abs(n) <= 1 ? `${NBSP}jour ouvré` : `${NBSP}jours ouvrés`),
  livraisons: (n) => (Math.abs(n) <= 1 ? `${NBSP}livraison` : `${NBSP}livraisons`),
};

export function formatWithUnit(value: number, unit: IndicatorResult['unit']): string {
  return `${formatNumber(value)}${UNIT_SUFFIX[unit](value)}`;
}

/** The value with its unit, or "sans objet" when there is nothing to measure. */
export function formatIndicatorValue(indicator: IndicatorResult): string {
  return indicator.value === null ? 'sans objet' : formatWithUnit(indicator.value, indicator.unit);
}

/** "≥ 95 %", or "sans seuil (N/A)" when the contract sets no target. */
export function formatThreshold(
  threshold: Threshold | null,
  unit: IndicatorResult['unit'],
): string {
  if (threshold === null) return 'sans seuil (N/A)';
  return `${COMPARATORS[threshold.comparator]}${NBSP}${formatWithUnit(threshold.value, unit)}`;
}

export function formatRatio(numerator: number | null, denominator: number | null): string {
  if (numerator === null && denominator === null) return '—';
  const show = (n: number | null) => (n === null ? '—' : formatNumber(n));
  return `${show(numerator)} / ${show(denominator)}`;
}

/** "1 ticket", "3 tickets". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 || count === 0 ? singular : pluralForm}`;
}
