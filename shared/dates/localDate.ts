import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays as addCalendarDays, differenceInCalendarDays, format, isValid, parse } from 'date-fns';
import { nl } from 'date-fns/locale/nl';

/**
 * The one place for dates. Rows store instants as ISO strings with an offset; everything a user
 * reasons about ("this week", "on 3 November", "due on") is a calendar date in Europe/Amsterdam,
 * written `YYYY-MM-DD`. An instant becomes a local date here, once, with the zone rules of
 * `@date-fns/tz`; calendar arithmetic and formatting then work on the plain date through
 * date-fns, so no day is 23 or 25 hours long and the runtime's own time zone never matters.
 */

export const TIME_ZONE = 'Europe/Amsterdam';

/** A local calendar date, `YYYY-MM-DD`. Compares correctly as a string. */
export type LocalDate = string;
export type Instant = string | number | Date;

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

const toMs = (instant: Instant): number =>
  instant instanceof Date
    ? instant.getTime()
    : typeof instant === 'number'
      ? instant
      : Date.parse(instant);

/** Offset (minutes) per zone and UTC hour: zone offsets here change only on whole UTC hours. */
const hourOffsets = new Map<string, number>();

/**
 * Offset of the zone from UTC at that instant, in minutes (Amsterdam: 60 or 120). `tzOffset`
 * asks Intl each time (a few µs); the meeting overview and the reach matrix ask for every
 * company and log, so the answer is kept per UTC hour.
 */
export function offsetMinutes(instant: Instant, timeZone = TIME_ZONE): number {
  const ms = toMs(instant);
  if (!Number.isFinite(ms)) return Number.NaN;
  const hour = Math.floor(ms / HOUR_MS) * HOUR_MS;
  const key = `${timeZone}|${hour}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(hour));
    if (hourOffsets.size > 50_000) hourOffsets.clear();
    hourOffsets.set(key, offset);
  }
  return offset;
}

/** The instant moved by its zone offset: its UTC fields read as the local wall clock. */
const wallClockDate = (ms: number, timeZone: string) =>
  new Date(ms + offsetMinutes(ms, timeZone) * MINUTE_MS);

export type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

/** The date and time the advisor's clock showed at that instant. */
export function wallClock(instant: Instant, timeZone = TIME_ZONE): WallClock {
  const d = wallClockDate(toMs(instant), timeZone);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The local calendar date of an instant. */
export const localDate = (instant: Instant, timeZone = TIME_ZONE): LocalDate =>
  wallClockDate(toMs(instant), timeZone).toISOString().slice(0, 10);

/** Today's local calendar date. */
export const localToday = (now: Instant = Date.now(), timeZone = TIME_ZONE): LocalDate =>
  localDate(now, timeZone);

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as an ISO string with the zone's offset, e.g. `2026-03-30T00:00:00+02:00`. */
export function toZonedIso(instant: Instant, timeZone = TIME_ZONE): string {
  const ms = Math.floor(toMs(instant) / 1000) * 1000;
  const off = offsetMinutes(ms, timeZone);
  const abs = Math.abs(off);
  const sign = off < 0 ? '-' : '+';
  return `${new Date(ms + off * MINUTE_MS).toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month and day of a `YYYY-MM-DD`; throws on anything else. */
export function splitDate(date: LocalDate): [number, number, number] {
  const m = DATE_RE.exec(date);
  if (!m) throw new Error(`Invalid calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** True for a `YYYY-MM-DD` that exists on the calendar (no 31 April, no 29 February 2027). */
export function isLocalDate(value: string): boolean {
  return DATE_RE.test(value) && isValid(parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1, 12)));
}

/**
 * date-fns reads and writes the runtime's local fields. A Date at local noon of the calendar
 * date carries the right year, month and day whatever the runtime zone, and noon is never
 * skipped by a DST switch.
 */
export const calendarCarrier = (date: LocalDate): Date => {
  const [y, m, d] = splitDate(date);
  return new Date(y, m - 1, d, 12);
};

/** The calendar date a carrier (or any runtime-local Date) stands for. */
export const fromCarrier = (carrier: Date): LocalDate => format(carrier, 'yyyy-MM-dd');

/**
 * The instant at which a local wall-clock time occurs, as an ISO string with offset. Amsterdam
 * switches at 02:00/03:00, so midnight is always unambiguous.
 */
export function localDateTimeToIso(date: LocalDate, time = '00:00', timeZone = TIME_ZONE): string {
  const [y, mo, d] = splitDate(date);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  return toZonedIso(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime(), timeZone);
}

/** Local midnight at the start of a date. */
export const startOfLocalDay = (date: LocalDate, timeZone = TIME_ZONE) =>
  localDateTimeToIso(date, '00:00', timeZone);

export const addDays = (date: LocalDate, days: number): LocalDate =>
  fromCarrier(addCalendarDays(calendarCarrier(date), days));

/** Whole calendar days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: LocalDate, b: LocalDate): number =>
  differenceInCalendarDays(calendarCarrier(b), calendarCarrier(a));

/** A local date in Dutch words ("3 november 2026"), never shifted by the runtime zone. */
export const formatLocalDate = (date: LocalDate): string =>
  format(calendarCarrier(date), 'd MMMM yyyy', { locale: nl });

/** The local date of an instant in nl-NL words. */
export const formatInstantDate = (instant: Instant, timeZone = TIME_ZONE): string =>
  formatLocalDate(localDate(instant, timeZone));

/** "31 december": a local date without its year, for sentences about the current year. */
export const formatDayMonth = (date: LocalDate): string =>
  format(calendarCarrier(date), 'd MMMM', { locale: nl });
