import type { AdjustmentsByIssue } from '../clocks/adjustments';
import { versionAt } from '../clocks/evaluate-issue';
import type { IssueHistory } from '../clocks/issue-history';
import { buildTimeline } from '../clocks/timeline';
import type { CompiledContract, CompiledVersion } from '../contract';
import { indicatorsFromFacts, type ManualValues } from '../indicators/evaluate-indicators';
import type { IndicatorResult } from '../indicators/indicator-result';
import {
  issueFacts,
  monthPeriod,
  type IssueFacts,
  type MonthPeriod,
} from '../indicators/issue-facts';
import { evaluateOrders, type OrdersEvaluation } from '../orders/portfolio';
import { computePenalties } from '../penalties/compute-penalties';
import type { PenaltyWaiver } from '../penalties/inputs';
import { fail, succeed, type Result } from '../result';
import type { IsoDate } from '../time/civil-date';
import { describeCalendar, isoInstant, monthLabel } from './describe';
import { issueDetailList, issueDetails } from './issue-details';
import { ordersSection } from './orders-section';
import { lateItems } from './penalty-items';
import type {
  IndicatorHistory,
  IssueDetailList,
  MonthlyReport,
  ReportHead,
  PenaltiesSection,
  ReportSummary,
} from './report-model';

export interface ReportOptions {
  /** When the report is generated (epoch ms), injected: the core reads no clock. */
  readonly generatedAt: number;
  /** Figures Jira cannot know, by indicator id, for the month. */
  readonly manualValues?: ManualValues;
  /** The last comité's date, for the orders dashboard. */
  readonly lastComite?: IsoDate | undefined;
  /** Months of indicator history for the charts, this one included (default 12). */
  readonly historyMonths?: number;
  /** The administration's waivers of penalty lines. */
  readonly waivers?: readonly PenaltyWaiver[];
  /** Penalties of the earlier months (after caps), for contract-wide caps and exoneration. */
  readonly previousPenaltiesCents?: number;
  /** The contract's total amount HT, for a cap as a share of it. */
  readonly contractAmountCents?: number | null;
  /** The administration's extensions and waivers, by issue key: they count in every figure. */
  readonly adjustments?: AdjustmentsByIssue;
}

