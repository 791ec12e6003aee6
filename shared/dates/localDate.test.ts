import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatDayMonth,
  formatInstantDate,
  formatLocalDate,
  isLocalDate,
  localDate,
  localDateTimeToIso,
  offsetMinutes,
  startOfLocalDay,
  toZonedIso,
  wallClock,
} from './localDate';

// 2026 switches: Sunday 29 March 01:00Z (02:00 CET → 03:00 CEST) and Sunday 25 October 01:00Z
// (03:00 CEST → 02:00 CET); 2025: 30 March and 26 October.

describe('instants to Amsterdam calendar dates', () => {
  it('moves to summer time on the last Sunday of March', () => {
    expect(toZonedIso('2026-03-29T00:59:59Z')).toBe('2026-03-29T01:59:59+01:00');
    expect(toZonedIso('2026-03-29T01:00:00Z')).toBe('2026-03-29T03:00:00+02:00');
    expect(offsetMinutes('2026-03-29T00:59:59Z')).toBe(60);
    expect(offsetMinutes('2026-03-29T01:00:00Z')).toBe(120);
    expect(localDate('2026-03-28T23:00:00Z')).toBe('2026-03-29'); // 00:00 CET
    expect(localDate('2026-03-29T21:59:59Z')).toBe('2026-03-29'); // 23:59:59 CEST
    expect(localDate('2026-03-29T22:00:00Z')).toBe('2026-03-30');
    expect(localDate('2025-03-30T22:00:00Z')).toBe('2025-03-31');
  });

  it('moves back on the last Sunday of October, where 02:30 happens twice', () => {
    expect(toZonedIso('2026-10-25T00:30:00Z')).toBe('2026-10-25T02:30:00+02:00');
    expect(toZonedIso('2026-10-25T01:30:00Z')).toBe('2026-10-25T02:30:00+01:00');
    expect(localDate('2026-10-24T22:00:00Z')).toBe('2026-10-25'); // 00:00 CEST
    expect(localDate('2026-10-25T22:59:59Z')).toBe('2026-10-25'); // 23:59:59 CET
    expect(localDate('2026-10-25T23:00:00Z')).toBe('2026-10-26');
    expect(localDate('2025-10-26T23:00:00Z')).toBe('2025-10-27');
    expect(wallClock('2026-10-25T01:30:00Z')).toEqual({
      year: 2026,
      month: 10,
      day: 25,
      hour: 2,
      minute: 30,
      second: 0,
    });
  });

  it('turns the year at local midnight, not at UTC midnight', () => {
    expect(localDate('2026-12-31T22:59:59Z')).toBe('2026-12-31');
    expect(localDate('2026-12-31T23:00:00Z')).toBe('2027-01-01');
    expect(toZonedIso('2026-12-31T23:30:00Z')).toBe('2027-01-01T00:30:00+01:00');
    expect(formatInstantDate('2026-12-31T23:30:00Z')).toBe('1 januari 2027');
  });

  it('agrees with @date-fns/tz for every few minutes around the switches and the year end', () => {
    const starts = [
      Date.UTC(2025, 2, 29, 20),
      Date.UTC(2025, 9, 25, 20),
      Date.UTC(2026, 2, 28, 20),
      Date.UTC(2026, 9, 24, 20),
      Date.UTC(2026, 11, 31, 20),
    ];
    for (const start of starts) {
      for (let m = 0; m < 12 * 60; m += 7) {
        const ms = start + m * 60_000 + 13_000;
        expect(toZonedIso(ms)).toBe(formatISO(new TZDate(ms, 'Europe/Amsterdam')));
      }
    }
  });
});

describe('local wall-clock times to instants', () => {
  it('converts local wall-clock times to instants with the right offset', () => {
    expect(localDateTimeToIso('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(localDateTimeToIso('2026-03-29', '03:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(localDateTimeToIso('2026-11-03', '14:15')).toBe('2026-11-03T14:15:00+01:00');
  });

  it('starts each day at local midnight with that day’s offset', () => {
    expect(startOfLocalDay('2026-03-29')).toBe('2026-03-29T00:00:00+01:00');
    expect(startOfLocalDay('2026-03-30')).toBe('2026-03-30T00:00:00+02:00');
    expect(startOfLocalDay('2026-10-25')).toBe('2026-10-25T00:00:00+02:00');
    expect(startOfLocalDay('2026-10-26')).toBe('2026-10-26T00:00:00+01:00');
    expect(startOfLocalDay('2027-01-01')).toBe('2027-01-01T00:00:00+01:00');
    expect(localDateTimeToIso('2026-10-25', '12:00')).toBe('2026-10-25T12:00:00+01:00');
  });
});

describe('calendar dates', () => {
  it('counts whole days across the switches and the year end', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('knows which dates exist', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2026-04-31')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-1-01')).toBe(false);
  });

  it('writes dates in Dutch', () => {
    expect(formatLocalDate('2026-12-31')).toBe('31 december 2026');
    expect(formatLocalDate('2027-01-01')).toBe('1 januari 2027');
    expect(formatLocalDate('2026-03-29')).toBe('29 maart 2026');
    expect(formatDayMonth('2026-10-25')).toBe('25 oktober');
  });

  it('keeps the day whatever time zone the computer is set to', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo']) {
        process.env.TZ = zone;
        expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(-60); // the zone took effect
        expect(formatLocalDate('2026-12-31')).toBe('31 december 2026');
        expect(formatDayMonth('2027-01-01')).toBe('1 januari');
        expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
        expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
        expect(localDate('2026-12-31T23:00:00Z')).toBe('2027-01-01');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('wall clock fast path', () => {
  it('agrees with Intl for every hour around both DST changes of 2026 and random instants', async () => {
    const { localDate, toZonedIso } = await import('./localDate');
    const exact = (ms: number) => {
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit',
          hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
        })
          .formatToParts(ms)
          .map((p) => [p.type, p.value]),
      );
      return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
    };
    const instants: number[] = [];
    for (const start of [Date.UTC(2026, 2, 28, 20), Date.UTC(2026, 9, 24, 20)]) {
      for (let m = 0; m < 12 * 60; m += 7) instants.push(start + m * 60_000 + 13_000);
    }
    for (let i = 0; i < 500; i++) instants.push(Date.UTC(2000, 0, 1) + Math.floor(((i * 7919) % 1000) / 1000 * 40 * 365 * 86_400_000));
    for (const ms of instants) {
      expect(toZonedIso(ms).slice(0, 19)).toBe(exact(ms));
      expect(localDate(ms)).toBe(exact(ms).slice(0, 10));
    }
  });
});
