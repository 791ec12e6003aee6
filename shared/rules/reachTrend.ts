import { isSmallMkb, isZzp } from '../domain/target';
import type { CompanyFacts, TargetMetric } from '../domain/target';
import { isShared } from './doubleApproach';
import type { LogFacts } from './doubleApproach';
import { addDays, daysBetween, localDate, TIME_ZONE } from '../dates/localDate';
import { isoWeekOfDate, mondayOf } from './weeks';
import type { LocalDate } from '../dates/localDate';

/**
 * Reach over the year, week by week (report, recommendations 5 and 6): how many small MKB
 * companies and zzp-ers had their first shared contact of the year by the end of each week,
 * beside the pace each SMART target needs (a straight line from 0 at its start to its number
 * at its end). Pure, so it can be cached with the data it reads.
 */

export type TrendTarget = {
  id: string;
  title: string;
  metric: TargetMetric;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  target: number;
  sector?: string | null;
  gemeente?: string | null;
  _deleted?: boolean;
};

export type TrendPoint = {
  /** ISO week number and the last day counted in it (Sunday, or today for this week). */
  week: number;
  until: LocalDate;
  smallMkb: number;
  zzp: number;
  /** Target id → where its steady pace is by `until`; absent before the target starts. */
  pace: Record<string, number>;
};

export type ReachTrend = { year: number; points: TrendPoint[]; targets: TrendTarget[] };

/** The metrics a weekly reach line can be compared with. */
export const TREND_METRICS: readonly TargetMetric[] = ['klein-mkb-bereikt', 'zzp-geinformeerd'];

type Company = Pick<CompanyFacts, 'id' | 'kind' | 'sizeClass'> & { _deleted?: boolean };

export function buildReachTrend(input: {
  companies: readonly Company[];
  logs: readonly LogFacts[];
  targets: readonly TrendTarget[];
  today: LocalDate;
  timeZone?: string;
}): ReachTrend {
  const { today, timeZone = TIME_ZONE } = input;
  const year = Number(today.slice(0, 4));
  const start = `${year}-01-01`;
  const kinds = new Map<string, 'small' | 'zzp'>();
  for (const c of input.companies) {
    if (c._deleted) continue;
    if (isZzp(c)) kinds.set(c.id, 'zzp');
    else if (isSmallMkb(c)) kinds.set(c.id, 'small');
  }
  // First shared contact of the year per company.
  const first = new Map<string, LocalDate>();
  for (const log of input.logs) {
    if (!isShared(log) || !kinds.has(log.companyId)) continue;
    const day = localDate(log.at, timeZone);
    if (day < start || day > today) continue;
    const known = first.get(log.companyId);
    if (!known || day < known) first.set(log.companyId, day);
  }
  const firstDays = { small: [] as LocalDate[], zzp: [] as LocalDate[] };
  for (const [id, day] of first) firstDays[kinds.get(id)!].push(day);
  firstDays.small.sort();
  firstDays.zzp.sort();

  const targets = input.targets.filter(
    (t) => !t._deleted && TREND_METRICS.includes(t.metric) && !t.sector && !t.gemeente && t.periodStart <= today && t.periodEnd >= start,
  );

  const points: TrendPoint[] = [];
  for (let monday = mondayOf(start); monday <= today; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    const until = sunday < today ? sunday : today;
    const pace: Record<string, number> = {};
    for (const t of targets) {
      if (until < t.periodStart) continue;
      const total = daysBetween(t.periodStart, t.periodEnd) + 1;
      const done = Math.min(total, daysBetween(t.periodStart, until) + 1);
      pace[t.id] = Math.round(((t.target * done) / total) * 10) / 10;
    }
    points.push({
      week: isoWeekOfDate(monday < start ? start : monday).week,
      until,
      smallMkb: countUpTo(firstDays.small, until),
      zzp: countUpTo(firstDays.zzp, until),
      pace,
    });
  }
  return { year, points, targets };
}

/** How many sorted dates are on or before `day`. */
function countUpTo(sorted: readonly LocalDate[], day: LocalDate): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
