import type { CompiledVersion } from '../contract';
import type { CorrectionRule } from '../contract/catalogue-schema';
import { endOfNextSprint } from '../clocks/sprints';
import { fail, succeed, type Result } from '../result';
import type { BusinessCalendar } from '../time';
import { isoDateOf, type IsoDate } from '../time/civil-date';
import { addWorkingDays, localDayOf, workingDaysLate } from '../time/working-days';
import { formatQuantity } from './money';
import type { UoLine } from './uo-lines';

/** A correction deadline after a refused delivery, and how it was reckoned. */
export interface CorrectionDeadline {
  /** The rule in words, rounding included ("10 % de 15 j de développement = 1,5 j, …"). */
  readonly rule: string;
  readonly dueDate: IsoDate | null;
  /** The next delivery, or null while the correction is awaited. */
  readonly redeliveredAt: number | null;
  /** Working days late at the re-delivery (or at evaluation while awaited); null without deadline. */
  readonly lateWorkingDays: number | null;
  readonly breached: boolean;
}

const ROUNDING: Readonly<Record<'up' | 'nearest' | 'down', string>> = {
  up: 'arrondi au jour ouvré supérieur',
  nearest: 'arrondi au jour ouvré le plus proche',
  down: 'arrondi au jour ouvré inférieur',
};

function rounded(days: number, mode: 'up' | 'nearest' | 'down'): number {
  // Shares of half-day quantities: scale first so that 10 % of 15 is exactly 1.5.
  const exact = Math.round(days * 1e6) / 1e6;
  if (mode === 'up') return Math.ceil(exact);
  if (mode === 'down') return Math.floor(exact);
  return Math.round(exact);
}

/** The rule of the order's lines: the first line whose code has one; differences are reported. */
export function correctionRuleOf(
  lines: readonly UoLine[],
  rules: ReadonlyMap<string, CorrectionRule>,
): { readonly rule: CorrectionRule | undefined; readonly conflict: string | null } {
  const found = lines.flatMap((l) => {
    const rule = rules.get(l.code);
    return rule === undefined ? [] : [{ code: l.code, rule }];
  });
  const first = found[0];
  const other = found.find((f) => JSON.stringify(f.rule) !== JSON.stringify(first?.rule));
  return {
    rule: first?.rule,
    conflict:
      first === undefined || other === undefined
        ? null
        : `les codes ${first.code} et ${other.code} n'ont pas la même règle de correction ; celle de ${first.code} s'applique`,
  };
}

function dueOf(
  rule: CorrectionRule,
  lines: readonly UoLine[],
  compiled: CompiledVersion,
  calendar: BusinessCalendar,
  refusedAt: number,
): Result<{ rule: string; dueDate: IsoDate | null }> {
  if ('none' in rule) return succeed({ rule: 'aucun délai de correction fixé', dueDate: null });
  if ('workingDays' in rule) {
    const due = addWorkingDays(calendar, refusedAt, rule.workingDays);
    if (!due.ok) return due;
    return succeed({
      rule: `${String(rule.workingDays)} jour(s) ouvré(s) après le PV`,
      dueDate: due.value,
    });
  }
  if ('sprint' in rule) {
    const sprints = compiled.version.sprints;
    if (sprints === undefined)
      return fail(
        'ORDER.NO_SPRINTS',
        'Règle « sprint suivant » sans cadence de sprints : renseignez sprints dans le contrat.',
      );
    const end = endOfNextSprint(
      sprints,
      compiled.calendars.get(sprints.calendar) ?? calendar,
      refusedAt,
    );
    if (!end.ok) return end;
    return succeed({
      rule: 'fin du sprint suivant le PV',
      dueDate: isoDateOf(localDayOf(calendar, end.value - 1)),
    });
  }
  const base = lines.filter((l) => l.development).reduce((sum, l) => sum + l.quantity, 0);
  const share = rule.shareOfDevelopmentDays * base;
  const days = Math.max(rule.minimum, rounded(share, rule.rounding));
  const due = addWorkingDays(calendar, refusedAt, days);
  if (!due.ok) return due;
  const percent = formatQuantity(Math.round(rule.shareOfDevelopmentDays * 1000) / 10);
  return succeed({
    rule: `${percent} % de ${formatQuantity(base)} j de développement = ${formatQuantity(Math.round(share * 1000) / 1000)} j, ${ROUNDING[rule.rounding]} (minimum ${String(rule.minimum)}) : ${String(days)} jour(s) ouvré(s) après le PV`,
    dueDate: due.value,
  });
}

/** The correction deadline of one refused delivery, measured at the re-delivery or at `at`. */
export function correctionDeadline(
  rule: CorrectionRule,
  lines: readonly UoLine[],
  compiled: CompiledVersion,
  calendar: BusinessCalendar,
  refusedAt: number,
  redeliveredAt: number | null,
  at: number,
): Result<CorrectionDeadline> {
  const due = dueOf(rule, lines, compiled, calendar, refusedAt);
  if (!due.ok) return due;
  if (due.value.dueDate === null)
    return succeed({ ...due.value, redeliveredAt, lateWorkingDays: null, breached: false });
  const late = workingDaysLate(calendar, due.value.dueDate, redeliveredAt ?? at);
  if (!late.ok) return late;
  return succeed({
    ...due.value,
    redeliveredAt,
    lateWorkingDays: late.value,
    breached: late.value > 0,
  });
}
