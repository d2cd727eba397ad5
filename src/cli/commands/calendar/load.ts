import { DateTime } from 'luxon';
import {
  calendarPreset,
  compileCalendar,
  isCalendarPresetId,
  CALENDAR_PRESETS,
  type BusinessCalendar,
} from '../../../core/time';
import type { Result } from '../../../core/result';
import { readJson } from '../../inputs';

/** Reads a calendar given as a preset id or a JSON file path; errors say what to fix. */
export function loadCalendarDefinition(source: string): Result<unknown> {
  if (isCalendarPresetId(source)) return { ok: true, value: calendarPreset(source) };
  if (!source.endsWith('.json')) {
    const ids = Object.keys(CALENDAR_PRESETS).join(', ');
    return {
      ok: false,
      code: 'CLI.UNKNOWN_CALENDAR',
      message: `calendrier inconnu « ${source} » : donnez un préréglage (${ids}) ou un fichier .json.`,
    };
  }
  return readJson(source, 'Fichier de calendrier');
}

export function loadCalendar(source: string): Result<BusinessCalendar> {
  const definition = loadCalendarDefinition(source);
  return definition.ok ? compileCalendar(definition.value) : definition;
}

/** An ISO 8601 instant; without an offset it is read as wall-clock time in the calendar's zone. */
export function parseInstant(text: string, zone: string): Result<number> {
  const parsed = DateTime.fromISO(text, { zone, setZone: true });
  if (!parsed.isValid) {
    return {
      ok: false,
      code: 'CLI.BAD_INSTANT',
      message: `instant illisible « ${text} » : écrivez-le en ISO 8601, par exemple 2026-07-10T10:00 (heure locale du calendrier) ou 2026-07-10T10:00+02:00.`,
    };
  }
  return { ok: true, value: parsed.toMillis() };
}

/** An instant as a person reads it in the calendar's zone: « ven. 10 juil. 2026, 18:00 (UTC+2) ». */
export function formatInstant(ms: number, zone: string): string {
  const local = DateTime.fromMillis(ms, { zone }).setLocale('fr');
  return `${local.toFormat('ccc d LLL yyyy, HH:mm')} (${local.toFormat("'UTC'Z")})`;
}

export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60))} h ${String(abs % 60).padStart(2, '0')}`;
}
