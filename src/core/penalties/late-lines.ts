import { CCAG_DIVISORS, type PenaltyRule } from '../contract/penalties-schema';
import { formatEuros } from '../orders/money';
import { divideRounded, formatBigCents } from './decimal';
import type { DraftLine, LineOutcome } from './draft-line';
import type { LateItem } from './inputs';

export type LateRule = Extract<
  PenaltyRule,
  { kind: 'ccag-late' | 'per-day' | 'per-hour' | 'per-breach' }
>;

export function isLateRule(rule: PenaltyRule): rule is LateRule {
  return (
    rule.kind === 'ccag-late' ||
    rule.kind === 'per-day' ||
    rule.kind === 'per-hour' ||
    rule.kind === 'per-breach'
  );
}

/** The rule looks at this item: its subject (orders, clocks, both) and its clocks, when given. */
function concerns(rule: LateRule, item: LateItem): boolean {
  if (rule.subject === 'orders' && item.subject !== 'order') return false;
  if (rule.subject === 'clocks' && item.subject !== 'clock') return false;
  return rule.clocks === undefined || (item.clock !== null && rule.clocks.includes(item.clock));
}

/** The lateness the rule counts, and how to say it (plural form, singular form). */
function latenessOf(
  rule: Exclude<LateRule, { kind: 'per-breach' }>,
  item: LateItem,
): { value: number | null; unit: readonly [string, string] } {
  const calendar = ['jours calendaires de retard', 'jour calendaire de retard'] as const;
  switch (rule.kind) {
    case 'ccag-late':
      return { value: item.lateDays, unit: calendar };
    case 'per-day':
      return rule.days === 'calendar'
        ? { value: item.lateDays, unit: calendar }
        : { value: item.lateWorkingDays, unit: ['jours ouvrés de retard', 'jour ouvré de retard'] };
    case 'per-hour':
      return {
        value: item.lateMinutes,
        unit: ['minutes ouvrées de retard', 'minute ouvrée de retard'],
      };
  }
}

/** "3 jours ouvrés de retard", "1 jour ouvré de retard" (French plural from 2). */
function count(n: number, [plural, singular]: readonly [string, string]): string {
  return `${String(n)} ${n >= 2 ? plural : singular}`;
}

function line(rule: LateRule, item: LateItem, computation: string, amount: bigint): DraftLine {
  return {
    rule: rule.id,
    label: rule.label,
    subject: item.key,
    computation,
    amountCents: Number(amount),
    waived: false,
    item,
  };
}

/** A line of 0 that says which figure is missing, and the note that asks for it. */
function missing(rule: LateRule, item: LateItem, what: string, detail = ''): LineOutcome {
  const text = `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  return {
    line: line(rule, item, `${text}${detail} : pénalité non calculée, ligne à 0.`, 0n),
    note: `${rule.label} : ${what} pour ${item.label} (${item.key}) ; la ligne reste à 0 tant que ce chiffre manque.`,
  };
}

/**
 * The line of one late rule for one item, or null when the item is neither breached nor late in
 * the rule's unit. Amounts are rounded once, to the cent, half away from zero.
 */
export function lateLine(rule: LateRule, item: LateItem): LineOutcome | null {
  if (!concerns(rule, item)) return null;
  if (rule.kind === 'per-breach') {
    if (!item.breached) return null;
    const amount = BigInt(rule.amountCents);
    return {
      line: line(rule, item, `Forfait par délai dépassé = ${formatBigCents(amount)}`, amount),
      note: null,
    };
  }
  const lateness = latenessOf(rule, item);
  const late = lateness.value;
  if (!item.breached && (late === null || late <= 0)) return null;
  if (late === null) return missing(rule, item, `nombre de ${lateness.unit[0]} inconnu`);
  switch (rule.kind) {
    case 'ccag-late': {
      const divisor = CCAG_DIVISORS[rule.ccag];
      if (item.valueCents === null)
        return missing(
          rule,
          item,
          'montant HT manquant',
          ` (P = V × R / ${String(divisor)}, R = ${count(late, lateness.unit)})`,
        );
      const amount = divideRounded(BigInt(item.valueCents) * BigInt(late), BigInt(divisor));
      return {
        line: line(
          rule,
          item,
          `P = V × R / ${String(divisor)} = ${formatEuros(item.valueCents)} × ${String(late)} / ${String(divisor)} = ${formatBigCents(amount)} (${rule.ccag})`,
          amount,
        ),
        note: null,
      };
    }
    case 'per-day': {
      const amount = BigInt(rule.amountCents) * BigInt(late);
      return {
        line: line(
          rule,
          item,
          `${formatEuros(rule.amountCents)} × ${count(late, lateness.unit)} = ${formatBigCents(amount)}`,
          amount,
        ),
        note: null,
      };
    }
    case 'per-hour': {
      const hours = Math.ceil(late / 60);
      const amount = BigInt(rule.amountCents) * BigInt(hours);
      return {
        line: line(
          rule,
          item,
          `${formatEuros(rule.amountCents)} × ${count(hours, ['heures entamées', 'heure entamée'])} (${count(late, lateness.unit)}) = ${formatBigCents(amount)}`,
          amount,
        ),
        note: null,
      };
    }
  }
}
