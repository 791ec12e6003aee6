import type { Period } from './weeks';

type MeetingFacts = { id: string; date: string; periodStart: string; periodEnd: string; updatedAt?: string };

/**
 * The meeting held about this period, if there is one: first a meeting about exactly this
 * period, else one whose date falls in it (the weekly overleg of that week). Newest first on
 * ties, so the agenda opens the meeting the advisors last worked on instead of a second one.
 */
export function meetingOfPeriod<M extends MeetingFacts>(meetings: readonly M[], period: Period): M | null {
  const newest = (a: M, b: M) => b.date.localeCompare(a.date) || (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '');
  const exact = meetings.filter((m) => m.periodStart === period.from && m.periodEnd === period.to).sort(newest);
  if (exact[0]) return exact[0];
  const within = meetings.filter((m) => m.date >= period.from && m.date <= period.to).sort(newest);
  return within[0] ?? null;
}
