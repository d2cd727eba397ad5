import { NO_ADJUSTMENTS, type AdjustmentsByIssue } from '../clocks/adjustments';
import type { ClockResult } from '../clocks/clock-result';
import { categoryOf, evaluateIssue } from '../clocks/evaluate-issue';
import type { IssueHistory } from '../clocks/issue-history';
import { buildTimeline } from '../clocks/timeline';
import type { CompiledContract, CompiledVersion, IssueState } from '../contract';
import type { BusinessCalendar } from '../time';
import { daysInMonth, epochDayOf, isoDateOf, type IsoDate } from '../time/civil-date';
import { dayStartInstant } from '../time/working-days';

/** A calendar month in the contract's zone: `[from, to)` in epoch ms and its civil dates. */
export interface MonthPeriod {
  readonly month: string;
  readonly from: number;
  readonly to: number;
  /**
   * The month's last instant (`to - 1`), where a month is evaluated: at `to` a contract version
   * taking effect on the next 1st would apply.
   */
  readonly last: number;
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
}

export function monthPeriod(month: string, calendar: BusinessCalendar): MonthPeriod {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const first = epochDayOf(year, m, 1);
  const last = first + daysInMonth(year, m) - 1;
  return {
    month,
    from: dayStartInstant(calendar, first),
    to: dayStartInstant(calendar, last + 1),
    last: dayStartInstant(calendar, last + 1) - 1,
    firstDay: isoDateOf(first),
    lastDay: isoDateOf(last),
  };
}

/** What the indicators read of one issue, computed once per issue and month. */
export interface IssueFacts {
  readonly history: IssueHistory;
  readonly category: string;
  /** The state at the end of the period, every field of the contract included. */
  readonly state: IssueState;
  /** Its clocks at the end of the period. */
  readonly clocks: readonly ClockResult[];
  /** The instants it entered a resolved or closed role, in time order. */
  readonly resolutions: readonly number[];
}

const DONE = new Set(['resolved', 'closed']);

/** The facts of every issue of the contract's categories, evaluated at the period's end. */
export function issueFacts(
  contract: CompiledContract,
  compiled: CompiledVersion,
  histories: readonly IssueHistory[],
  period: MonthPeriod,
  adjustments: AdjustmentsByIssue = NO_ADJUSTMENTS,
): IssueFacts[] {
  const facts: IssueFacts[] = [];
  for (const history of histories) {
    if (history.created >= period.to) continue;
    const category = categoryOf(compiled.version, history);
    if (category === null) continue;
    const timeline = buildTimeline(history, compiled.version, period.last);
    const state = timeline.entries.at(-1)?.state;
    if (state === undefined) continue;
    const resolutions = timeline.entries.flatMap((entry, i) => {
      const before = timeline.entries[i - 1]?.state.role;
      const done = entry.state.role !== undefined && DONE.has(entry.state.role);
      return done && (before === undefined || !DONE.has(before)) ? [entry.at] : [];
    });
    const evaluation = evaluateIssue(
      contract,
      history,
      period.last,
      adjustments.get(history.key) ?? [],
      { segments: false },
    );
    facts.push({
      history,
      category,
      state,
      clocks: evaluation.ok ? evaluation.value.clocks : [],
      resolutions,
    });
  }
  return facts;
}
