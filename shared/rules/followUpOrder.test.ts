import { describe, expect, it } from 'vitest';
import { groupMyActions, overdueCount } from './followUpOrder';
import type { ActionFacts } from './followUpOrder';

let n = 0;
const fu = (due: string | null, over: Partial<ActionFacts> = {}): ActionFacts => ({
  id: `f${++n}`,
  ownerAdvisorId: 'me',
  status: 'open',
  due,
  createdAt: `2026-01-0${(n % 9) + 1}T09:00:00+01:00`,
  title: `Actie ${n}`,
  ...over,
});

describe('Mijn acties', () => {
  it('orders overdue oldest first, then this week, later and no date', () => {
    const items = [
      fu('2026-11-30'),
      fu('2026-11-10'),
      fu('2026-11-17', { id: 'today' }),
      fu('2026-11-16', { id: 'monday' }),
      fu('2026-11-22', { id: 'sunday' }),
      fu('2026-11-23', { id: 'next-monday' }),
      fu(null, { id: 'nodate' }),
      fu('2026-11-01', { id: 'oldest' }),
    ];
    const g = groupMyActions({
      followUps: items,
      advisorId: 'me',
      now: '2026-11-17T15:00:00+01:00',
    });
    expect(g.overdue.map((f) => f.id)).toEqual(['oldest', items[1]!.id, 'monday']);
    expect(g.thisWeek.map((f) => f.id)).toEqual(['today', 'sunday']);
    expect(g.later.map((f) => f.id)).toEqual(['next-monday', items[0]!.id]);
    expect(g.noDate.map((f) => f.id)).toEqual(['nodate']);
    expect(g.overdueCount).toBe(3);
    expect(g.openCount).toBe(8);
  });

  it('leaves out other owners, done, expired and deleted actions', () => {
    const items = [
      fu('2026-11-01', { ownerAdvisorId: 'someone-else' }),
      fu('2026-11-01', { status: 'gedaan' }),
      fu('2026-11-01', { status: 'vervallen' }),
      fu('2026-11-01', { _deleted: true }),
    ];
    const g = groupMyActions({
      followUps: items,
      advisorId: 'me',
      now: '2026-11-17T15:00:00+01:00',
    });
    expect(g.openCount).toBe(0);
    expect(overdueCount(items, 'me', '2026-11-17T15:00:00+01:00')).toBe(0);
  });

  it('decides today and this week on Amsterdam dates, also in the DST-switch weeks', () => {
    // Sunday 29 March 2026, 23:30 CEST (21:30Z): still week 13, today is the 29th.
    const items = [
      fu('2026-03-29', { id: 'sun' }),
      fu('2026-03-30', { id: 'mon' }),
      fu('2026-03-28', { id: 'sat' }),
    ];
    const g = groupMyActions({ followUps: items, advisorId: 'me', now: '2026-03-29T21:30:00Z' });
    expect(g.overdue.map((f) => f.id)).toEqual(['sat']);
    expect(g.thisWeek.map((f) => f.id)).toEqual(['sun']);
    expect(g.later.map((f) => f.id)).toEqual(['mon']);
    // Half an hour later it is Monday 30 March locally: a new week.
    const h = groupMyActions({ followUps: items, advisorId: 'me', now: '2026-03-29T22:30:00Z' });
    expect(h.overdue.map((f) => f.id)).toEqual(['sat', 'sun']);
    expect(h.thisWeek.map((f) => f.id)).toEqual(['mon']);
    // Autumn: Sunday 25 October 2026, 23:30 CET (22:30Z) is still week 43.
    const autumn = [fu('2026-10-25', { id: 'sun' }), fu('2026-10-26', { id: 'mon' })];
    const a = groupMyActions({ followUps: autumn, advisorId: 'me', now: '2026-10-25T22:30:00Z' });
    expect(a.thisWeek.map((f) => f.id)).toEqual(['sun']);
    expect(a.later.map((f) => f.id)).toEqual(['mon']);
    expect(overdueCount(autumn, 'me', '2026-10-25T23:00:00Z')).toBe(1);
  });
});
