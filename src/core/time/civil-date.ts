/** A civil date `YYYY-MM-DD` with no zone: a day on the wall calendar. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** Days since 1970-01-01 (civil, zone-free). */
export type EpochDay = number;

export interface CivilFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from 1970-01-01 to the given proleptic Gregorian date (Hinnant's algorithm). */
export function epochDayOf(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilOf(epochDay: EpochDay): CivilFields {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(epochDay: EpochDay): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return (
    epochDayOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    epochDayOf(year, month, 1)
  );
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function isoDateOf(epochDay: EpochDay): IsoDate {
  const { year, month, day } = civilOf(epochDay);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** Parses `YYYY-MM-DD`; undefined when the text is not a real calendar date. */
export function parseIsoDate(text: string): EpochDay | undefined {
  const m = ISO_DATE.exec(text);
  if (m === null) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return epochDayOf(year, month, day);
}

export function isIsoDate(text: string): text is IsoDate {
  return parseIsoDate(text) !== undefined;
}

/** The epoch day of an IsoDate that is known to be valid. */
export function epochDayOfIso(date: IsoDate): EpochDay {
  const day = parseIsoDate(date);
  if (day === undefined) throw new RangeError(`Not a civil date: ${date}`);
  return day;
}
