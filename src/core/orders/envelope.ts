import type { IssueHistory } from '../clocks/issue-history';
import { buildTimeline } from '../clocks/timeline';
import type { ContractVersion } from '../contract';
import type { EnvelopeConfig } from '../contract/orders-schema';
import type { OrderOutcome } from './evaluate-order';
import { formatQuantity } from './money';
import type { LineProblem } from './uo-lines';

/** One ticket drawing on the envelope. Charges in days. */
export interface EnvelopeTicket {
  readonly key: string;
  readonly status: string;
  readonly estimate: number | null;
  readonly validated: number | null;
  readonly problems: readonly LineProblem[];
}

export interface EnvelopeOutcome {
  readonly code: string;
  /** Days credited by the bons de commande received so far. */
  readonly creditedDays: number;
  /** Charges validated by the administration, deducted. */
  readonly consumedDays: number;
  readonly balanceDays: number;
  /** Estimates of the tickets whose charge is not validated yet. */
  readonly openEstimateDays: number;
  readonly alert: 'épuisée' | 'insuffisante' | null;
  /** The state in one French sentence. */
  readonly summary: string;
  readonly credits: readonly { readonly key: string; readonly days: number }[];
  readonly tickets: readonly EnvelopeTicket[];
}

const WORKING_ROLES = new Set(['in-progress', 'resolved', 'closed']);

function days(text: string | null): number | null | undefined {
  if (text === null) return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** An envelope ticket's charges, and whether work began before its charge was estimated. */
export function envelopeTicket(
  history: IssueHistory,
  version: ContractVersion,
  envelope: EnvelopeConfig,
  at: number,
): EnvelopeTicket {
  const timeline = buildTimeline(history, version, at);
  const last = timeline.entries.at(-1)?.state;
  const problems: LineProblem[] = [];
  const read = (field: string): number | null => {
    const text = last?.values[field] ?? null;
    const value = days(text);
    if (value !== undefined) return value;
    problems.push({
      code: 'ENVELOPE.BAD_CHARGE',
      message: `${history.key} : charge « ${text ?? ''} » illisible dans « ${version.fields[field]?.label ?? field} » ; écrivez un nombre de jours.`,
    });
    return null;
  };
  const estimate = read(envelope.estimateField);
  const validated = read(envelope.validatedField);
  const started = timeline.entries.find(
    (e) => e.state.role !== undefined && WORKING_ROLES.has(e.state.role),
  );
  if (started !== undefined && (started.state.values[envelope.estimateField] ?? null) === null)
    problems.push({
      code: 'ENVELOPE.NOT_ESTIMATED',
      message: `${history.key} : travaux commencés (${started.state.status}) sans charge estimée ; la charge doit être renseignée avant toute intervention (000 L2067–2075).`,
    });
  return { key: history.key, status: last?.status ?? '', estimate, validated, problems };
}

/** The envelope's balance: credits of the orders of its code, less the validated charges. */
export function envelopeBalance(
  envelope: EnvelopeConfig,
  orders: readonly OrderOutcome[],
  tickets: readonly EnvelopeTicket[],
): EnvelopeOutcome {
  const credits = orders.flatMap((order) => {
    const received = order.steps.some((s) => s.step === 'bon-de-commande' && s.at !== null);
    const quantity = order.lines.lines
      .filter((l) => l.code === envelope.code)
      .reduce((sum, l) => sum + l.quantity, 0);
    return received && quantity > 0 ? [{ key: order.key, days: quantity }] : [];
  });
  // Days are summed in hundredths: ten charges of 0,1 j are exactly 1 j.
  const hundredths = (days: number): number => Math.round(days * 100);
  const sum = (values: readonly number[]): number =>
    values.reduce((total, v) => total + hundredths(v), 0) / 100;
  const creditedDays = sum(credits.map((c) => c.days));
  const consumedDays = sum(tickets.map((t) => t.validated ?? 0));
  const openEstimateDays = sum(
    tickets.filter((t) => t.validated === null).map((t) => t.estimate ?? 0),
  );
  const balanceDays = (hundredths(creditedDays) - hundredths(consumedDays)) / 100;
  const unused = credits.length === 0 && tickets.length === 0;
  const alert = unused
    ? null
    : balanceDays <= 0
      ? 'épuisée'
      : balanceDays < openEstimateDays
        ? 'insuffisante'
        : null;
  const state =
    alert === 'épuisée'
      ? ' : enveloppe épuisée, un nouveau bon de commande est nécessaire'
      : alert === 'insuffisante'
        ? ` : solde insuffisant pour les ${formatQuantity(openEstimateDays)} j estimés en attente`
        : '';
  const summary = unused
    ? `${envelope.code} : aucun bon de commande reçu ni aucun ticket.`
    : `${envelope.code} : ${formatQuantity(creditedDays)} j commandés, ${formatQuantity(consumedDays)} j validés, solde ${formatQuantity(balanceDays)} j${state}.`;
  return {
    code: envelope.code,
    creditedDays,
    consumedDays,
    balanceDays,
    openEstimateDays,
    alert,
    summary,
    credits,
    tickets,
  };
}
