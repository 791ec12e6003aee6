import { getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import {
  addDays,
  calendarCarrier,
  formatLocalDate,
  fromCarrier,
  localDate,
  splitDate,
  startOfLocalDay,
  TIME_ZONE,
} from '../dates/localDate';
import type { Instant, LocalDate } from '../dates/localDate';

/**
 * ISO weeks and periods of the advisors' calendar in Europe/Amsterdam. Instants become local
 * dates through `shared/dates/localDate.ts`; everything here works on plain `YYYY-MM-DD` dates,
 * which is what keeps week boundaries right across the DST switches.
 */

/** An ISO week in ISO week-numbering: week 1 holds the first Thursday of `year`. */
export type IsoWeek = { year: number; week: number };
/** Inclusive range of local calendar dates. */
export type Period = { from: LocalDate; to: LocalDate };
/** Half-open range of instants `[start, end)`, ISO strings with the local offset. */
export type InstantRange = { start: string; end: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoWeekOfDate(date: LocalDate): IsoWeek {
  const carrier = calendarCarrier(date);
  return { year: getISOWeekYear(carrier), week: getISOWeek(carrier) };
}

/** The ISO week in which an instant falls for an advisor in Amsterdam. */
export const isoWeekOf = (instant: Instant, timeZone = TIME_ZONE): IsoWeek =>
  isoWeekOfDate(localDate(instant, timeZone));

/** Monday of the week that holds `date`. */
export function mondayOf(date: LocalDate): LocalDate {
  return fromCarrier(startOfISOWeek(calendarCarrier(date)));
}

/** Monday to Sunday of an ISO week, as local dates. */
export function weekPeriod(week: IsoWeek): Period {
  // 4 January always lies in ISO week 1.
  const from = addDays(mondayOf(`${pad(week.year, 4)}-01-04`), (week.week - 1) * 7);
  return { from, to: addDays(from, 6) };
}

/** `[Monday 00:00, next Monday 00:00)` in local time; 167 or 169 hours in a DST week. */
export const weekRange = (week: IsoWeek, timeZone = TIME_ZONE): InstantRange =>
  periodRange(weekPeriod(week), timeZone);

/** `[from 00:00, day after to 00:00)` in local time. */
export function periodRange(period: Period, timeZone = TIME_ZONE): InstantRange {
  return {
    start: startOfLocalDay(period.from, timeZone),
    end: startOfLocalDay(addDays(period.to, 1), timeZone),
  };
}

export const isInPeriod = (instant: Instant, period: Period, timeZone = TIME_ZONE): boolean => {
  const d = localDate(instant, timeZone);
  return d >= period.from && d <= period.to;
};

export const isDateInPeriod = (date: LocalDate, period: Period): boolean =>
  date >= period.from && date <= period.to;

export const shiftWeek = (week: IsoWeek, weeks: number): IsoWeek =>
  isoWeekOfDate(addDays(weekPeriod(week).from, weeks * 7));

/** `2026-W47`: a stable key for URLs and saved views. */
export const weekKey = (week: IsoWeek): string => `${pad(week.year, 4)}-W${pad(week.week)}`;

export function parseWeekKey(key: string): IsoWeek | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) return null;
  const week = { year: Number(m[1]), week: Number(m[2]) };
  const back = isoWeekOfDate(weekPeriod(week).from);
  return back.year === week.year && back.week === week.week ? week : null;
}

/**
 * "16–22 november 2026", "28 september – 4 oktober 2026", "29 december 2025 – 4 januari 2026":
 * repeat month and year only where they differ, as a Dutch reader would write it.
 */
export function formatPeriod(period: Period): string {
  const [fy, fm] = splitDate(period.from);
  const [ty, tm] = splitDate(period.to);
  const to = formatLocalDate(period.to);
  if (period.from === period.to) return to;
  if (fy === ty && fm === tm) return `${splitDate(period.from)[2]}–${to}`;
  const from = formatLocalDate(period.from);
  return fy === ty ? `${from.replace(/ \d{4}$/, '')} – ${to}` : `${from} – ${to}`;
}

/** "Week 47 (16–22 november 2026)". */
export const weekLabel = (week: IsoWeek): string =>
  `Week ${week.week} (${formatPeriod(weekPeriod(week))})`;

/** The ISO week that holds `now`, as a period, for "this week" defaults. */
export const currentWeekPeriod = (now: Instant, timeZone = TIME_ZONE): Period =>
  weekPeriod(isoWeekOf(now, timeZone));
