import { isClockError, type ClockMeasure, type ClockResult } from '../clocks/clock-result';
import type { IssueHistory } from '../clocks/issue-history';
import type { CompiledVersion } from '../contract';
import type { Catalogue, CorrectionRule } from '../contract/catalogue-schema';
import {
  ORDER_DOCUMENTS,
  ORDER_STEP_LABELS,
  ORDER_STEPS,
  type OrderDocument,
  type OrderStep,
  type OrdersConfig,
} from '../contract/orders-schema';
import type { BusinessCalendar } from '../time';
import { isoDateOf, type IsoDate } from '../time/civil-date';
import { localDayOf } from '../time/working-days';
import { correctionDeadline, correctionRuleOf, type CorrectionDeadline } from './corrections';
import {
  deliveryPunctuality,
  plannedDateOf,
  validationPunctuality,
  type DeliveryPunctuality,
  type ValidationPunctuality,
} from './delivery-checks';
import { invoicesFieldSchema, type Invoice } from './invoices';
import { readLifecycle, type IssueLookup } from './lifecycle';
import { formatEuros, type Cents } from './money';
import { readObjectField } from './order-fields';
import { checkLines, uoLinesFieldSchema, type CheckedLines, type LineProblem } from './uo-lines';

/** Whether a step was on time, from the clock the contract attaches to it. */
export interface StepDeadline {
  readonly clock: string;
  readonly label: string;
  readonly state: ClockMeasure['state'] | 'error';
  readonly dueDate: string | null;
  readonly breached: boolean;
  readonly lateWorkingDays: number | null;
  readonly error: string | null;
  /**
   * The clock's expiry accepts the bon de commande tacitly (000 L865–869): passing it is not a
   * lateness of the titulaire, see `acceptance`.
   */
  readonly tacit: boolean;
}

export interface StepOutcome {
  readonly step: OrderStep;
  readonly label: string;
  readonly at: number | null;
  readonly date: IsoDate | null;
  readonly deadline: StepDeadline | null;
}

export interface DeliveryOutcome {
  readonly iteration: number;
  readonly at: number;
  readonly date: IsoDate;
  readonly refusedAt: number | null;
  readonly refusedDate: IsoDate | null;
  readonly correction: CorrectionDeadline | null;
}

export interface Acceptance {
  /** `explicite` before expiry, `tacite` at expiry, `en attente` while the delay runs. */
  readonly kind: 'explicite' | 'tacite' | 'en attente' | 'sans objet';
  readonly at: number | null;
}

export interface OrderOutcome {
  readonly key: string;
  readonly project: string;
  readonly urgent: boolean;
  readonly orderNumber: string | null;
  readonly lines: CheckedLines;
  readonly steps: readonly StepOutcome[];
  readonly acceptance: Acceptance;
  readonly deliveries: readonly DeliveryOutcome[];
  /** The first delivery against the planned date, when one is set. */
  readonly delivery: DeliveryPunctuality | null;
  /** The admission against the administration's verification period, once admitted. */
  readonly validation: ValidationPunctuality | null;
  readonly invoices: readonly Invoice[];
  readonly invoiced: Cents;
  readonly paid: Cents;
  readonly documents: readonly {
    readonly document: OrderDocument;
    readonly link: string | null;
    readonly date: IsoDate | null;
  }[];
  /** What is wrong with the order, in French; never silently fixed. */
  readonly problems: readonly LineProblem[];
}

/** What the evaluation of one order needs besides the issue. */
export interface OrderContext {
  readonly compiled: CompiledVersion;
  readonly orders: OrdersConfig;
  readonly catalogue: Catalogue;
  readonly calendar: BusinessCalendar;
  readonly corrections: ReadonlyMap<string, CorrectionRule>;
  readonly at: number;
  /** The other issues of the export, for steps dated on linked issues. */
  readonly lookup: IssueLookup;
}

