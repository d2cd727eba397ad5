import type { IndicatorResult } from '../../../src/core/indicators/indicator-result';
import { isIsoDate, type IsoDate } from '../../../src/core/time/civil-date';
import type { ClockDetail, IndicatorHistory } from '../../../src/core/report/report-model';

export type Indicator = Omit<IndicatorResult, 'apart' | 'numerator' | 'denominator'> &
  Partial<Pick<IndicatorResult, 'apart' | 'numerator' | 'denominator'>>;

export const indicator = (i: Indicator): IndicatorResult => ({
  numerator: null,
  denominator: null,
  apart: [],
  ...i,
});

export const clock = (
  label: string,
  verdict: ClockDetail['verdict'],
  figures: string,
  explanation: readonly string[],
  state = 'arrêté',
): ClockDetail => ({ label, state, verdict, figures, explanation });

/** The last 12 months up to `month` (`YYYY-MM`), oldest first. */
function last12Months(month: string): string[] {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (m - 1) - 11 + i;
    return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

export function history(
  month: string,
  series: Readonly<Record<string, readonly (number | null)[]>>,
): IndicatorHistory[] {
  return last12Months(month).map((m, i) => ({
    month: m,
    values: Object.entries(series).map(([id, values]) => ({ id, value: values[i] ?? null })),
  }));
}

export function day(text: string): IsoDate {
  if (!isIsoDate(text)) throw new Error(`not a civil date: ${text}`);
  return text;
}

export const rate = (
  id: string,
  label: string,
  threshold: number,
  value: number | null,
  ratio: readonly [number, number] | null,
  contributing: readonly string[],
  rule: string,
): IndicatorResult => ({
  id,
  label,
  unit: '%',
  value,
  threshold: { comparator: '>=', value: threshold },
  verdict: value === null ? 'sans objet' : value >= threshold ? 'conforme' : 'non conforme',
  numerator: ratio?.[0] ?? null,
  denominator: ratio?.[1] ?? null,
  contributing,
  apart: [],
  rule,
});
