import type { CalendarDefinitionInput, DayCode } from './calendar-schema';

const MON_FRI: DayCode[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const MON_SAT: DayCode[] = [...MON_FRI, 'sat'];

function weekdays(
  label: string,
  id: string,
  from: string,
  to: string,
  hoursPerDay: number,
): CalendarDefinitionInput {
  return {
    id,
    label,
    zone: 'Europe/Paris',
    windows: [{ days: MON_FRI, from, to }],
    hoursPerDay,
    holidays: { region: 'metropole', pentecostMonday: 'holiday', worked: false },
    closures: [],
    extraNonWorkingDates: [],
    extraWorkingDates: [],
  };
}

/** Calendars of the seed contracts (see shared/contracts), as editable definitions. */
export const CALENDAR_PRESETS = {
  /** ATIH CCTP L2370–2376: lundi–vendredi hors jours fériés, 09h00–18h00, France métropolitaine. */
  atih: weekdays('ATIH — lundi–vendredi 9 h–18 h, hors jours fériés', 'atih', '09:00', '18:00', 9),
  /** DEMAT'ADS niveau OR (001 L1309–1357): 6h–20h du lundi au samedi, jours fériés inclus. */
  'demat-ads-or': {
    id: 'demat-ads-or',
    label: "DEMAT'ADS niveau OR — lundi–samedi 6 h–20 h, jours fériés travaillés",
    zone: 'Europe/Paris',
    windows: [{ days: MON_SAT, from: '06:00', to: '20:00' }],
    hoursPerDay: 14,
    holidays: { region: 'metropole', pentecostMonday: 'holiday', worked: true },
    closures: [],
    extraNonWorkingDates: [],
    extraWorkingDates: [],
  } satisfies CalendarDefinitionInput,
  /** DEMAT'ADS niveau ARGENT: 8h–18h du lundi au vendredi, hors jours fériés. */
  'demat-ads-argent': weekdays(
    "DEMAT'ADS niveau ARGENT — lundi–vendredi 8 h–18 h",
    'demat-ads-argent',
    '08:00',
    '18:00',
    10,
  ),
  /** DEMAT'ADS niveau BRONZE: 8h–18h du lundi au vendredi, hors jours fériés. */
  'demat-ads-bronze': weekdays(
    "DEMAT'ADS niveau BRONZE — lundi–vendredi 8 h–18 h",
    'demat-ads-bronze',
    '08:00',
    '18:00',
    10,
  ),
  /** DEMAT'ADS TMA heures ouvrées: hours not fixed by the CCTP (set in the PAQ); 8h–18h by default. */
  'demat-ads-tma': weekdays(
    "DEMAT'ADS TMA — heures ouvrées lundi–vendredi 8 h–18 h (à confirmer au PAQ)",
    'demat-ads-tma',
    '08:00',
    '18:00',
    10,
  ),
  /** DSI Grand Est (003 L.37–46): jours ouvrés hors fermetures du site, 8h–18h; closure dates set each year. */
  'dsi-grand-est': {
    ...weekdays(
      'DSI Grand Est — lundi–vendredi 8 h–18 h, hors fermetures du site',
      'dsi-grand-est',
      '08:00',
      '18:00',
      10,
    ),
    closures: [
      {
        from: '2026-08-03',
        to: '2026-08-14',
        label: 'Fermeture estivale (2 semaines, dates à confirmer par le bénéficiaire)',
      },
      {
        from: '2026-12-28',
        to: '2027-01-01',
        label: "Fermeture de fin d'année (1 semaine, dates à confirmer par le bénéficiaire)",
      },
    ],
  },
} as const satisfies Record<string, CalendarDefinitionInput>;

export type CalendarPresetId = keyof typeof CALENDAR_PRESETS;

export function isCalendarPresetId(id: string): id is CalendarPresetId {
  return Object.hasOwn(CALENDAR_PRESETS, id);
}

/** A fresh copy of a preset's definition, safe to edit. */
export function calendarPreset(id: CalendarPresetId): CalendarDefinitionInput {
  return structuredClone(CALENDAR_PRESETS[id]);
}
