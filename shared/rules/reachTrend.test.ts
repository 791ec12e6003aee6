import { describe, expect, it } from 'vitest';
import type { LogFacts } from './doubleApproach';
import { buildReachTrend, type TrendTarget } from './reachTrend';

const log = (companyId: string, at: string, visibility: LogFacts['visibility'] = 'gedeeld'): LogFacts => ({
  id: `${companyId}-${at}`,
  companyId,
  at,
  advisorId: 'a',
  advisorName: 'A',
  organisation: 'lwl',
  channel: 'telefoon',
  outcome: '',
  visibility,
});
const companies = [
  { id: 'mkb1', kind: 'mkb' as const, sizeClass: '1-4' as const },
  { id: 'mkb2', kind: 'mkb' as const, sizeClass: null },
  { id: 'zzp1', kind: 'zzp' as const, sizeClass: 'zzp' as const },
  { id: 'big', kind: 'mkb' as const, sizeClass: '50-249' as const },
];
const target: TrendTarget = {
  id: 't1',
  title: 'Samen 52 kleine MKB-bedrijven',
  metric: 'klein-mkb-bereikt',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  target: 365,
};

describe('buildReachTrend', () => {
  const trend = buildReachTrend({
    companies,
    logs: [
      log('mkb1', '2026-01-06T10:00:00+01:00'),
      log('mkb1', '2026-02-10T10:00:00+01:00'), // a second contact does not count again
      log('mkb2', '2026-01-20T10:00:00+01:00'),
      log('zzp1', '2026-01-21T10:00:00+01:00'),
      log('big', '2026-01-07T10:00:00+01:00'), // not small MKB
      log('mkb2', '2025-12-30T10:00:00+01:00'), // last year
      log('zzp1', '2026-01-05T10:00:00+01:00', 'prive'), // private contacts never count
    ],
    targets: [target, { ...target, id: 'sector', sector: 'bouw' }],
    today: '2026-02-11',
  });

  it('counts each company once, from its first shared contact of the year, per week', () => {
    const byWeek = Object.fromEntries(trend.points.map((p) => [p.week, [p.smallMkb, p.zzp]]));
    expect(byWeek[1]).toEqual([0, 0]);
    expect(byWeek[2]).toEqual([1, 0]);
    expect(byWeek[4]).toEqual([2, 1]);
    expect(trend.points.at(-1)).toMatchObject({ until: '2026-02-11', smallMkb: 2, zzp: 1 });
  });

  it('gives the steady pace of a target by the end of each week, for targets the line can be compared with', () => {
    expect(trend.targets.map((t) => t.id)).toEqual(['t1']);
    const week2 = trend.points.find((p) => p.week === 2)!;
    expect(week2.until).toBe('2026-01-11');
    expect(week2.pace.t1).toBe(11);
  });
});
