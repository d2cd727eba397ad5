import type { PenaltyRule } from '../contract/penalties-schema';
import type { IndicatorResult, Threshold } from '../indicators/indicator-result';
import { formatEuros } from '../orders/money';
import {
  compare,
  formatBigCents,
  formatDecimal,
  formatNumber,
  formatShare,
  multiplyCents,
  subtract,
  toDecimal,
  wholeSteps,
  type Decimal,
} from './decimal';
import type { DraftLine, LineOutcome } from './draft-line';

export type IndicatorRule = Extract<PenaltyRule, { kind: 'indicator-shortfall' | 'tiers' }>;

export function isIndicatorRule(rule: PenaltyRule): rule is IndicatorRule {
  return rule.kind === 'indicator-shortfall' || rule.kind === 'tiers';
}

/**
 * How far the value is on the wrong side of the target, exactly: target − value for `>=` and
 * `>`, value − target for `<=` and `<`, the distance for `=`; never below 0.
 */
export function shortfallOf(value: number, threshold: Threshold): Decimal {
  const target = toDecimal(threshold.value);
  const measured = toDecimal(value);
  const gap =
    threshold.comparator === '>=' || threshold.comparator === '>'
      ? subtract(target, measured)
      : subtract(measured, target);
  const distance =
    threshold.comparator === '=' && gap.units < 0n ? { units: -gap.units, scale: gap.scale } : gap;
  return distance.units < 0n ? { units: 0n, scale: 0 } : distance;
}

function unitText(result: IndicatorResult, amount: Decimal): string {
  if (result.unit !== '%') return result.unit;
  return compare(amount, { units: 2n, scale: 0 }) >= 0 ? 'points' : 'point';
}

function withUnit(value: number, result: IndicatorResult): string {
  return result.unit === '%'
    ? `${formatNumber(value)}\u00a0%`
    : `${formatNumber(value)} ${result.unit}`;
}

const COMPARATORS: Readonly<Record<Threshold['comparator'], string>> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  '>': '>',
  '<': '<',
};

function line(rule: IndicatorRule, computation: string, amount: bigint): DraftLine {
  return {
    rule: rule.id,
    label: rule.label,
    subject: rule.indicator,
    computation,
    amountCents: Number(amount),
    waived: false,
    item: null,
  };
}

/** The amount for a non-conforming indicator, with its explanation. */
function shortfallAmount(
  rule: IndicatorRule,
  shortfall: Decimal,
  gapText: string,
): { amount: bigint; computation: string } {
  if (rule.kind === 'indicator-shortfall') {
    const step = toDecimal(rule.step);
    const steps = wholeSteps(shortfall, step);
    const amount = multiplyCents(BigInt(rule.baseCents) * steps, toDecimal(rule.share));
    return {
      amount,
      computation: `${gapText} : ${steps.toString()} pas de ${formatDecimal(step)} (arrondi inférieur) × ${formatShare(rule.share)} × ${formatEuros(rule.baseCents)} = ${formatBigCents(amount)}`,
    };
  }
  const reached = rule.tiers
    .filter((tier) => compare(toDecimal(tier.fromShortfall), shortfall) <= 0)
    .reduce<(typeof rule.tiers)[number] | null>(
      (best, tier) => (best === null || tier.fromShortfall > best.fromShortfall ? tier : best),
      null,
    );
  if (reached === null) {
    const lowest = Math.min(...rule.tiers.map((tier) => tier.fromShortfall));
    return {
      amount: 0n,
      computation: `${gapText} : sous la première tranche (à partir de ${formatNumber(lowest)}), aucune pénalité`,
    };
  }
  const amount = BigInt(reached.amountCents);
  return {
    amount,
    computation: `${gapText} : tranche à partir de ${formatNumber(reached.fromShortfall)} = ${formatBigCents(amount)}`,
  };
}

/**
 * The line of one indicator rule for the month: 0 when the indicator is conforme or sans objet,
 * the amount of its shortfall otherwise; a line of 0 with a note when the indicator is missing.
 */
export function indicatorLine(
  rule: IndicatorRule,
  results: readonly IndicatorResult[],
): LineOutcome {
  const result = results.find((r) => r.id === rule.indicator);
  if (result === undefined)
    return {
      line: line(
        rule,
        `Indicateur ${rule.indicator} absent des résultats du mois : pénalité non calculée, ligne à 0.`,
        0n,
      ),
      note: `${rule.label} : l'indicateur ${rule.indicator} n'a pas été calculé ce mois ; la ligne reste à 0.`,
    };
  const { value, threshold, verdict } = result;
  if (verdict === 'sans objet' || value === null || threshold === null)
    return {
      line: line(rule, `${result.id} sans objet ce mois : aucune pénalité.`, 0n),
      note: null,
    };
  const against = `${withUnit(value, result)} pour un objectif ${COMPARATORS[threshold.comparator]} ${withUnit(threshold.value, result)}`;
  if (verdict === 'conforme')
    return {
      line: line(rule, `${result.id} : ${against}, conforme : aucune pénalité.`, 0n),
      note: null,
    };
  const shortfall = shortfallOf(value, threshold);
  const gapText = `${result.id} : ${against}, écart de ${formatDecimal(shortfall)} ${unitText(result, shortfall)}`;
  const { amount, computation } = shortfallAmount(rule, shortfall, gapText);
  return { line: line(rule, computation, amount), note: null };
}