const previousMonth = (month: string, back: number): string => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - back;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`;
};

function calendarOf(compiled: CompiledVersion) {
  const id = compiled.version.orders?.calendar ?? Object.keys(compiled.version.calendars)[0] ?? '';
  return compiled.calendars.get(id) ?? compiled.calendars.values().next().value;
}

function monthIndicators(
  contract: CompiledContract,
  histories: readonly IssueHistory[],
  month: string,
  options: ReportOptions,
):
  | {
      compiled: CompiledVersion;
      period: MonthPeriod;
      orders: OrdersEvaluation | null;
      facts: IssueFacts[];
      indicators: IndicatorResult[];
    }
  | undefined {
  const first = contract.versions[0];
  const probe = first === undefined ? undefined : calendarOf(first);
  if (probe === undefined) return undefined;
  const rough = monthPeriod(month, probe);
  const compiled = versionAt(contract, rough.last);
  const calendar = compiled === undefined ? undefined : calendarOf(compiled);
  if (compiled === undefined || calendar === undefined) return undefined;
  const period = monthPeriod(month, calendar);
  const evaluated =
    compiled.version.orders === undefined
      ? null
      : evaluateOrders(contract, histories, period.last, {
          lastComite: options.lastComite,
          adjustments: options.adjustments,
        });
  const orders = evaluated?.ok === true ? evaluated.value : null;
  const facts = issueFacts(contract, compiled, histories, period, options.adjustments);
  const indicators = indicatorsFromFacts(
    compiled,
    facts,
    orders?.orders ?? [],
    period,
    options.manualValues,
  );
  return { compiled, period, orders, facts, indicators };
}

function penaltiesOf(
  compiled: CompiledVersion,
  facts: readonly IssueFacts[],
  orders: OrdersEvaluation | null,
  period: MonthPeriod,
  indicators: readonly IndicatorResult[],
  options: ReportOptions,
): Result<PenaltiesSection | null> {
  const config = compiled.version.penalties;
  if (config === undefined) return succeed(null);
  const computed = computePenalties(config, {
    indicators,
    lateItems: lateItems(facts, orders?.orders ?? [], period),
    contractAmountCents: options.contractAmountCents ?? null,
    previousTotalCents: options.previousPenaltiesCents ?? 0,
    waivers: options.waivers ?? [],
  });
  if (!computed.ok) return computed;
  return succeed({
    // The decision's state lives with the published page; a freshly computed month is a draft.
    state: 'brouillon',
    lines: computed.value.lines,
    totalCents: computed.value.totalCents,
    notes: computed.value.notes,
  });
}

function summaryOf(
  issues: number,
  indicators: readonly IndicatorResult[],
  penalties: PenaltiesSection | null,
): ReportSummary {
  const count = (verdict: string) => indicators.filter((i) => i.verdict === verdict).length;
  const [conforme, nonConforme, sansObjet] = [
    count('conforme'),
    count('non conforme'),
    count('sans objet'),
  ];
  const measured = conforme + nonConforme;
  const head =
    indicators.length === 0
      ? 'Aucun indicateur défini par le contrat'
      : `${String(conforme)} indicateur(s) conforme(s) sur ${String(measured)} mesuré(s)${nonConforme > 0 ? `, ${String(nonConforme)} non conforme(s)` : ''}${sansObjet > 0 ? `, ${String(sansObjet)} sans objet` : ''}`;
  const tickets =
    issues === 0 ? 'aucun ticket concerné ce mois' : `${String(issues)} ticket(s) concerné(s)`;
  return {
    issues,
    conforme,
    nonConforme,
    sansObjet,
    penaltiesCents: penalties?.totalCents ?? null,
    headline: `${head} ; ${tickets}.`,
  };
}

/**
 * The month's report of a contract from its Jira issues: indicators (with 12 months of history),
 * orders and comité dashboard, penalties, per-issue detail with clock explanations, method annex.
 * A month without any issue gives an honest empty report.
 */
export function assembleReport(
  contract: CompiledContract,
  histories: readonly IssueHistory[],
  month: string,
  options: ReportOptions,
): Result<MonthlyReport> {
  const parts = assembleReportParts(contract, histories, month, options);
  if (!parts.ok) return parts;
  // The detail goes before the annex, where readers of the JSON have always found it.
  const { annex, ...head } = parts.value.head;
  return succeed({ ...head, issues: issueDetails(parts.value.details), annex });
}

/**
 * The report as `assembleReport` gives it, its per-issue detail kept as a lazy list: what a
 * publication renders one page at a time.
 */
export function assembleReportParts(
  contract: CompiledContract,
  histories: readonly IssueHistory[],
  month: string,
  options: ReportOptions,
): Result<{ head: ReportHead; details: IssueDetailList }> {
  const current = monthIndicators(contract, histories, month, options);
  if (current === undefined)
    return fail(
      'REPORT.NO_VERSION',
      `Aucune version du contrat « ${contract.contract.id} » n'est en vigueur en ${monthLabel(month)} : ajoutez une version dont la date d'effet précède la fin du mois.`,
    );
  const { compiled, period, orders, facts, indicators } = current;
  const zone = calendarOf(compiled)?.zone ?? 'Europe/Paris';
  const span = Math.max(1, options.historyMonths ?? 12);
  const history: IndicatorHistory[] = [];
  for (let back = span - 1; back >= 1; back--) {
    const past = monthIndicators(contract, histories, previousMonth(month, back), options);
    history.push({
      month: previousMonth(month, back),
      values: (past?.indicators ?? []).map((i) => ({ id: i.id, value: i.value })),
    });
  }
  history.push({ month, values: indicators.map((i) => ({ id: i.id, value: i.value })) });
  const penalties = penaltiesOf(compiled, facts, orders, period, indicators, options);
  if (!penalties.ok) return penalties;
  const resolvedBefore = (h: IssueHistory): boolean => {
    const last = buildTimeline(h, compiled.version, period.from).entries.at(-1)?.state.role;
    return h.created < period.from && (last === 'resolved' || last === 'closed');
  };
  const details = issueDetailList(
    contract,
    compiled,
    histories,
    period,
    resolvedBefore,
    options.adjustments,
  );
  const generatedAt = isoInstant(options.generatedAt, zone);
  const periodRule = `Mois civil du ${period.firstDay} au ${period.lastDay} inclus, fuseau ${zone} ; chaque indicateur précise ce qu'il compte.`;
  const head: ReportHead = {
    contract: {
      id: contract.contract.id,
      label: contract.contract.label,
      version: compiled.version.effectiveFrom,
      source: contract.contract.source ?? null,
    },
    month,
    monthLabel: monthLabel(month),
    period: { from: period.firstDay, to: period.lastDay, rule: periodRule },
    generatedAt,
    summary: summaryOf(details.length, indicators, penalties.value),
    orders: orders === null ? null : ordersSection(orders, period),
    indicators,
    history,
    penalties: penalties.value,
    annex: {
      calendars: Object.entries(compiled.version.calendars).map(([id, definition]) => ({
        id,
        description: describeCalendar(definition),
      })),
      contractVersion: compiled.version.effectiveFrom,
      periodRule,
      generatedAt,
      notes: [
        'Délais calculés en temps ouvré selon les calendriers ci-dessus ; les périodes d’attente de l’administration sont décomptées.',
        'Les montants sont hors taxes, en euros.',
      ],
    },
  };
  return succeed({ head, details });
}
