import { isSmallMkb, isZzp } from '../domain/target';
import type { CompanyFacts, Target } from '../domain/target';
import { alignment } from '../i18n/nl/alignment';
import { isShared } from './doubleApproach';
import type { LogFacts } from './doubleApproach';
import { daysBetween, formatDayMonth, formatLocalDate, localDate, TIME_ZONE } from '../dates/localDate';
import { isDateInPeriod } from './weeks';
import type { Instant } from '../dates/localDate';
import type { Period } from './weeks';

/**
 * Progress on the SMART targets (report, recommendation 5). Only shared rows count, so every
 * device of the partnership shows the same numbers for a joint target. "Reached" means at least
 * one shared contact in the target's period by the target's organisation (or anyone, for
 * 'samen') and advisor, with a company of the right kind; see `isSmallMkb` for why companies
 * without a registered size count as small MKB.
 */

export type TargetFacts = Pick<
  Target,
  | 'id'
  | 'organisation'
  | 'advisorId'
  | 'metric'
  | 'sector'
  | 'gemeente'
  | 'periodStart'
  | 'periodEnd'
  | 'target'
>;

export type InterviewProgressFacts = {
  id: string;
  companyId: string;
  finishedAt: string | null;
  /** A reopened interview ('concept') keeps its old finishedAt but is not finished. */
  status?: string;
  advisorId?: string;
  organisation?: string;
  visibility?: string;
  _deleted?: boolean;
};

type Company = Pick<CompanyFacts, 'id' | 'kind' | 'sizeClass' | 'sector' | 'gemeente'> & {
  _deleted?: boolean;
};

export type TargetPhase = 'nog-niet-begonnen' | 'lopend' | 'afgelopen';

export type TargetProgress = {
  targetId: string;
  value: number;
  target: number;
  /** value / target, not capped: 1.2 means 20% over target. */
  fraction: number;
  /** Where a steady pace from the first day would be by today. */
  expectedByNow: number;
  onTrack: boolean;
  remaining: number;
  phase: TargetPhase;
  /** Per week needed from today to the last day; null when the period has ended or the target is met. */
  neededPerWeek: number | null;
  /** Companies (or interviews, for 'gesprekken') behind the value, for click-through. */
  ids: string[];
  sentence: string;
};

function matchesCompany(target: TargetFacts, c: Company): boolean {
  if (c._deleted) return false;
  if (target.sector && c.sector !== target.sector) return false;
  if (target.gemeente && c.gemeente !== target.gemeente) return false;
  if (target.metric === 'zzp-geinformeerd') return isZzp(c);
  if (target.metric === 'gesprekken') return true;
  return isSmallMkb(c);
}

const byOwner = (target: TargetFacts, row: { organisation?: string; advisorId?: string }) =>
  (target.organisation === 'samen' || row.organisation === target.organisation) &&
  (target.advisorId === null || row.advisorId === target.advisorId);

/** The ids counted for a target: reached companies, or finished interviews for 'gesprekken'. */
export function countedIds(input: {
  target: TargetFacts;
  companies: readonly Company[];
  logs: readonly LogFacts[];
  interviews: readonly InterviewProgressFacts[];
  timeZone?: string;
}): string[] {
  const { target, timeZone = TIME_ZONE } = input;
  const period: Period = { from: target.periodStart, to: target.periodEnd };
  const companies = new Map(input.companies.map((c) => [c.id, c]));
  const fits = (companyId: string) => {
    const c = companies.get(companyId);
    return c !== undefined && matchesCompany(target, c);
  };

  if (target.metric === 'gesprekken') {
    return input.interviews
      .filter(
        (i) =>
          !i._deleted &&
          i.visibility !== 'prive' &&
          i.finishedAt !== null &&
          i.status !== 'concept' &&
          isDateInPeriod(localDate(i.finishedAt, timeZone), period) &&
          byOwner(target, i) &&
          fits(i.companyId),
      )
      .map((i) => i.id);
  }
  const reached = new Set<string>();
  for (const log of input.logs) {
    if (!isShared(log) || !byOwner(target, log) || reached.has(log.companyId)) continue;
    if (isDateInPeriod(localDate(log.at, timeZone), period) && fits(log.companyId))
      reached.add(log.companyId);
  }
  return [...reached];
}

export function computeTargetProgress(input: {
  target: TargetFacts;
  companies: readonly Company[];
  logs: readonly LogFacts[];
  interviews: readonly InterviewProgressFacts[];
  now: Instant;
  timeZone?: string;
}): TargetProgress {
  const { target: t, now, timeZone = TIME_ZONE } = input;
  const ids = countedIds(input);
  const value = ids.length;
  const today = localDate(now, timeZone);
  const totalDays = daysBetween(t.periodStart, t.periodEnd) + 1;
  // Days fully behind us: on the first day nothing is expected yet; after the last, everything.
  const daysDone = Math.min(totalDays, Math.max(0, daysBetween(t.periodStart, today)));
  const expectedByNow = (t.target * daysDone) / totalDays;
  const remaining = Math.max(0, t.target - value);
  const phase: TargetPhase =
    today < t.periodStart ? 'nog-niet-begonnen' : today > t.periodEnd ? 'afgelopen' : 'lopend';
  const weeksLeft = (daysBetween(today, t.periodEnd) + 1) / 7;
  const neededPerWeek =
    remaining === 0 || phase === 'afgelopen'
      ? null
      : remaining / Math.max(1, phase === 'nog-niet-begonnen' ? totalDays / 7 : weeksLeft);

  const sameYear = t.periodEnd.slice(0, 4) === today.slice(0, 4);
  const endText = sameYear ? formatDayMonth(t.periodEnd) : formatLocalDate(t.periodEnd);
  const sentence =
    remaining === 0
      ? alignment.target.reached(t.metric, value, t.target)
      : phase === 'afgelopen'
        ? alignment.target.missed(t.metric, value, t.target)
        : phase === 'nog-niet-begonnen'
          ? alignment.target.notStarted(t.metric, t.target, formatLocalDate(t.periodStart))
          : alignment.target.needed(t.metric, remaining, neededPerWeek ?? 0, endText);

  return {
    targetId: t.id,
    value,
    target: t.target,
    fraction: value / t.target,
    expectedByNow,
    onTrack: value >= expectedByNow,
    remaining,
    phase,
    neededPerWeek,
    ids,
    sentence,
  };
}
