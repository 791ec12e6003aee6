import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { visit } from '../i18n/nl/visit';
import { TIME_ZONE } from '../dates/localDate';

/** A follow-up or planned visit with a date, as the calendar needs it. */
export type CalendarItem = {
  /** The follow-up's row id: the UID is derived from it, so a re-export updates the event. */
  id: string;
  title: string;
  /** yyyy-mm-dd in Europe/Amsterdam. */
  due: string;
  companyName: string;
  ownerName: string;
  /** When the row last changed: a later change gives a higher SEQUENCE. */
  updatedAt: string;
};

/** The UID of an item: the same for every export of the same follow-up (RFC 5545 §3.8.4.7). */
export const calendarUid = (id: string) => `${id}@veldwerk.leerwerkloket`;

/** Actions appear at 09:00 on the due date, half an hour, shown as free time. */
const START_TIME = '09:00';
const END_TIME = '09:30';
/** SEQUENCE counts minutes since 2024 of the last change: it only ever grows for one UID. */
const SEQUENCE_EPOCH = Date.parse('2024-01-01T00:00:00Z');

function vtimezone(tz: string): string | null {
  const block = tzlib_get_ical_block(tz);
  const first = Array.isArray(block) ? block[0] : block;
  if (typeof first !== 'string' || !first.includes('BEGIN:VTIMEZONE')) return null;
  // The library serves Europe/Amsterdam from its link target (Europe/Brussels, the same rules
  // since 1977); the VTIMEZONE must carry the TZID the events refer to.
  return first
    .replace(/^TZID:.*$/m, `TZID:${tz}`)
    .replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${tz}`);
}

/**
 * An iCalendar file (RFC 5545) with one event per item, in Europe/Amsterdam with its
 * VTIMEZONE. Written by ical-generator; `now` fixes DTSTAMP so tests and re-exports agree.
 */
export function followUpsToIcs(items: readonly CalendarItem[], now: Date = new Date()): string {
  const c = visit.calendar;
  const calendar = ical({
    name: c.calendarName,
    prodId: { company: 'LeerWerkLoket Drechtsteden', product: 'Veldwerk', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
  });
  // No calendar-wide zone (it would also write DTSTAMP as local time, which must be UTC); the
  // generator still adds the VTIMEZONE of the zone each event names.
  calendar.timezone({ name: null, generator: vtimezone });
  for (const item of items) {
    const changed = Date.parse(item.updatedAt);
    calendar.createEvent({
      id: calendarUid(item.id),
      // Wall-clock strings without an offset: ical-generator writes them as they are after
      // TZID=Europe/Amsterdam, whatever zone this machine runs in.
      start: `${item.due}T${START_TIME}:00`,
      end: `${item.due}T${END_TIME}:00`,
      timezone: TIME_ZONE,
      stamp: now,
      sequence: Number.isFinite(changed)
        ? Math.max(0, Math.floor((changed - SEQUENCE_EPOCH) / 60_000))
        : 0,
      summary: c.summary(item.title, item.companyName),
      description: c.description(item.companyName, item.ownerName),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}