function deadlineOf(
  clocks: readonly ClockResult[],
  id: string | undefined,
  tacit: boolean,
): StepDeadline | null {
  const clock = clocks.find((c) => c.id === id);
  if (clock === undefined) return null;
  if (isClockError(clock))
    return {
      clock: clock.id,
      label: clock.label,
      state: 'error',
      dueDate: null,
      breached: false,
      lateWorkingDays: null,
      error: clock.error.message,
      tacit,
    };
  return {
    clock: clock.id,
    label: clock.label,
    state: clock.state,
    dueDate: clock.dueDate,
    breached: clock.breached,
    lateWorkingDays: clock.lateWorkingDays,
    error: null,
    tacit,
  };
}

function acceptanceOf(
  clocks: readonly ClockResult[],
  id: string | undefined,
  explicit: number | undefined,
): Acceptance {
  const clock = clocks.find((c) => c.id === id);
  if (clock === undefined || isClockError(clock) || clock.state === 'not-started')
    return { kind: 'sans objet', at: null };
  const expiry = clock.breached ? clock.breachedAt : null;
  const done = explicit ?? (clock.state === 'stopped' ? clock.stoppedAt : null);
  if (expiry !== null && (done === null || done >= expiry)) return { kind: 'tacite', at: expiry };
  if (done !== null) return { kind: 'explicite', at: done };
  return { kind: 'en attente', at: null };
}

