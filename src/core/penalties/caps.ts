import type { PenaltyCaps, PenaltyExoneration } from '../contract/penalties-schema';
import { formatEuros, type Cents } from '../orders/money';
import { formatShare, shareOf } from './decimal';
import type { DraftLine } from './draft-line';

interface Capped<T> {
  readonly value: T;
  readonly notes: readonly string[];
}

/**
 * Caps the lines of each late item at `itemShare` of its value (CCAG 2021 art. 14.1.2: 10 % of
 * the order amount HT). When several rules hit one item, the earlier lines keep their amount and
 * the later ones take what remains. Items without a value cannot be capped: a note says so.
 */
export function capItems(
  lines: readonly DraftLine[],
  itemShare: number | undefined,
): Capped<DraftLine[]> {
  if (itemShare === undefined) return { value: [...lines], notes: [] };
  const notes: string[] = [];
  const remaining = new Map<string, Cents>();
  const totals = new Map<string, Cents>();
  for (const { item, amountCents } of lines)
    if (item !== null) totals.set(item.key, (totals.get(item.key) ?? 0) + amountCents);
  const value = lines.map((line) => {
    const item = line.item;
    if (item === null || line.amountCents === 0) return line;
    if (item.valueCents === null) {
      if (remaining.has(item.key)) return line;
      remaining.set(item.key, 0);
      notes.push(
        `Plafond de ${formatShare(itemShare)} non appliqué à ${item.label} (${item.key}) : sa valeur est inconnue.`,
      );
      return line;
    }
    const cap = shareOf(item.valueCents, itemShare);
    const total = totals.get(item.key) ?? 0;
    if (total <= cap) return line;
    if (!remaining.has(item.key))
      notes.push(
        `Plafond de ${formatShare(itemShare)} de ${formatEuros(item.valueCents)} pour ${item.label} (${item.key}) : ${formatEuros(total)} ramenés à ${formatEuros(cap)}.`,
      );
    const left = remaining.get(item.key) ?? cap;
    const amountCents = Math.min(line.amountCents, left);
    remaining.set(item.key, left - amountCents);
    if (amountCents === line.amountCents) return line;
    return {
      ...line,
      amountCents,
      computation: `${line.computation} ; plafonné à ${formatEuros(amountCents)} (plafond de ${formatShare(itemShare)} × ${formatEuros(item.valueCents)} = ${formatEuros(cap)} pour l'élément)`,
    };
  });
  return { value, notes };
}

/**
 * Caps the month's subtotal: `monthlyCents`, then `contractShare` of the contract amount minus
 * what the earlier months already reached (`previousCents`).
 */
export function capTotal(
  subtotal: Cents,
  caps: PenaltyCaps,
  contractAmountCents: Cents | null,
  previousCents: Cents,
): Capped<Cents> {
  const notes: string[] = [];
  let total = subtotal;
  if (caps.monthlyCents !== undefined && total > caps.monthlyCents) {
    notes.push(
      `Plafond mensuel de ${formatEuros(caps.monthlyCents)} : ${formatEuros(total)} ramenés à ${formatEuros(caps.monthlyCents)}.`,
    );
    total = caps.monthlyCents;
  }
  if (caps.contractShare !== undefined) {
    const share = formatShare(caps.contractShare);
    if (contractAmountCents === null) {
      if (total > 0)
        notes.push(
          `Plafond de ${share} du montant du marché non appliqué : montant du marché inconnu.`,
        );
    } else {
      const cap = shareOf(contractAmountCents, caps.contractShare);
      const left = Math.max(0, cap - previousCents);
      if (total > left) {
        notes.push(
          `Plafond de ${share} du montant du marché (${share} × ${formatEuros(contractAmountCents)} = ${formatEuros(cap)}) : ${formatEuros(previousCents)} déjà atteints les mois précédents, ${formatEuros(total)} ramenés à ${formatEuros(left)}.`,
        );
        total = left;
      }
    }
  }
  return { value: total, notes };
}

/**
 * CCAG 2021 art. 14.1.3: no penalty while the total does not exceed the threshold (1 000 € HT),
 * over the month alone or over the whole contract (earlier months plus this one). Exactly the
 * threshold is exonerated. Earlier months exonerated while the running total stayed under the
 * threshold are not recovered here when it is crossed: a note gives their amount.
 */
export function exonerate(
  total: Cents,
  exoneration: PenaltyExoneration | undefined,
  previousCents: Cents,
): Capped<Cents> {
  if (exoneration === undefined || total === 0) return { value: total, notes: [] };
  const threshold = formatEuros(exoneration.thresholdCents);
  if (exoneration.scope === 'month') {
    if (total > exoneration.thresholdCents) return { value: total, notes: [] };
    return {
      value: 0,
      notes: [
        `Exonération : le total du mois, ${formatEuros(total)}, ne dépasse pas ${threshold} HT ; aucune pénalité appliquée.`,
      ],
    };
  }
  const cumulated = previousCents + total;
  if (cumulated <= exoneration.thresholdCents)
    return {
      value: 0,
      notes: [
        `Exonération (CCAG art. 14.1.3) : le cumul du marché, ${formatEuros(previousCents)} + ${formatEuros(total)} = ${formatEuros(cumulated)}, ne dépasse pas ${threshold} HT ; aucune pénalité appliquée ce mois, tant que le cumul reste sous ce seuil.`,
      ],
    };
  if (previousCents > 0 && previousCents <= exoneration.thresholdCents)
    return {
      value: total,
      notes: [
        `Le cumul du marché, ${formatEuros(cumulated)}, dépasse désormais ${threshold} HT : l'exonération cesse. Les pénalités des mois précédents (${formatEuros(previousCents)}), exonérées jusqu'ici, ne sont pas reprises dans ce total : à régulariser si l'acheteur le décide.`,
      ],
    };
  return { value: total, notes: [] };
}
