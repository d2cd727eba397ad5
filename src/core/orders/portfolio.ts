import type { AdjustmentsByIssue } from '../clocks/adjustments';
import { categoryOf, evaluateIssue, versionAt } from '../clocks/evaluate-issue';
import type { IssueHistory } from '../clocks/issue-history';
import type { CompiledContract } from '../contract';
import type { Catalogue, CatalogueCap } from '../contract/catalogue-schema';
import { fail, succeed, type Result } from '../result';
import { isoDateOf, type IsoDate } from '../time/civil-date';
import { localDayOf } from '../time/working-days';
import { comiteDashboard, type ComiteDashboard } from './dashboard';
import { envelopeBalance, envelopeTicket, type EnvelopeOutcome } from './envelope';
import { evaluateOrder, type OrderContext, type OrderOutcome } from './evaluate-order';
import { formatEuros, type Cents } from './money';
import type { LineProblem } from './uo-lines';

export interface CapOutcome {
  readonly id: string;
  readonly label: string;
  readonly maxShare: number;
  /** Share of the capped codes in the amount ordered, or null when a price is missing. */
  readonly share: number | null;
  readonly cappedAmount: Cents | null;
  readonly totalAmount: Cents | null;
  readonly verdict: 'conforme' | 'dépassé' | 'non calculable';
  readonly explanation: string;
}

export interface OrdersEvaluation {
  readonly contract: string;
  readonly contractVersion: string;
  readonly at: number;
  /** Orders by date of expression de besoin. */
  readonly orders: readonly OrderOutcome[];
  readonly caps: readonly CapOutcome[];
  readonly envelope: EnvelopeOutcome | null;
  readonly dashboard: ComiteDashboard;
}

export interface OrdersOptions {
  /** The date of the last comité: the dashboard lists what happened since the day after. */
  readonly lastComite?: IsoDate | undefined;
  /** The manual decisions on the orders' clocks, by issue key. */
  readonly adjustments?: AdjustmentsByIssue | undefined;
}

const ordered = (order: OrderOutcome): boolean =>
  order.steps.some((s) => s.step === 'bon-de-commande' && s.at !== null);

const startOf = (order: OrderOutcome, created: ReadonlyMap<string, number>): number =>
  order.steps.find((s) => s.step === 'besoin')?.at ?? created.get(order.key) ?? 0;

/** Once-only codes ordered twice and prerequisites never ordered before: flagged on the later order. */
function portfolioProblems(
  catalogue: Catalogue,
  orders: readonly OrderOutcome[],
): Map<string, LineProblem[]> {
  const found = new Map<string, LineProblem[]>();
  const add = (key: string, problem: LineProblem): void => {
    found.set(key, [...(found.get(key) ?? []), problem]);
  };
  const seen = new Map<string, string>();
  // Only orders with a bon de commande count, in the order of their bons de commande: a devis
  // never ordered neither uses a once-only code nor satisfies a prerequisite.
  const bcDate = (o: OrderOutcome): number =>
    o.steps.find((s) => s.step === 'bon-de-commande')?.at ?? Number.POSITIVE_INFINITY;
  for (const order of orders.filter(ordered).sort((a, b) => bcDate(a) - bcDate(b))) {
    const codes = new Set(order.lines.lines.map((l) => l.code));
    for (const code of codes) {
      const unit = catalogue.units.find((u) => u.code === code);
      if (unit === undefined) continue;
      const first = seen.get(code);
      if (unit.onceOnly && first !== undefined)
        add(order.key, {
          code: 'ORDER.ONCE_ONLY',
          message: `${order.key} : ${code} ne peut être commandé qu'une fois au marché ; il l'est déjà par ${first}.`,
        });
      for (const required of unit.prerequisites ?? [])
        if (!seen.has(required) && !codes.has(required))
          add(order.key, {
            code: 'ORDER.PREREQUISITE',
            message: `${order.key} : ${code} demande d'avoir commandé ${required} auparavant ; aucune commande antérieure ne le contient.`,
          });
    }
    for (const code of codes) if (!seen.has(code)) seen.set(code, order.key);
  }
  return found;
}

const percent = (share: number): string =>
  `${(Math.round(share * 1000) / 10).toString().replace('.', ',')} %`;

