import { versionAt } from '../clocks/evaluate-issue';
import type { CompiledContract } from '../contract';
import type { BusinessCalendar } from '../time';
import { epochDayOfIso, isoDateOf, type IsoDate } from '../time/civil-date';
import { countWorkingDays, localDayOf, nthWorkingDayAfter } from '../time/working-days';
import { frenchDate, monthLabel, ofMonth } from './describe';

/** What the daily check has to do today for a contract. */
export type DailyAction =
  | { readonly kind: 'publish'; readonly month: string }
  | {
      readonly kind: 'reminder';
      /** Stable across days: a reminder is given once. */
      readonly id: string;
      readonly comite: IsoDate;
      readonly due: IsoDate;
      readonly message: string;
    };

/** Reminders start this many calendar days before their deadline. */
const NOTICE_DAYS = 3;

const monthBefore = (month: string): string => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 2;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** The latest day with at least `n` working days after it up to `date` included: "J − n jo". */
function workingDaysBefore(calendar: BusinessCalendar, date: IsoDate, n: number): IsoDate {
  if (n === 0) return date;
  let day = epochDayOfIso(date) - 1;
  while (countWorkingDays(calendar, isoDateOf(day), date) < n) day -= 1;
  return isoDateOf(day);
}

/**
 * The daily check of a contract on `at`: publish last month's page once the publication day has
 * come, unless it is published; remind of the comité deadlines that come within three days, or
 * of the minutes still due. Pure: the caller knows what is published and what was reminded.
 */
export function dailyPlan(
  contract: CompiledContract,
  at: number,
  published: ReadonlySet<string>,
): DailyAction[] {
  const settings = contract.contract.publication;
  const compiled = versionAt(contract, at) ?? contract.versions[0];
  if (settings === undefined || compiled === undefined) return [];
  const calendar =
    (settings.calendar === undefined ? undefined : compiled.calendars.get(settings.calendar)) ??
    compiled.calendars.values().next().value;
  if (calendar === undefined) return [];
  const today = localDayOf(calendar, at);
  const todayIso = isoDateOf(today);
  const actions: DailyAction[] = [];
  const lastMonth = monthBefore(todayIso.slice(0, 7));
  if (Number(todayIso.slice(8, 10)) >= settings.day && !published.has(lastMonth))
    actions.push({ kind: 'publish', month: lastMonth });
  for (const comite of settings.comites as IsoDate[]) {
    const day = epochDayOfIso(comite);
    const reviewed = monthBefore(comite.slice(0, 7));
    const remind = (what: string, due: IsoDate, message: string): void => {
      const dueDay = epochDayOfIso(due);
      if (today >= dueDay - NOTICE_DAYS && today <= dueDay)
        actions.push({ kind: 'reminder', id: `${comite}:${what}`, comite, due, message });
    };
    const when = `comité du ${frenchDate(comite)}`;
    if (!published.has(reviewed)) {
      const due = workingDaysBefore(calendar, comite, settings.deadlines.dashboard);
      remind(
        'tableau-de-bord',
        due,
        `Tableau de bord ${ofMonth(monthLabel(reviewed))} à publier au plus tard le ${frenchDate(due)} pour le ${when}.`,
      );
    }
    const support = workingDaysBefore(calendar, comite, settings.deadlines.support);
    remind(
      'support',
      support,
      `Support du ${when} à diffuser au plus tard le ${frenchDate(support)}.`,
    );
    const minutes =
      settings.deadlines.minutes === 0
        ? { ok: true as const, value: day }
        : nthWorkingDayAfter(calendar, day, settings.deadlines.minutes);
    if (minutes.ok && today >= day) {
      const due = isoDateOf(minutes.value);
      if (today <= minutes.value)
        actions.push({
          kind: 'reminder',
          id: `${comite}:compte-rendu`,
          comite,
          due,
          message: `Compte rendu du ${when} attendu au plus tard le ${frenchDate(due)}.`,
        });
    }
  }
  return actions;
}
