import { DateTime } from 'luxon';
import { fail, succeed, type Result } from '../result';
import { parseWith } from '../validation';
import { compileCalendar, type BusinessCalendar } from '../time';
import { referencesOf, type Condition } from './condition';
import {
  contractSchema,
  type ClockDefinition,
  type Contract,
  type ContractVersion,
} from './contract-schema';
import { checkIndicators } from './validate-indicators';
import { checkOrders, type Problem } from './validate-orders';
import { checkPenalties } from './validate-penalties';

/** A contract version whose calendars are compiled. */
export interface CompiledVersion {
  readonly version: ContractVersion;
  readonly calendars: ReadonlyMap<string, BusinessCalendar>;
  /** Local midnight of `effectiveFrom` (epoch ms), in the zone of the version's first calendar. */
  readonly effectiveAt: number;
}

export interface CompiledContract {
  readonly contract: Contract;
  /** Versions sorted by effective date. */
  readonly versions: readonly CompiledVersion[];
}

function checkCondition(
  condition: Condition | undefined,
  path: string,
  version: ContractVersion,
  problems: Problem[],
): void {
  if (condition === undefined) return;
  const refs = referencesOf(condition);
  for (const field of refs.fields) {
    if (!Object.hasOwn(version.fields, field)) {
      problems.push({
        code: 'CONTRACT.UNKNOWN_FIELD',
        path,
        message: `Le champ « ${field} » n'est pas déclaré dans fields : ajoutez-le ou corrigez la condition.`,
      });
    }
  }
  for (const { field, value } of refs.values) {
    const known = version.fields[field]?.values;
    if (known !== undefined && !known.includes(value)) {
      problems.push({
        code: 'CONTRACT.UNKNOWN_VALUE',
        path,
        message: `La valeur « ${value} » n'est pas déclarée pour le champ « ${field} » (${known.join(', ')}) : corrigez-la ou ajoutez-la aux valeurs du champ.`,
      });
    }
  }
  for (const status of refs.statuses) {
    if (!Object.hasOwn(version.statuses, status)) {
      problems.push({
        code: 'CONTRACT.UNKNOWN_STATUS',
        path,
        message: `Le statut « ${status} » n'est pas déclaré dans statuses : ajoutez-le avec son rôle ou corrigez la condition.`,
      });
    }
  }
}

function checkClock(
  clock: ClockDefinition,
  path: string,
  version: ContractVersion,
  problems: Problem[],
): void {
  const categories = new Set(version.categories.map((c) => c.id));
  for (const category of clock.categories) {
    if (!categories.has(category)) {
      problems.push({
        code: 'CONTRACT.UNKNOWN_CATEGORY',
        path: `${path}.categories`,
        message: `La catégorie « ${category} » n'existe pas : choisissez parmi ${[...categories].join(', ')}.`,
      });
    }
  }
  const calendarIds =
    typeof clock.calendar === 'string' ? [clock.calendar] : Object.values(clock.calendar.map);
  for (const id of calendarIds) {
    if (!Object.hasOwn(version.calendars, id)) {
      problems.push({
        code: 'CONTRACT.UNKNOWN_CALENDAR',
        path: `${path}.calendar`,
        message: `Le calendrier « ${id} » n'est pas déclaré dans calendars.`,
      });
    }
  }
  if (typeof clock.calendar !== 'string') {
    const { field, map } = clock.calendar;
    checkCondition({ field, equals: Object.keys(map) }, `${path}.calendar`, version, problems);
  }
  if (clock.startField !== undefined && version.fields[clock.startField]?.kind !== 'datetime') {
    problems.push({
      code: 'CONTRACT.START_FIELD',
      path: `${path}.startField`,
      message: `Le champ de début « ${clock.startField} » doit être déclaré dans fields avec kind "datetime".`,
    });
  }
  checkCondition(clock.start, `${path}.start`, version, problems);
  checkCondition(clock.pause, `${path}.pause`, version, problems);
  checkCondition(clock.stop, `${path}.stop`, version, problems);
  clock.goals.forEach((goal, g) => {
    checkCondition(goal.when, `${path}.goals[${String(g)}].when`, version, problems);
    if ('sprint' in goal.target && version.sprints === undefined) {
      problems.push({
        code: 'CONTRACT.NO_SPRINTS',
        path: `${path}.goals[${String(g)}].target`,
        message:
          'Un objectif « sprint suivant » demande la cadence des sprints : renseignez sprints (firstStart, workingDays, calendar).',
      });
    }
  });
}

