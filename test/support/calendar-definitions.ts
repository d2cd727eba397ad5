/** Calendar definitions shared by the differential test and the benchmark (plain JSON data). */

export const SPLIT_WINDOW_CLOSURES = [
  { from: '2027-08-02', to: '2027-08-20', label: 'Fermeture estivale 2027' },
  { from: '2031-12-24', to: '2032-01-02', label: 'Fermeture de fin d’année 2031' },
] as const;

/** Alsace-Moselle site, 09:00–12:00 and 14:00–18:00 Monday to Friday, Lundi de Pentecôte worked. */
export const SPLIT_WINDOW_ALSACE = {
  zone: 'Europe/Paris',
  windows: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '12:00' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '14:00', to: '18:00' },
  ],
  hoursPerDay: 7,
  holidays: {
    region: 'alsace-moselle',
    goodFriday: true,
    pentecostMonday: 'worked',
    worked: false,
  },
  closures: SPLIT_WINDOW_CLOSURES,
  extraNonWorkingDates: [],
  extraWorkingDates: [],
} as const;
