import { z } from 'zod';
import { businessMinutes, checkInstant, explainSpan } from '../../../core/time';
import { parseCommandArgs } from '../../args';
import type { Command } from '../../command';
import { ExitCode, reportFailure, type CliIo } from '../../io';
import { formatInstant, formatMinutes, loadCalendar, parseInstant } from './load';

const args = z.strictObject({
  calendar: z.string({ error: 'indiquez --calendar (préréglage ou fichier .json)' }),
  from: z.string({ error: 'indiquez --from (début, ISO 8601)' }),
  to: z.string({ error: 'indiquez --to (fin, ISO 8601)' }),
  explain: z.boolean().default(false),
  json: z.boolean().default(false),
  positionals: z.array(z.string()).max(0, 'pas d’argument hors options'),
});

const failWith = (io: CliIo, message: string, code: ExitCode): ExitCode =>
  reportFailure(io, 'jalon calendar minutes', message, code);

export const minutesCommand: Command = {
  name: 'minutes',
  summary: 'Temps ouvré entre deux instants, avec son explication.',
  help: [
    'Usage : jalon calendar minutes --calendar <id|fichier.json> --from <instant> --to <instant> [--explain] [--json]',
    '',
    'Compte les minutes ouvrées de l’intervalle [from, to) (secondes ignorées).',
    'Un instant sans décalage (2026-07-10T17:00) est lu à l’heure locale du calendrier.',
    '',
    'Options :',
    '  --explain     Détaille les segments : heures ouvrées, hors horaires, week-end, férié, fermeture.',
    '  --json        Écrit le résultat en JSON.',
    '',
    'Exemple : jalon calendar minutes --calendar atih --from 2026-07-13T17:00 --to 2026-07-15T10:00 --explain',
    '',
  ].join('\n'),
  run(argv, io) {
    const parsed = parseCommandArgs(
      argv,
      { calendar: 'string', from: 'string', to: 'string', explain: 'boolean', json: 'boolean' },
      args,
    );
    if (!parsed.ok) return failWith(io, parsed.message, ExitCode.usage);
    const calendar = loadCalendar(parsed.value.calendar);
    if (!calendar.ok) return failWith(io, calendar.message, ExitCode.failure);
    const zone = calendar.value.zone;
    const from = parseInstant(parsed.value.from, zone);
    const to = parseInstant(parsed.value.to, zone);
    for (const instant of [from, to]) {
      const checked = instant.ok ? checkInstant(instant.value) : instant;
      if (!checked.ok) return failWith(io, checked.message, ExitCode.usage);
    }
    if (!from.ok || !to.ok) return ExitCode.usage;
    const minutes = businessMinutes(calendar.value, from.value, to.value);
    const segments = parsed.value.explain ? explainSpan(calendar.value, from.value, to.value) : [];
    if (parsed.value.json) {
      io.stdout(
        `${JSON.stringify({ minutes, segments: parsed.value.explain ? segments : undefined })}\n`,
      );
      return ExitCode.ok;
    }
    io.stdout(
      `${String(minutes)} minutes ouvrées (${formatMinutes(minutes)}) du ${formatInstant(from.value, zone)} au ${formatInstant(to.value, zone)}\n`,
    );
    for (const s of segments) {
      io.stdout(
        `  ${formatInstant(s.start, zone)} → ${formatInstant(s.end, zone)}  ${formatMinutes((s.end - s.start) / 60_000).padStart(9)}  ${s.label}\n`,
      );
    }
    return ExitCode.ok;
  },
};