function checkVersion(
  version: ContractVersion,
  path: string,
  problems: Problem[],
): Map<string, BusinessCalendar> {
  const calendars = new Map<string, BusinessCalendar>();
  for (const [id, definition] of Object.entries(version.calendars)) {
    const compiled = compileCalendar(definition);
    if (compiled.ok) calendars.set(id, compiled.value);
    else
      for (const issue of compiled.issues ?? [{ path: '', message: compiled.message }])
        problems.push({
          code: compiled.code,
          path: `${path}.calendars.${id}.${issue.path}`,
          message: issue.message,
        });
  }
  if (
    version.sprints !== undefined &&
    !Object.hasOwn(version.calendars, version.sprints.calendar)
  ) {
    problems.push({
      code: 'CONTRACT.UNKNOWN_CALENDAR',
      path: `${path}.sprints.calendar`,
      message: `Le calendrier des sprints « ${version.sprints.calendar} » n'est pas déclaré dans calendars.`,
    });
  }
  const seen = new Set<string>();
  version.clocks.forEach((clock, c) => {
    if (seen.has(clock.id))
      problems.push({
        code: 'CONTRACT.DUPLICATE_CLOCK',
        path: `${path}.clocks[${String(c)}].id`,
        message: `Deux horloges portent l'identifiant « ${clock.id} » : renommez l'une d'elles.`,
      });
    seen.add(clock.id);
    checkClock(clock, `${path}.clocks[${String(c)}]`, version, problems);
  });
  checkOrders(version, path, problems);
  checkIndicators(version, path, problems);
  checkPenalties(version, path, problems);
  return calendars;
}

/** Parses a contract, checks every reference and compiles its calendars; each problem has its path. */
export function compileContract(input: unknown): Result<CompiledContract> {
  const parsed = parseWith(contractSchema, input, 'CONTRACT.INVALID', 'Contrat');
  if (!parsed.ok) return parsed;
  const problems: Problem[] = [];
  const versions = parsed.value.versions.map((version, v) => {
    const calendars = checkVersion(version, `versions[${String(v)}]`, problems);
    const zone = calendars.values().next().value?.zone ?? 'Europe/Paris';
    return {
      version,
      calendars,
      effectiveAt: DateTime.fromISO(version.effectiveFrom, { zone }).toMillis(),
    };
  });
  parsed.value.versions.slice(1).forEach((version, v) => {
    const previous = parsed.value.versions[v];
    if (previous !== undefined && version.effectiveFrom <= previous.effectiveFrom) {
      problems.push({
        code: 'CONTRACT.VERSION_ORDER',
        path: `versions[${String(v + 1)}].effectiveFrom`,
        message: `Les versions doivent se suivre par date d'effet croissante : ${version.effectiveFrom} ne vient pas après ${previous.effectiveFrom}.`,
      });
    }
  });
  const publication = parsed.value.publication;
  parsed.value.versions.forEach((version, v) => {
    const calendar = publication?.calendar;
    if (calendar !== undefined && version.calendars[calendar] === undefined)
      problems.push({
        code: 'CONTRACT.UNKNOWN_CALENDAR',
        path: 'publication.calendar',
        message: `Le calendrier « ${calendar} » n'existe pas dans la version ${String(v + 1)} (${version.effectiveFrom}) : choisissez l'un de ${Object.keys(version.calendars).join(', ')}.`,
      });
  });
  const first = problems[0];
  if (first !== undefined) {
    const more =
      problems.length > 1 ? ` (et ${String(problems.length - 1)} autre(s) problème(s))` : '';
    return fail(
      first.code,
      `Contrat invalide : ${first.path} : ${first.message}${more}`,
      problems.map(({ path, message }) => ({ path, message })),
    );
  }
  return succeed({ contract: parsed.value, versions });
}

/** `compileContract` when only the checked configuration is wanted. */
export function validateContract(input: unknown): Result<Contract> {
  const compiled = compileContract(input);
  return compiled.ok ? succeed(compiled.value.contract) : compiled;
}
