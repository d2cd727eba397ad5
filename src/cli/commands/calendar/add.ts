import { z } from 'zod';
import type { Result } from '../../../core/result';
import { addBusinessMinutes, addWorkingDays } from '../../../core/time';
import { parseCommandArgs } from '../../args';
import type { Command } from '../../command';
import { ExitCode, reportFailure, type CliIo } from '../../io';
import { formatInstant, loadCalendar, parseInstant } from './load';

const integer = (what: string) =>
  z
    .string()
    .regex(/^-?\d+$/, `${what} : nombre entier attendu`)
    .transform(Number)
    .optional();

const args = z
  .strictObject({
    calendar: z.string({ error: 'indiquez --calendar (préréglage ou fichier .json)' }),
    from: z.string({ error: 'indiquez --from (l’événement, ISO 8601)' }),
    minutes: integer('--minutes'),
    hours: integer('--hours'),
    days: integer('--days'),
    'working-days': integer('--working-days'),
    positionals: z.array(z.string()).max(0, 'pas d’argument hors options'),
  })
  .refine(
    (a) =>
      [a.minutes, a.hours, a.days, a['working-days']].filter((v) => v !== undefined).length === 1,
    'donnez exactement une durée : --minutes, --hours, --days (jours en heures ouvrées) ou --working-days',
  );

const failWith = (io: CliIo, message: string, code: ExitCode): ExitCode =>
  reportFailure(io, 'jalon calendar add', message, code);

export const addCommand: Command = {
  name: 'add',
  summary: 'Échéance : un instant plus une durée ouvrée, ou plus N jours ouvrés.',
  help: [
    'Usage : jalon calendar add --calendar <id|fichier.json> --from <instant> (--minutes N | --hours N | --days N | --working-days N)',
    '',
    '--minutes, --hours, --days : durée en heures ouvrées (1 jour = hoursPerDay du calendrier) ;',
    '  l’échéance est l’instant où la durée est atteinte (18:00 plutôt que le lendemain 09:00).',
    '--working-days : décompte CCAG « T0 + N jours ouvrés » : le décompte part de 0 h le lendemain',
    '  de l’événement ; l’échéance est le N-ième jour ouvré (date civile).',
    '',
    'Exemple : jalon calendar add --calendar atih --from 2026-07-10T10:00 --working-days 5',
    '',
  ].join('\n'),
  run(argv, io) {
    const spec = {
      calendar: 'string',
      from: 'string',
      minutes: 'string',
      hours: 'string',
      days: 'string',
      'working-days': 'string',
    } as const;
    const parsed = parseCommandArgs(argv, spec, args);
    if (!parsed.ok) return failWith(io, parsed.message, ExitCode.usage);
    const calendar = loadCalendar(parsed.value.calendar);
    if (!calendar.ok) return failWith(io, calendar.message, ExitCode.failure);
    const cal = calendar.value;
    const from = parseInstant(parsed.value.from, cal.zone);
    if (!from.ok) return failWith(io, from.message, ExitCode.usage);
    const { minutes, hours, days } = parsed.value;
    const workingDays = parsed.value['working-days'];
    if (workingDays !== undefined) {
      const due = addWorkingDays(cal, from.value, workingDays);
      if (!due.ok) return failWith(io, due.message, ExitCode.failure);
      io.stdout(
        `Échéance : ${due.value} (T0 ${formatInstant(from.value, cal.zone)} + ${String(workingDays)} jours ouvrés)\n`,
      );
      return ExitCode.ok;
    }
    const amount = minutes ?? (hours ?? 0) * 60 + (days ?? 0) * cal.minutesPerDay;
    const due: Result<number> = addBusinessMinutes(cal, from.value, amount);
    if (!due.ok) return failWith(io, due.message, ExitCode.failure);
    io.stdout(
      `Échéance : ${formatInstant(due.value, cal.zone)} (${String(amount)} minutes ouvrées après le ${formatInstant(from.value, cal.zone)})\n`,
    );
    return ExitCode.ok;
  },
};
