import type { IndicatorDefinition } from '../contract/indicators-schema';
import type { OrderOutcome } from '../orders/evaluate-order';
import type { IndicatorResult } from './indicator-result';
import type { IssueFacts, MonthPeriod } from './issue-facts';
import { inScope } from './issue-kinds';
import { percent, rateVerdict, valueVerdict } from './verdict';

type Of<K extends IndicatorDefinition['kind']> = Extract<IndicatorDefinition, { kind: K }>;

const head = (d: IndicatorDefinition) => ({ id: d.id, label: d.label, threshold: d.threshold });

const inMonth = (date: string | null, period: MonthPeriod): boolean =>
  date !== null && date >= period.firstDay && date <= period.lastDay;

/** The largest lateness in jours ouvrés among the orders whose step happened in the period. */
export function orderLateness(
  definition: Of<'order-lateness'>,
  orders: readonly OrderOutcome[],
  period: MonthPeriod,
): IndicatorResult {
  const apart: string[] = [];
  const late = orders.flatMap((o): { key: string; days: number }[] => {
    if (definition.step === 'devis') {
      const step = o.steps.find((s) => s.step === 'devis');
      if (!inMonth(step?.date ?? null, period)) return [];
      // A devis whose deadline cannot be computed is shown apart, not counted as on time.
      if (step?.deadline?.error !== null && step?.deadline?.error !== undefined) {
        apart.push(o.key);
        return [];
      }
      return [{ key: o.key, days: step?.deadline?.lateWorkingDays ?? 0 }];
    }
    const delivery = o.delivery;
    return delivery?.delivered === true && inMonth(delivery.deliveredDate, period)
      ? [{ key: o.key, days: delivery.lateWorkingDays }]
      : [];
  });
  const value = late.length === 0 ? null : Math.max(...late.map((l) => l.days));
  const what =
    definition.step === 'devis'
      ? 'devis transmis dans le mois, écart en jours ouvrés avec l’échéance de leur horloge'
      : 'premières livraisons du mois, écart en jours ouvrés avec la date prévue au calendrier de réalisation';
  return {
    ...head(definition),
    unit: 'jours ouvrés',
    value,
    verdict: valueVerdict(value, definition.threshold),
    numerator: value,
    denominator: late.length,
    contributing: late.filter((l) => l.days > 0).map((l) => l.key),
    apart,
    rule: `Plus grand écart parmi les ${what} (${period.firstDay} – ${period.lastDay}).`,
  };
}

/** The most deliveries an order needed before its admission, among the orders admitted in the period. */
export function deliveriesBeforeValidation(
  definition: Of<'deliveries-before-validation'>,
  orders: readonly OrderOutcome[],
  period: MonthPeriod,
): IndicatorResult {
  const admitted = orders.filter((o) =>
    inMonth(o.steps.find((s) => s.step === 'admission')?.date ?? null, period),
  );
  const counts = admitted.map((o) => Math.max(o.deliveries.length, 1));
  const value = counts.length === 0 ? null : Math.max(...counts);
  return {
    ...head(definition),
    unit: 'livraisons',
    value,
    verdict: valueVerdict(value, definition.threshold),
    numerator: value,
    denominator: admitted.length,
    contributing: admitted.filter((o) => o.deliveries.length > 1).map((o) => o.key),
    apart: [],
    rule: `Nombre de livraisons nécessaires avant validation, le plus élevé parmi les commandes admises du ${period.firstDay} au ${period.lastDay}.`,
  };
}

/**
 * Anomalies opened since the start of the contract per 100 development days ordered by then
 * (bons de commande received): ATIH IQ-3 "≤ 7 %".
 */
export function anomaliesPerUnit(
  definition: Of<'anomalies-per-unit'>,
  facts: readonly IssueFacts[],
  orders: readonly OrderOutcome[],
  period: MonthPeriod,
): IndicatorResult {
  const anomalies = inScope(definition, facts).map((f) => f.history.key);
  const days = orders
    .filter((o) => {
      const date = o.steps.find((s) => s.step === 'bon-de-commande')?.date ?? null;
      return date !== null && date <= period.lastDay;
    })
    .flatMap((o) => o.lines.lines)
    .filter((l) => l.development)
    .reduce((sum, l) => sum + l.quantity, 0);
  return {
    ...head(definition),
    unit: '%',
    value: percent(anomalies.length, days, definition.threshold),
    verdict: rateVerdict(anomalies.length, days, definition.threshold),
    numerator: anomalies.length,
    denominator: days,
    contributing: anomalies,
    apart: [],
    rule: `Anomalies remontées depuis le début du marché jusqu’au ${period.lastDay} pour 100 jours d’unités d’œuvre de développement commandés à cette date.`,
  };
}