function capOutcome(cap: CatalogueCap, orders: readonly OrderOutcome[]): CapOutcome {
  const base = { id: cap.id, label: cap.label, maxShare: cap.maxShare };
  const lines = orders.filter(ordered).flatMap((o) => o.lines.lines);
  const missing = [...new Set(lines.filter((l) => l.amount === null).map((l) => l.code))];
  if (missing.length > 0)
    return {
      ...base,
      share: null,
      cappedAmount: null,
      totalAmount: null,
      verdict: 'non calculable',
      explanation: `prix manquants pour ${missing.join(', ')} : renseignez les prix du BPU au catalogue.`,
    };
  const total = lines.reduce((sum, l) => sum + (l.amount ?? 0), 0);
  const capped = lines
    .filter((l) => cap.codes.includes(l.code))
    .reduce((sum, l) => sum + (l.amount ?? 0), 0);
  const share = total === 0 ? 0 : capped / total;
  return {
    ...base,
    share,
    cappedAmount: capped,
    totalAmount: total,
    verdict: share <= cap.maxShare ? 'conforme' : 'dépassé',
    explanation: `${formatEuros(capped)} sur ${formatEuros(total)} HT commandés, soit ${percent(share)} (plafond ${percent(cap.maxShare)}).`,
  };
}

/**
 * Every order of the contract among `histories`, evaluated at `at` (epoch ms), with the rules that
 * span orders (once-only codes, prerequisites, caps), the envelope and the comité dashboard.
 */
export function evaluateOrders(
  contract: CompiledContract,
  histories: readonly IssueHistory[],
  at: number,
  options: OrdersOptions = {},
): Result<OrdersEvaluation> {
  const compiled = versionAt(contract, at);
  const orders = compiled?.version.orders;
  const catalogue = compiled?.version.catalogue;
  const calendar = orders === undefined ? undefined : compiled?.calendars.get(orders.calendar);
  if (
    compiled === undefined ||
    orders === undefined ||
    catalogue === undefined ||
    calendar === undefined
  )
    return fail(
      'ORDERS.NOT_CONFIGURED',
      `Le contrat « ${contract.contract.id} » ne décrit pas le suivi des commandes à cette date : ajoutez catalogue et orders à sa version en vigueur.`,
    );
  const byKey = new Map(histories.map((h) => [h.key, h]));
  const context: OrderContext = {
    compiled,
    orders,
    catalogue,
    calendar,
    corrections: new Map(
      catalogue.units.flatMap((u) =>
        u.correction === undefined ? [] : [[u.code, u.correction] as const],
      ),
    ),
    at,
    lookup: (key) => byKey.get(key),
  };
  const created = new Map<string, number>();
  const outcomes: OrderOutcome[] = [];
  const tickets = [];
  for (const history of histories) {
    const category = categoryOf(compiled.version, history);
    if (category === null) continue;
    if (orders.categories.includes(category)) {
      const decisions = options.adjustments?.get(history.key) ?? [];
      const clocks = evaluateIssue(contract, history, at, decisions, { segments: false });
      created.set(history.key, history.created);
      outcomes.push(evaluateOrder(context, history, clocks.ok ? clocks.value.clocks : []));
    } else if (orders.envelope?.categories.includes(category) === true)
      tickets.push(envelopeTicket(history, compiled.version, orders.envelope, at));
  }
  outcomes.sort((a, b) => startOf(a, created) - startOf(b, created) || (a.key < b.key ? -1 : 1));
  const extra = portfolioProblems(catalogue, outcomes);
  const all = outcomes.map((o) => {
    const more = extra.get(o.key);
    return more === undefined ? o : { ...o, problems: [...o.problems, ...more] };
  });
  return succeed({
    contract: contract.contract.id,
    contractVersion: compiled.version.effectiveFrom,
    at,
    orders: all,
    caps: catalogue.caps.map((cap) => capOutcome(cap, all)),
    envelope: orders.envelope === undefined ? null : envelopeBalance(orders.envelope, all, tickets),
    // The last day the evaluation covers: a month evaluated at the next month's first instant
    // reports up to its own last day.
    dashboard: comiteDashboard(all, isoDateOf(localDayOf(calendar, at - 1)), {
      fiscalYearStartMonth: orders.fiscalYearStartMonth,
      lastComite: options.lastComite,
    }),
  });
}
