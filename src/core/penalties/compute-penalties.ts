import type { PenaltiesConfig } from '../contract/penalties-schema';
import type { Issue, Result } from '../result';
import { fail, succeed } from '../result';
import { capItems, capTotal, exonerate } from './caps';
import { publicLine, type DraftLine } from './draft-line';
import { indicatorLine, isIndicatorRule } from './indicator-lines';
import type { PenaltiesComputation, PenaltyInputs } from './inputs';
import { isLateRule, lateLine } from './late-lines';
import { applyWaivers } from './waivers';

function checkCents(value: number | null, path: string, issues: Issue[]): void {
  if (value !== null && !(Number.isSafeInteger(value) && value >= 0))
    issues.push({
      path,
      message: `Montant attendu en centimes entiers positifs, reçu ${String(value)}.`,
    });
}

function checkCount(value: number | null, path: string, issues: Issue[], whole: boolean): void {
  if (value === null) return;
  const valid = whole ? Number.isSafeInteger(value) : Number.isFinite(value);
  if (!valid || value < 0)
    issues.push({
      path,
      message: `Retard attendu positif ou nul${whole ? ' et entier' : ''}, reçu ${String(value)}.`,
    });
}

function checkInputs(inputs: PenaltyInputs): Issue[] {
  const issues: Issue[] = [];
  const keys = new Set<string>();
  inputs.lateItems.forEach((item, i) => {
    const at = `lateItems[${String(i)}]`;
    if (keys.has(item.key))
      issues.push({ path: `${at}.key`, message: `L'élément « ${item.key} » figure deux fois.` });
    keys.add(item.key);
    checkCents(item.valueCents, `${at}.valueCents`, issues);
    checkCount(item.lateDays, `${at}.lateDays`, issues, true);
    checkCount(item.lateWorkingDays, `${at}.lateWorkingDays`, issues, true);
    checkCount(item.lateMinutes, `${at}.lateMinutes`, issues, false);
  });
  checkCents(inputs.contractAmountCents, 'contractAmountCents', issues);
  checkCents(inputs.previousTotalCents, 'previousTotalCents', issues);
  return issues;
}

/**
 * The month's penalties: one line per rule and late item (or indicator), waivers, the per-item
 * cap, the monthly and contract caps, then the exoneration.
 *
 * Money is integer euro cents HT. Each line is rounded once, to the cent, half away from zero
 * (P = V × R / D on exact integers: 100 500 c × 1 / 1000 = 100,5 c → 1,01 €); shortfalls are
 * measured on exact decimals (95 − 94,8 = 0,2, not 0.20000000000000284). `totalCents` may be
 * below the sum of the lines (`subtotalCents`): the notes say which cap or exoneration applied.
 *
 * @example
 * const order: LateItem = {
 *   key: 'ATIH-12', label: 'ATIH-12 — livraison', subject: 'order', clock: null,
 *   valueCents: 1_000_000, lateDays: 3, lateWorkingDays: 3, lateMinutes: null, breached: true,
 * };
 * computePenalties(
 *   { rules: [{ id: 'retard', label: 'Retard', kind: 'ccag-late', ccag: 'CCAG-TIC', subject: 'orders' }],
 *     caps: {}, observationDays: 15 },
 *   { indicators: [], lateItems: [order], contractAmountCents: null, previousTotalCents: 0, waivers: [] },
 * );
 * // lines[0]: 3000 cents, "P = V × R / 1000 = 10 000,00 € × 3 / 1000 = 30,00 € (CCAG-TIC)"
 */
export function computePenalties(
  config: PenaltiesConfig,
  inputs: PenaltyInputs,
): Result<PenaltiesComputation> {
  const issues = checkInputs(inputs);
  const first = issues[0];
  if (first !== undefined)
    return fail(
      'PENALTY.INVALID_INPUT',
      `Données de pénalités invalides : ${first.path} : ${first.message}`,
      issues,
    );
  const notes: string[] = [];
  const drafts: DraftLine[] = [];
  for (const rule of config.rules) {
    const outcomes = isIndicatorRule(rule)
      ? [indicatorLine(rule, inputs.indicators)]
      : isLateRule(rule)
        ? inputs.lateItems.map((item) => lateLine(rule, item))
        : [];
    for (const outcome of outcomes) {
      if (outcome === null) continue;
      drafts.push(outcome.line);
      if (outcome.note !== null) notes.push(outcome.note);
    }
  }
  const subtotalBefore = drafts.reduce((sum, line) => sum + line.amountCents, 0);
  if (
    !drafts.every((line) => Number.isSafeInteger(line.amountCents)) ||
    !Number.isSafeInteger(subtotalBefore + inputs.previousTotalCents)
  )
    return fail(
      'PENALTY.OVERFLOW',
      'Montant de pénalités hors limites : vérifiez les montants et les retards saisis.',
    );
  const waived = applyWaivers(drafts, inputs.waivers);
  const capped = capItems(waived.lines, config.caps.itemShare);
  const lines = capped.value.map(publicLine);
  const subtotalCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
  const total = capTotal(
    subtotalCents,
    config.caps,
    inputs.contractAmountCents,
    inputs.previousTotalCents,
  );
  const exonerated = exonerate(total.value, config.exoneration, inputs.previousTotalCents);
  return succeed({
    lines,
    subtotalCents,
    totalCents: exonerated.value,
    notes: [...notes, ...waived.notes, ...capped.notes, ...total.notes, ...exonerated.notes],
  });
}
