import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarUid, followUpsToIcs, type CalendarItem } from './followUpsIcs';

const item: CalendarItem = {
  id: 'fu-1',
  title: 'Terugbellen over een BBL-plek',
  due: '2026-03-30',
  companyName: 'Bakkerij De Molen',
  ownerName: 'Sanne Adviseur',
  updatedAt: '2026-03-02T10:00:00Z',
};

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return { cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('followUpsToIcs', () => {
  it('writes one event per follow-up at 09:00 Europe/Amsterdam, with its VTIMEZONE', () => {
    const text = followUpsToIcs([item], new Date('2026-03-02T10:00:00Z'));
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('\r\nVERSION:2.0\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20260330T090000');
    expect(text).toContain('DTSTAMP:20260302T100000Z');
    const { cal, events } = parse(text);
    const tz = cal.getFirstSubcomponent('vtimezone');
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    expect(events).toHaveLength(1);
    const ev = events[0]!;
    expect(ev.uid).toBe(calendarUid('fu-1'));
    expect(ev.summary).toBe('Terugbellen over een BBL-plek – Bakkerij De Molen');
    expect(ev.description).toContain('Sanne Adviseur');
    // 30 March 2026 is summer time: 09:00 in Amsterdam is 07:00 UTC.
    ev.startDate.zone = new ICAL.Timezone(tz!);
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(ev.endDate.toJSDate().toISOString()).toBe('2026-03-30T07:30:00.000Z');
  });

  it('keeps the UID stable across exports, and raises SEQUENCE after a change', () => {
    const first = parse(followUpsToIcs([item])).events[0]!;
    const again = parse(
      followUpsToIcs([{ ...item, title: 'Langsgaan', updatedAt: '2026-03-05T08:00:00Z' }]),
    ).events[0]!;
    expect(again.uid).toBe(first.uid);
    expect(again.sequence).toBeGreaterThan(first.sequence);
  });

  it('exports many follow-ups in one file with distinct UIDs', () => {
    const { events } = parse(followUpsToIcs([item, { ...item, id: 'fu-2', due: '2026-11-02' }]));
    expect(events.map((e) => e.uid)).toEqual([calendarUid('fu-1'), calendarUid('fu-2')]);
  });
});
