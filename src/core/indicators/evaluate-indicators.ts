import type { IssueHistory } from '../clocks/issue-history';
import type { CompiledContract, CompiledVersion } from '../contract';
import type { IndicatorDefinition } from '../contract/indicators-schema';
import type { OrderOutcome } from '../orders/evaluate-order';
import type { IndicatorResult } from './indicator-result';
import { issueFacts, type IssueFacts, type MonthPeriod } from './issue-facts';
import { availability, clockRate, countIssues } from './issue-kinds';
import { anomaliesPerUnit, deliveriesBeforeValidation, orderLateness } from './order-kinds';
import { valueVerdict } from './verdict';

/** Figures Jira cannot know, entered for the month by indicator id (committees held, tests passed). */
export type ManualValues = Readonly<Record<string, number>>;

function manual(
  definition: Extract<IndicatorDefinition, { kind: 'manual' }>,
  values: ManualValues,
  period: MonthPeriod,
): IndicatorResult {
  const value = Object.hasOwn(values, definition.id) ? (values[definition.id] ?? null) : null;
  return {
    id: definition.id,
    label: definition.label,
    threshold: definition.threshold,
    unit: definition.unit,
    value,
    verdict: valueVerdict(value, definition.threshold),
    numerator: null,
    denominator: null,
    contributing: [],
    apart: [],
    rule:
      value === null
        ? `Valeur saisie pour ${period.month} : aucune, indicateur sans objet tant qu’elle n’est pas renseignée.`
        : `Valeur saisie pour ${period.month} (hors Jira).`,
  };
}

/** Every indicator of the version from the month's issue facts and orders. */
export function indicatorsFromFacts(
  compiled: CompiledVersion,
  facts: readonly IssueFacts[],
  orders: readonly OrderOutcome[],
  period: MonthPeriod,
  manualValues: ManualValues = {},
): IndicatorResult[] {
  return compiled.version.indicators.map((definition) => {
    switch (definition.kind) {
      case 'clock-rate':
        return clockRate(definition, facts, period);
      case 'count':
        return countIssues(definition, facts, period);
      case 'availability':
        return availability(definition, facts, period, compiled);
      case 'order-lateness':
        return orderLateness(definition, orders, period);
      case 'deliveries-before-validation':
        return deliveriesBeforeValidation(definition, orders, period);
      case 'anomalies-per-unit':
        return anomaliesPerUnit(definition, facts, orders, period);
      case 'manual':
        return manual(definition, manualValues, period);
    }
  });
}

/**
 * Every indicator of the contract version for one month: issues are evaluated once, at the end
 * of the month; `orders` are the month's orders (empty when the contract follows none).
 */
export function evaluateIndicators(
  contract: CompiledContract,
  compiled: CompiledVersion,
  histories: readonly IssueHistory[],
  orders: readonly OrderOutcome[],
  period: MonthPeriod,
  manualValues: ManualValues = {},
): IndicatorResult[] {
  const facts = issueFacts(contract, compiled, histories, period);
  return indicatorsFromFacts(compiled, facts, orders, period, manualValues);
}
