import { fail, succeed, type Issue, type Result } from '../result';
import { parseWith } from '../validation';
import {
  calendarDefinitionSchema,
  DAY_CODES,
  type CalendarDefinition,
  type TimeRange,
} from './calendar-schema';
import { GOOD_FRIDAY_DEFAULT, HOLIDAY_REGIONS, type HolidayRegion } from './holidays';
import { minuteOfDay } from './day-rules';
import { ZoneOffsets } from './zone';

interface Problem extends Issue {
  readonly code: string;
}

const DAY_NAMES: Readonly<Record<string, string>> = {
  mon: 'lundi',
  tue: 'mardi',
  wed: 'mercredi',
  thu: 'jeudi',
  fri: 'vendredi',
  sat: 'samedi',
  sun: 'dimanche',
};

function isRegion(text: string): text is HolidayRegion {
  return (HOLIDAY_REGIONS as readonly string[]).includes(text);
}

function checkRange(range: TimeRange, path: string, problems: Problem[]): void {
  if (minuteOfDay(range.to) <= minuteOfDay(range.from)) {
    problems.push({
      code: 'CALENDAR.WINDOW_ENDS_BEFORE_START',
      path,
      message: `La plage ${path} finit à ${range.to} sans avoir commencé (début ${range.from}) : l'heure de fin doit être après l'heure de début, dans la même journée (24:00 au plus).`,
    });
  }
}

function checkOverlaps(def: CalendarDefinition, problems: Problem[]): void {
  for (const code of DAY_CODES) {
    const ranges = def.windows
      .map((w, i) => ({ w, i }))
      .filter(({ w }) => w.days.includes(code) && minuteOfDay(w.to) > minuteOfDay(w.from));
    for (const [n, a] of ranges.entries()) {
      for (const b of ranges.slice(n + 1)) {
        if (
          minuteOfDay(a.w.from) < minuteOfDay(b.w.to) &&
          minuteOfDay(b.w.from) < minuteOfDay(a.w.to)
        ) {
          problems.push({
            code: 'CALENDAR.WINDOWS_OVERLAP',
            path: `windows[${String(b.i)}]`,
            message: `Les plages windows[${String(a.i)}] (${a.w.from}–${a.w.to}) et windows[${String(b.i)}] (${b.w.from}–${b.w.to}) se chevauchent le ${DAY_NAMES[code] ?? code} : séparez-les ou fusionnez-les en une seule plage.`,
          });
        }
      }
    }
  }
}

function checkSemantics(def: CalendarDefinition): Problem[] {
  const problems: Problem[] = [];
  if (!ZoneOffsets.isValid(def.zone)) {
    problems.push({
      code: 'CALENDAR.UNKNOWN_ZONE',
      path: 'zone',
      message: `Fuseau horaire inconnu « ${def.zone} » : indiquez un identifiant IANA, par exemple « Europe/Paris » ou « America/Cayenne ».`,
    });
  }
  const region = def.holidays.region;
  if (!isRegion(region)) {
    problems.push({
      code: 'CALENDAR.UNKNOWN_HOLIDAY_REGION',
      path: 'holidays.region',
      message: `Zone de jours fériés inconnue « ${region} » : choisissez parmi ${HOLIDAY_REGIONS.join(', ')}.`,
    });
  } else if (def.holidays.goodFriday !== undefined && GOOD_FRIDAY_DEFAULT[region] === undefined) {
    problems.push({
      code: 'CALENDAR.GOOD_FRIDAY_NOT_APPLICABLE',
      path: 'holidays.goodFriday',
      message: `Le Vendredi saint n'est une option qu'en ${Object.keys(GOOD_FRIDAY_DEFAULT).join(', ')} : retirez holidays.goodFriday pour la zone « ${region} ».`,
    });
  }
  def.windows.forEach((w, i) => {
    checkRange(w, `windows[${String(i)}]`, problems);
  });
  checkOverlaps(def, problems);
  def.extraWorkingDates.forEach((d, i) => {
    d.windows?.forEach((w, j) => {
      checkRange(w, `extraWorkingDates[${String(i)}].windows[${String(j)}]`, problems);
    });
  });
  def.closures.forEach((c, i) => {
    if (c.to < c.from) {
      problems.push({
        code: 'CALENDAR.CLOSURE_ENDS_BEFORE_START',
        path: `closures[${String(i)}]`,
        message: `La fermeture « ${c.label} » finit le ${c.to} avant de commencer le ${c.from} : inversez les dates (from = premier jour fermé, to = dernier jour fermé).`,
      });
    }
  });
  const hasWorkingTime =
    def.windows.length > 0 || def.extraWorkingDates.some((d) => (d.windows?.length ?? 0) > 0);
  if (!hasWorkingTime) {
    problems.push({
      code: 'CALENDAR.NO_WORKING_TIME',
      path: 'windows',
      message:
        'Le calendrier n\'a aucune plage de travail : ajoutez au moins une plage hebdomadaire dans windows, par exemple { "days": ["mon", "tue", "wed", "thu", "fri"], "from": "09:00", "to": "18:00" }.',
    });
  }
  return problems;
}

/** Parses and checks a calendar definition; every problem is reported with its JSON path. */
export function validateCalendar(input: unknown): Result<CalendarDefinition> {
  const parsed = parseWith(calendarDefinitionSchema, input, 'CALENDAR.INVALID', 'Calendrier');
  if (!parsed.ok) return parsed;
  const problems = checkSemantics(parsed.value);
  const first = problems[0];
  if (first === undefined) return succeed(parsed.value);
  const more =
    problems.length > 1 ? ` (et ${String(problems.length - 1)} autre(s) problème(s))` : '';
  return fail(
    first.code,
    `${first.message}${more}`,
    problems.map(({ path, message }) => ({ path, message })),
  );
}
