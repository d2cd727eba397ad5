import { z } from 'zod';
import { CALENDAR_PRESETS, listPublicHolidays, validateCalendar } from '../../../core/time';
import { parseCommandArgs } from '../../args';
import type { Command } from '../../command';
import { ExitCode } from '../../io';
import { loadCalendar, loadCalendarDefinition } from './load';

const oneSource = z.strictObject({
  positionals: z
    .array(z.string())
    .length(1, 'donnez un calendrier : un préréglage ou un fichier .json'),
});

export const presetsCommand: Command = {
  name: 'presets',
  summary: 'Liste les calendriers préréglés des contrats types.',
  help: 'Usage : jalon calendar presets\n\nListe les préréglages (identifiant et libellé).\n',
  run(_args, io) {
    for (const [id, preset] of Object.entries(CALENDAR_PRESETS))
      io.stdout(`${id.padEnd(18)}${preset.label}\n`);
    return ExitCode.ok;
  },
};

export const checkCommand: Command = {
  name: 'check',
  summary: 'Vérifie un calendrier et l’écrit complété en JSON.',
  help: [
    'Usage : jalon calendar check <id|fichier.json>',
    '',
    'Vérifie la définition ; si elle est valide, l’écrit en JSON avec les valeurs par défaut',
    '(point de départ pour un calendrier à soi) ; sinon liste chaque problème avec son chemin.',
    '',
  ].join('\n'),
  run(args, io) {
    const parsed = parseCommandArgs(args, {}, oneSource);
    if (!parsed.ok) {
      io.stderr(`jalon calendar check : ${parsed.message}\n`);
      return ExitCode.usage;
    }
    const source = parsed.value.positionals[0] ?? '';
    const definition = loadCalendarDefinition(source);
    const checked = definition.ok ? validateCalendar(definition.value) : definition;
    if (!checked.ok) {
      const lines = checked.issues?.map((i) => `  ${i.path} : ${i.message}`) ?? [
        `  ${checked.message}`,
      ];
      io.stderr(
        `jalon calendar check : « ${source} » n’est pas valide (${checked.code}).\n${lines.join('\n')}\n`,
      );
      return ExitCode.failure;
    }
    io.stdout(`${JSON.stringify(checked.value, null, 2)}\n`);
    return ExitCode.ok;
  },
};

const holidayArgs = z.strictObject({
  year: z
    .string()
    .regex(/^\d{4}$/, 'année sur 4 chiffres attendue')
    .transform(Number),
  calendar: z.string().default('atih'),
  positionals: z.array(z.string()).max(0, 'pas d’argument hors options'),
});

export const holidaysCommand: Command = {
  name: 'holidays',
  summary: 'Jours fériés d’une année dans la zone d’un calendrier.',
  help: 'Usage : jalon calendar holidays --year 2026 [--calendar <id|fichier.json>]\n\nListe les jours fériés (date et nom) de la zone du calendrier, options comprises.\n',
  run(args, io) {
    const parsed = parseCommandArgs(args, { year: 'string', calendar: 'string' }, holidayArgs);
    if (!parsed.ok) {
      io.stderr(`jalon calendar holidays : ${parsed.message}\n`);
      return ExitCode.usage;
    }
    const calendar = loadCalendar(parsed.value.calendar);
    if (!calendar.ok) {
      io.stderr(`jalon calendar holidays : ${calendar.message}\n`);
      return ExitCode.failure;
    }
    for (const h of listPublicHolidays(calendar.value.rules.holidayOptions, parsed.value.year))
      io.stdout(`${h.date}  ${h.name}\n`);
    if (calendar.value.rules.holidaysWorked)
      io.stdout('(jours fériés travaillés dans ce calendrier)\n');
    return ExitCode.ok;
  },
};
