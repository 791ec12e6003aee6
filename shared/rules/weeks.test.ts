import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '../dates/localDate';
import {
  currentWeekPeriod,
  formatPeriod,
  isInPeriod,
  isoWeekOf,
  parseWeekKey,
  periodRange,
  shiftWeek,
  weekKey,
  weekLabel,
  weekPeriod,
  weekRange,
} from './weeks';

const hours = (r: { start: string; end: string }) =>
  (Date.parse(r.end) - Date.parse(r.start)) / 3_600_000;

describe('ISO weeks in Europe/Amsterdam', () => {
  it('puts Sunday night 23:30 local in the week that ends, Monday 00:30 in the next', () => {
    // Sunday 29 March 2026 23:30 CEST = 21:30Z; Monday 30 March 00:30 CEST = 22:30Z on the 29th.
    expect(isoWeekOf('2026-03-29T21:30:00Z')).toEqual({ year: 2026, week: 13 });
    expect(isoWeekOf('2026-03-29T22:30:00Z')).toEqual({ year: 2026, week: 14 });
    expect(localDate('2026-03-29T22:30:00Z')).toBe('2026-03-30');
  });

  it('starts the spring-forward week at +01:00 and the next at +02:00 (167 hours)', () => {
    const r = weekRange({ year: 2026, week: 13 });
    expect(r).toEqual({ start: '2026-03-23T00:00:00+01:00', end: '2026-03-30T00:00:00+02:00' });
    expect(hours(r)).toBe(167);
  });

  it('gives the autumn-back week 169 hours', () => {
    const r = weekRange({ year: 2026, week: 43 });
    expect(r).toEqual({ start: '2026-10-19T00:00:00+02:00', end: '2026-10-26T00:00:00+01:00' });
    expect(hours(r)).toBe(169);
  });

  it('keeps the hour after the autumn switch in the right week and day', () => {
    // 25 Oct 2026 02:30 happens twice locally; both are Sunday of week 43.
    expect(isoWeekOf('2026-10-25T00:30:00Z')).toEqual({ year: 2026, week: 43 });
    expect(isoWeekOf('2026-10-25T01:30:00Z')).toEqual({ year: 2026, week: 43 });
    expect(isoWeekOf('2026-10-25T23:00:00Z')).toEqual({ year: 2026, week: 44 });
  });

  it('handles weeks that cross the year', () => {
    expect(isoWeekOf('2026-12-31T12:00:00+01:00')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-03T12:00:00+01:00')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2025-12-29T12:00:00+01:00')).toEqual({ year: 2026, week: 1 });
    expect(weekPeriod({ year: 2026, week: 1 })).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    expect(shiftWeek({ year: 2026, week: 53 }, 1)).toEqual({ year: 2027, week: 1 });
    expect(shiftWeek({ year: 2026, week: 1 }, -1)).toEqual({ year: 2025, week: 52 });
  });

  it('labels weeks in Dutch', () => {
    expect(weekLabel({ year: 2026, week: 47 })).toBe('Week 47 (16–22 november 2026)');
    expect(weekLabel({ year: 2026, week: 40 })).toBe('Week 40 (28 september – 4 oktober 2026)');
    expect(weekLabel({ year: 2026, week: 53 })).toBe('Week 53 (28 december 2026 – 3 januari 2027)');
    expect(formatPeriod({ from: '2026-11-03', to: '2026-11-03' })).toBe('3 november 2026');
  });

  it('round-trips week keys and refuses weeks that do not exist', () => {
    expect(weekKey({ year: 2026, week: 7 })).toBe('2026-W07');
    expect(parseWeekKey('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseWeekKey('2025-W53')).toBeNull();
    expect(parseWeekKey('nonsense')).toBeNull();
  });
});

describe('periods', () => {
  it('treats period ends as inclusive local dates', () => {
    const period = { from: '2026-10-19', to: '2026-10-25' };
    expect(periodRange(period).end).toBe('2026-10-26T00:00:00+01:00');
    expect(isInPeriod('2026-10-25T22:59:00Z', period)).toBe(true); // 23:59 local on Sunday
    expect(isInPeriod('2026-10-25T23:00:00Z', period)).toBe(false); // Monday 00:00 local
    expect(isInPeriod('2026-10-18T22:00:00Z', period)).toBe(true); // Monday 00:00 CEST
  });

  it('does date arithmetic on calendar days', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(currentWeekPeriod('2026-11-18T09:00:00+01:00')).toEqual({
      from: '2026-11-16',
      to: '2026-11-22',
    });
  });
});
