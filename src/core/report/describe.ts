import type { ContractVersion } from '../contract';
import { wallClockOf } from '../time/wall-clock';

const DAYS: Readonly<Record<string, string>> = {
  mon: 'lun',
  tue: 'mar',
  wed: 'mer',
  thu: 'jeu',
  fri: 'ven',
  sat: 'sam',
  sun: 'dim',
};

/** The months in French, January first. */
export const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** "mars 2026" for `2026-03`. */
export function monthLabel(month: string): string {
  return `${FRENCH_MONTHS[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "de mars", but "d’avril", "d’août", "d’octobre": French elides before a vowel. */
export const ofMonth = (label: string): string =>
  /^[aeiouâéô]/i.test(label) ? `d’${label}` : `de ${label}`;

/** `dd/MM/yyyy HH:mm` in `zone`. */
export function frenchInstant(ms: number, zone: string): string {
  const w = wallClockOf(ms, zone);
  return `${two(w.day)}/${two(w.month)}/${String(w.year)} ${two(w.hour)}:${two(w.minute)}`;
}

/** ISO 8601 with the zone's offset (`2026-03-29T03:00:00+02:00`), milliseconds only when set. */
export function isoInstant(ms: number, zone: string): string {
  const w = wallClockOf(ms, zone);
  const offset = Math.abs(w.offsetMinutes);
  const sign = w.offsetMinutes < 0 ? '-' : '+';
  const millis = w.millisecond === 0 ? '' : `.${String(w.millisecond).padStart(3, '0')}`;
  return `${String(w.year)}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}:${two(w.second)}${millis}${sign}${two(Math.floor(offset / 60))}:${two(offset % 60)}`;
}

/** `dd/MM/yyyy` of a civil date (`YYYY-MM-DD`); "—" for none, any other text unchanged. */
export function frenchDate(date: string | null): string {
  if (date === null) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match === null ? date : `${match[3] ?? ''}/${match[2] ?? ''}/${match[1] ?? ''}`;
}

/** A calendar of the contract in one French line, for the method annex. */
export function describeCalendar(definition: ContractVersion['calendars'][string]): string {
  const windows = definition.windows
    .map((w) => `${w.days.map((d) => DAYS[d] ?? d).join(', ')} ${w.from}–${w.to}`)
    .join(' ; ');
  const holidays = definition.holidays.worked
    ? 'jours fériés travaillés'
    : `jours fériés ${definition.holidays.region}${definition.holidays.goodFriday === true ? ' (Vendredi saint inclus)' : ''}`;
  const closures =
    definition.closures.length === 0
      ? ''
      : ` ; fermetures ${definition.closures.map((c) => `${frenchDate(c.from)} – ${frenchDate(c.to)}`).join(', ')}`;
  return `${windows} ; ${holidays}${closures} ; 1 jour = ${String(definition.hoursPerDay).replace('.', ',')} h ; fuseau ${definition.zone}`;
}
