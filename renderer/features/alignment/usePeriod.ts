import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  currentWeekPeriod,
  isoWeekOf,
  isoWeekOfDate,
  parseWeekKey,
  weekKey,
  weekPeriod,
  type IsoWeek,
  type Period,
} from '../../../shared/rules/weeks';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type PeriodChoice = {
  period: Period;
  /** The ISO week when the period is a whole week; null for a custom period. */
  week: IsoWeek | null;
  setWeek: (week: IsoWeek) => void;
  setPeriod: (period: Period) => void;
};

/**
 * The period a screen shows, kept in the URL (`?week=2026-W47` or `?van=…&tot=…`) so that a
 * link, the browser's back button and the meeting started from the overview keep it. Without
 * either, `fallback` decides (the current ISO week for the overleg).
 */
export function usePeriod(fallback: (now: Date) => Period = (now) => currentWeekPeriod(now)): PeriodChoice {
  const [params, setParams] = useSearchParams();
  const weekParam = params.get('week');
  const from = params.get('van');
  const to = params.get('tot');
  const value = useMemo(() => {
    const week = weekParam ? parseWeekKey(weekParam) : null;
    if (week) return { period: weekPeriod(week), week };
    if (from && to && DATE.test(from) && DATE.test(to) && from <= to) return { period: { from, to }, week: null };
    const period = fallback(new Date());
    return { period, week: wholeWeek(period) };
    // fallback is a default argument; it is not expected to change between renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [weekParam, from, to]);

  const setWeek = useCallback(
    (week: IsoWeek) => setParams((p) => withParams(p, { week: weekKey(week), van: null, tot: null }), { replace: true }),
    [setParams],
  );
  const setPeriod = useCallback(
    (period: Period) => {
      const week = wholeWeek(period);
      setParams(
        (p) => withParams(p, week ? { week: weekKey(week), van: null, tot: null } : { week: null, van: period.from, tot: period.to }),
        { replace: true },
      );
    },
    [setParams],
  );
  return { ...value, setWeek, setPeriod };
}

/** The week whose Monday–Sunday is exactly this period, if any. */
export function wholeWeek(period: Period): IsoWeek | null {
  const week = isoWeekOfDate(period.from);
  const p = weekPeriod(week);
  return p.from === period.from && p.to === period.to ? week : null;
}

function withParams(current: URLSearchParams, changes: Record<string, string | null>): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) next.delete(k);
    else next.set(k, v);
  }
  return next;
}

/** `?van=…&tot=…` for links that carry a period (e.g. from the overview to a new meeting). */
export const periodQuery = (period: Period) => `van=${period.from}&tot=${period.to}`;

export const thisWeek = (): IsoWeek => isoWeekOf(new Date());
