import { epochDayOf, isoDateOf, type EpochDay, type IsoDate } from './civil-date';

/** Holiday zones: métropole, Alsace-Moselle and the overseas départements and collectivités. */
export const HOLIDAY_REGIONS = [
  'metropole',
  'alsace-moselle',
  'guadeloupe',
  'martinique',
  'guyane',
  'la-reunion',
  'mayotte',
  'saint-barthelemy',
  'saint-martin',
  'none',
] as const;
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];

/** The IANA zone where each region's calendar runs unless the calendar says otherwise. */
export const REGION_ZONES: Readonly<Record<HolidayRegion, string>> = {
  metropole: 'Europe/Paris',
  'alsace-moselle': 'Europe/Paris',
  guadeloupe: 'America/Guadeloupe',
  martinique: 'America/Martinique',
  guyane: 'America/Cayenne',
  'la-reunion': 'Indian/Reunion',
  mayotte: 'Indian/Mayotte',
  'saint-barthelemy': 'America/St_Barthelemy',
  'saint-martin': 'America/Marigot',
  none: 'Europe/Paris',
};

/** Regions where Good Friday (Vendredi saint) is an option, and its default there. */
export const GOOD_FRIDAY_DEFAULT: Readonly<Partial<Record<HolidayRegion, boolean>>> = {
  'alsace-moselle': true,
  guadeloupe: false,
  martinique: false,
};

export interface HolidayOptions {
  readonly region: HolidayRegion;
  readonly goodFriday?: boolean | undefined;
  readonly pentecostMonday: 'holiday' | 'worked';
}

export interface PublicHoliday {
  readonly date: IsoDate;
  readonly day: EpochDay;
  readonly name: string;
}

type Rule =
  | {
      readonly name: string;
      readonly month: number;
      readonly day: number;
      readonly from: number;
      readonly to?: number;
    }
  | { readonly name: string; readonly easter: number; readonly from: number; readonly to?: number };

const NATIONAL: readonly Rule[] = [
  { name: "Jour de l'an", month: 1, day: 1, from: 1811 },
  { name: 'Lundi de Pâques', easter: 1, from: 1886 },
  { name: 'Fête du Travail', month: 5, day: 1, from: 1920 },
  { name: 'Victoire 1945', month: 5, day: 8, from: 1953, to: 1959 },
  { name: 'Victoire 1945', month: 5, day: 8, from: 1982 },
  { name: 'Ascension', easter: 39, from: 1802 },
  { name: 'Lundi de Pentecôte', easter: 50, from: 1886 },
  { name: 'Fête nationale', month: 7, day: 14, from: 1880 },
  { name: 'Assomption', month: 8, day: 15, from: 1802 },
  { name: 'Toussaint', month: 11, day: 1, from: 1802 },
  { name: 'Armistice 1918', month: 11, day: 11, from: 1918 },
  { name: 'Noël', month: 12, day: 25, from: 1802 },
];

const GOOD_FRIDAY: Rule = { name: 'Vendredi saint', easter: -2, from: 1802 };
const ABOLITION = "Abolition de l'esclavage";

const REGIONAL: Readonly<Record<HolidayRegion, readonly Rule[]>> = {
  metropole: [],
  none: [],
  'alsace-moselle': [{ name: 'Saint-Étienne', month: 12, day: 26, from: 1802 }],
  guadeloupe: [{ name: ABOLITION, month: 5, day: 27, from: 1983 }],
  martinique: [{ name: ABOLITION, month: 5, day: 22, from: 1983 }],
  guyane: [{ name: ABOLITION, month: 6, day: 10, from: 1983 }],
  'la-reunion': [{ name: ABOLITION, month: 12, day: 20, from: 1981 }],
  mayotte: [{ name: ABOLITION, month: 4, day: 27, from: 1983 }],
  'saint-barthelemy': [{ name: ABOLITION, month: 10, day: 9, from: 1983 }],
  'saint-martin': [
    { name: ABOLITION, month: 5, day: 27, from: 1983, to: 2017 },
    { name: ABOLITION, month: 5, day: 28, from: 2018 },
  ],
};

/** Easter Sunday of a Gregorian year (anonymous Gregorian computus), as an epoch day. */
export function easterSunday(year: number): EpochDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDayOf(year, month, day);
}

function rulesFor(options: HolidayOptions): readonly Rule[] {
  if (options.region === 'none') return [];
  const goodFriday = options.goodFriday ?? GOOD_FRIDAY_DEFAULT[options.region] ?? false;
  return [
    ...NATIONAL.filter(
      (r) => options.pentecostMonday === 'holiday' || r.name !== 'Lundi de Pentecôte',
    ),
    ...(goodFriday ? [GOOD_FRIDAY] : []),
    ...REGIONAL[options.region],
  ];
}

/**
 * The public holidays (jours fériés légaux) of a year in a region, as civil dates sorted by date.
 * Two holidays on the same date (Ascension on 22 May in Martinique) give two entries.
 */
export function listPublicHolidays(options: HolidayOptions, year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const out: PublicHoliday[] = [];
  for (const rule of rulesFor(options)) {
    if (year < rule.from || year > (rule.to ?? year)) continue;
    const day = 'easter' in rule ? easter + rule.easter : epochDayOf(year, rule.month, rule.day);
    out.push({ date: isoDateOf(day), day, name: rule.name });
  }
  return out.sort((x, y) => x.day - y.day);
}