/** Evaluates one order issue at `context.at`: steps, deadlines, deliveries, money and problems. */
export function evaluateOrder(
  context: OrderContext,
  history: IssueHistory,
  clocks: readonly ClockResult[],
): OrderOutcome {
  const { compiled, orders, catalogue, calendar, at } = context;
  const version = compiled.version;
  const problems: LineProblem[] = [];
  const dateOf = (instant: number): IsoDate => isoDateOf(localDayOf(calendar, instant));
  const lifecycle = readLifecycle(history, version, orders, calendar.zone, at, context.lookup);
  problems.push(...lifecycle.problems);
  const lineField = readObjectField(
    history,
    orders.linesField,
    uoLinesFieldSchema,
    'ORDER.BAD_LINES',
  );
  if (!lineField.ok) problems.push({ code: lineField.code, message: lineField.message });
  const lines = checkLines(catalogue, lineField.ok ? (lineField.value?.lines ?? []) : []);
  problems.push(...lines.problems.map((p) => ({ ...p, message: `${history.key}, ${p.message}` })));
  const invoiceField = readObjectField(
    history,
    orders.invoicesField,
    invoicesFieldSchema,
    'ORDER.BAD_INVOICES',
  );
  if (!invoiceField.ok) problems.push({ code: invoiceField.code, message: invoiceField.message });
  const invoices = invoiceField.ok ? (invoiceField.value?.invoices ?? []) : [];
  const { steps } = lifecycle;
  if (
    steps['bon-de-commande'] !== undefined &&
    steps.devis === undefined &&
    orders.steps.devis !== undefined
  )
    problems.push({
      code: 'ORDER.NO_QUOTE',
      message: `${history.key} : bon de commande reçu le ${dateOf(steps['bon-de-commande'])} sans devis transmis ; datez le devis (statut ou champ) avant le bon de commande.`,
    });
  if (steps['bon-de-commande'] !== undefined && lines.lines.length === 0)
    problems.push({
      code: 'ORDER.NO_LINES',
      message: `${history.key} : bon de commande sans lignes UO ; renseignez le champ « ${orders.linesField} ».`,
    });
  const invoiced = invoices.reduce((sum, i) => sum + i.amount, 0);
  // Paid means a payment date: an amount without its date is reported, not counted.
  const paid = invoices.reduce(
    (sum, i) => sum + (i.paidOn === undefined ? 0 : (i.paidAmount ?? i.amount)),
    0,
  );
  for (const invoice of invoices)
    if (invoice.paidAmount !== undefined && invoice.paidOn === undefined)
      problems.push({
        code: 'ORDER.PAYMENT_WITHOUT_DATE',
        message: `${history.key} : facture ${invoice.number} réglée sans date de règlement ; renseignez paidOn.`,
      });
  if (lines.amount !== null && invoiced > lines.amount)
    problems.push({
      code: 'ORDER.INVOICE_ABOVE_AMOUNT',
      message: `${history.key} : factures de ${formatEuros(invoiced)} HT au-delà du montant commandé de ${formatEuros(lines.amount)} HT.`,
    });
  const { rule, conflict } = correctionRuleOf(lines.lines, context.corrections);
  if (conflict !== null)
    problems.push({ code: 'ORDER.CORRECTION_RULES', message: `${history.key} : ${conflict}.` });
  const deliveries = lifecycle.deliveries.map((d, i): DeliveryOutcome => {
    const next = lifecycle.deliveries[i + 1]?.at ?? null;
    const correction =
      d.refusedAt === null || rule === undefined
        ? null
        : correctionDeadline(rule, lines.lines, compiled, calendar, d.refusedAt, next, at);
    if (correction?.ok === false)
      problems.push({ code: correction.code, message: `${history.key} : ${correction.message}` });
    return {
      iteration: d.iteration,
      at: d.at,
      date: dateOf(d.at),
      refusedAt: d.refusedAt,
      refusedDate: d.refusedAt === null ? null : dateOf(d.refusedAt),
      correction: correction?.ok === true ? correction.value : null,
    };
  });
  const values = lifecycle.timeline.entries.at(-1)?.state.values ?? {};
  const valueOf = (key: string | undefined): string | null =>
    key === undefined ? null : (values[key] ?? null);
  const urgentValue = valueOf(orders.urgent?.field);
  const planned = valueOf(orders.plannedDeliveryField);
  if (planned !== null && plannedDateOf(planned, calendar) === undefined)
    problems.push({
      code: 'ORDER.BAD_DATE',
      message: `${history.key} : date de livraison prévue « ${planned} » illisible ; écrivez AAAA-MM-JJ.`,
    });
  const firstInvoice = invoices.map((i) => i.date).sort()[0] ?? null;
  const documentDate: Record<OrderDocument, number | undefined> = {
    besoin: steps.besoin,
    devis: steps.devis,
    'bon-de-commande': steps['bon-de-commande'],
    facture: undefined,
  };
  return {
    key: history.key,
    project: valueOf(orders.projectField) ?? history.project,
    urgent: urgentValue !== null && (orders.urgent?.values.includes(urgentValue) ?? false),
    orderNumber: valueOf(orders.orderNumberField),
    lines,
    steps: ORDER_STEPS.filter((step) => orders.steps[step] !== undefined).map((step) => {
      const instant = steps[step];
      return {
        step,
        label: ORDER_STEP_LABELS[step],
        at: instant ?? null,
        date: instant === undefined ? null : dateOf(instant),
        deadline: deadlineOf(
          clocks,
          orders.deadlines[step],
          orders.deadlines[step] !== undefined && orders.deadlines[step] === orders.tacitAcceptance,
        ),
      };
    }),
    acceptance: acceptanceOf(clocks, orders.tacitAcceptance, steps.acceptation),
    deliveries,
    delivery: deliveryPunctuality(
      valueOf(orders.plannedDeliveryField),
      lifecycle.deliveries,
      calendar,
      at,
    ),
    validation: validationPunctuality(
      orders.verificationWorkingDays,
      lifecycle.deliveries,
      steps.admission,
      calendar,
    ),
    invoices,
    invoiced,
    paid,
    documents: ORDER_DOCUMENTS.map((document) => {
      const instant = documentDate[document];
      return {
        document,
        link: valueOf(orders.documents[document]),
        date:
          document === 'facture' ? firstInvoice : instant === undefined ? null : dateOf(instant),
      };
    }),
    problems,
  };
}
