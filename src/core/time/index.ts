export * from './civil-date';
export * from './calendar-schema';
export { HOLIDAY_REGIONS, REGION_ZONES, easterSunday, listPublicHolidays } from './holidays';
export type { HolidayRegion, HolidayOptions, PublicHoliday } from './holidays';
export { compileCalendar, buildCalendarIndex, calendarIndexStats } from './compile-calendar';
export type { BusinessCalendar } from './compile-calendar';
export type { IndexStats } from './calendar-index';
export { validateCalendar } from './validate-calendar';
export {
  FIRST_INSTANT,
  END_INSTANT,
  checkInstant,
  businessMinutes,
  businessMinutesAlong,
  addBusinessMinutes,
  isWorking,
  nextWorkingInstant,
} from './business-time';
export {
  dayStartInstant,
  nthWorkingDayAfter,
  localDayOf,
  isWorkingDay,
  addWorkingDays,
  countWorkingDays,
  workingDaysLate,
} from './working-days';
export type { WorkingDayOptions } from './working-days';
export { addCalendarPeriod, calendarDaysLate } from './calendar-units';
export type { CalendarUnit, CalendarPeriodOptions } from './calendar-units';
export { explainSpan } from './explain-span';
export type { SpanSegment, SegmentKind } from './explain-span';
export { CALENDAR_PRESETS, calendarPreset, isCalendarPresetId } from './presets';
export type { CalendarPresetId } from './presets';
