import { describe, expect, it } from 'vitest';
import { meetingOfPeriod } from './meetingOfPeriod';

const week = { from: '2026-11-30', to: '2026-12-06' };
const m = (id: string, date: string, periodStart: string, periodEnd: string) => ({ id, date, periodStart, periodEnd });

describe('meetingOfPeriod', () => {
  it('finds the meeting about exactly this period before one merely held in it', () => {
    const held = m('held', '2026-12-02', '2026-11-23', '2026-11-29');
    const about = m('about', '2026-12-07', week.from, week.to);
    expect(meetingOfPeriod([held, about], week)?.id).toBe('about');
    expect(meetingOfPeriod([held], week)?.id).toBe('held');
  });

  it('returns null when no meeting belongs to the period', () => {
    expect(meetingOfPeriod([m('old', '2026-11-24', '2026-11-23', '2026-11-29')], week)).toBeNull();
  });
});
