import { getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import { formatDate } from '../i18n/format';

/**
 * Calendar helpers for the advisors' local time. Rows store instants as ISO strings with an
 * offset; everything a user reasons about ("this week", "on 3 November", "in the period") is a
 * calendar date in Europe/Amsterdam. We convert an instant to its local date once and then do
 * all arithmetic on plain `YYYY-MM-DD` dates in UTC, where no day is 23 or 25 hours long; that
 * is what keeps week boundaries right across the DST switches. The runtime's own time zone
 * never matters.
 */

export const TIME_ZONE = 'Europe/Amsterdam';

/** A local calendar date, `YYYY-MM-DD`. Compares correctly as a string. */
export type LocalDate = string;
/** An ISO week in ISO week-numbering: week 1 holds the first Thursday of `year`. */
export type IsoWeek = { year: number; week: number };
/** Inclusive range of local calendar dates. */
export type Period = { from: LocalDate; to: LocalDate };
/** Half-open range of instants `[start, end)`, ISO strings with the local offset. */
export type InstantRange = { start: string; end: string };
export type Instant = string | number | Date;

const DAY_MS = 86_400_000;
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let fmt = partsFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, fmt);
  }
  return fmt;
}

const toMs = (instant: Instant): number =>
  instant instanceof Date
    ? instant.getTime()
    : typeof instant === 'number'
      ? instant
      : Date.parse(instant);

type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

function exactWallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(ms)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Offset of the zone from UTC at that instant, in minutes (Amsterdam: 60 or 120). */
const HOUR_MS = 3_600_000;
/** Zone offset (ms) per zone and UTC hour: offsets change only on whole UTC hours here. */
const hourOffsets = new Map<string, number>();

/**
 * The wall clock of an instant in a zone. Intl's formatToParts is slow (tens of µs), and the
 * overview and the reach matrix ask this for every company and log: the zone's offset is looked
 * up once per UTC hour and the rest is arithmetic.
 */
function wallClock(ms: number, timeZone: string): WallClock {
  if (!Number.isFinite(ms)) return exactWallClock(ms, timeZone);
  const hour = Math.floor(ms / HOUR_MS) * HOUR_MS;
  const key = `${timeZone}|${hour}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    const w = exactWallClock(hour, timeZone);
    offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - hour;
    if (hourOffsets.size > 50_000) hourOffsets.clear();
    hourOffsets.set(key, offset);
  }
  const d = new Date(ms + offset);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

export function offsetMinutes(instant: Instant, timeZone = TIME_ZONE): number {
  const ms = Math.floor(toMs(instant) / 1000) * 1000;
  const w = wallClock(ms, timeZone);
  return Math.round(
    (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - ms) / 60_000,
  );
}

/** The local calendar date of an instant. */
export function localDate(instant: Instant, timeZone = TIME_ZONE): LocalDate {
  const w = wallClock(toMs(instant), timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** An instant as an ISO string with the zone's offset, e.g. `2026-03-30T00:00:00+02:00`. */
export function toZonedIso(instant: Instant, timeZone = TIME_ZONE): string {
  const ms = toMs(instant);
  const w = wallClock(ms, timeZone);
  const off = offsetMinutes(ms, timeZone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function splitDate(date: LocalDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Invalid calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * The instant at which a local wall-clock time occurs, as an ISO string with offset. Two passes
 * settle the offset on the day of a switch; Amsterdam switches at 02:00/03:00, so midnight is
 * always unambiguous.
 */
export function localDateTimeToIso(date: LocalDate, time = '00:00', timeZone = TIME_ZONE): string {
  const [y, mo, d] = splitDate(date);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  let ms = asUtc - offsetMinutes(asUtc, timeZone) * 60_000;
  ms = asUtc - offsetMinutes(ms, timeZone) * 60_000;
  return toZonedIso(ms, timeZone);
}

/** Local midnight at the start of a date. */
export const startOfLocalDay = (date: LocalDate, timeZone = TIME_ZONE) =>
  localDateTimeToIso(date, '00:00', timeZone);

const utcOf = (date: LocalDate) => {
  const [y, m, d] = splitDate(date);
  return Date.UTC(y, m - 1, d);
};
const fromUtc = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: LocalDate, days: number): LocalDate =>
  fromUtc(utcOf(date) + days * DAY_MS);

/** Whole calendar days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: LocalDate, b: LocalDate): number =>
  Math.round((utcOf(b) - utcOf(a)) / DAY_MS);

/**
 * date-fns reads the runtime's local fields; a Date at local noon of the calendar date carries
 * the right year/month/day whatever the runtime zone, and noon is never skipped by DST.
 */
const calendarCarrier = (date: LocalDate) => {
  const [y, m, d] = splitDate(date);
  return new Date(y, m - 1, d, 12);
};

export function isoWeekOfDate(date: LocalDate): IsoWeek {
  const carrier = calendarCarrier(date);
  return { year: getISOWeekYear(carrier), week: getISOWeek(carrier) };
}

/** The ISO week in which an instant falls for an advisor in Amsterdam. */
export const isoWeekOf = (instant: Instant, timeZone = TIME_ZONE): IsoWeek =>
  isoWeekOfDate(localDate(instant, timeZone));

/** Monday of the week that holds `date`. */
export function mondayOf(date: LocalDate): LocalDate {
  const monday = startOfISOWeek(calendarCarrier(date));
  return `${pad(monday.getFullYear(), 4)}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`;
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

/** Format a local date in nl-NL ("3 november 2026") without the runtime zone shifting the day. */
export const formatLocalDate = (date: LocalDate): string => formatDate(calendarCarrier(date));

/** The local date of an instant in nl-NL words. */
export const formatInstantDate = (instant: Instant, timeZone = TIME_ZONE): string =>
  formatLocalDate(localDate(instant, timeZone));

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
