import type { FollowUp } from '../domain/followUp';
import { localDate, TIME_ZONE } from '../dates/localDate';
import { currentWeekPeriod } from './weeks';
import type { Instant, LocalDate } from '../dates/localDate';

/**
 * "Mijn acties": an advisor's open follow-ups in the order they need attention. Due dates are
 * local calendar dates, so "overdue" and "this week" are decided on Amsterdam dates: an action
 * due today is not overdue until tomorrow, and "this week" ends on Sunday of the ISO week.
 */

export type ActionFacts = Pick<
  FollowUp,
  'id' | 'ownerAdvisorId' | 'status' | 'due' | 'createdAt' | 'title'
> & {
  _deleted?: boolean;
};

export type MyActions<T extends ActionFacts> = {
  /** Due before today, oldest first: the longest-waiting promise on top. */
  overdue: T[];
  /** Due from today up to and including Sunday, soonest first. */
  thisWeek: T[];
  /** Due after this week, soonest first. */
  later: T[];
  /** No due date, oldest first so nothing quietly sinks. */
  noDate: T[];
  overdueCount: number;
  openCount: number;
};

const byDueThenCreated = (a: ActionFacts, b: ActionFacts) =>
  (a.due ?? '').localeCompare(b.due ?? '') ||
  Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
  a.title.localeCompare(b.title, 'nl') ||
  a.id.localeCompare(b.id);

export const isOpen = (f: Pick<ActionFacts, 'status' | '_deleted'>) =>
  f.status === 'open' && !f._deleted;

export const isOverdue = (f: Pick<ActionFacts, 'status' | 'due' | '_deleted'>, today: LocalDate) =>
  isOpen(f) && f.due !== null && f.due < today;

export function groupMyActions<T extends ActionFacts>(input: {
  followUps: readonly T[];
  advisorId: string;
  now: Instant;
  timeZone?: string;
}): MyActions<T> {
  const { advisorId, now, timeZone = TIME_ZONE } = input;
  const today = localDate(now, timeZone);
  const sunday = currentWeekPeriod(now, timeZone).to;
  const groups: MyActions<T> = {
    overdue: [],
    thisWeek: [],
    later: [],
    noDate: [],
    overdueCount: 0,
    openCount: 0,
  };
  for (const f of input.followUps) {
    if (f.ownerAdvisorId !== advisorId || !isOpen(f)) continue;
    if (f.due === null) groups.noDate.push(f);
    else if (f.due < today) groups.overdue.push(f);
    else if (f.due <= sunday) groups.thisWeek.push(f);
    else groups.later.push(f);
  }
  groups.overdue.sort(byDueThenCreated);
  groups.thisWeek.sort(byDueThenCreated);
  groups.later.sort(byDueThenCreated);
  groups.noDate.sort(byDueThenCreated);
  groups.overdueCount = groups.overdue.length;
  groups.openCount =
    groups.overdue.length + groups.thisWeek.length + groups.later.length + groups.noDate.length;
  return groups;
}

/** The navigation badge: how many of my actions are overdue. */
export const overdueCount = (
  followUps: readonly ActionFacts[],
  advisorId: string,
  now: Instant,
  timeZone = TIME_ZONE,
) => {
  const today = localDate(now, timeZone);
  return followUps.filter((f) => f.ownerAdvisorId === advisorId && isOverdue(f, today)).length;
};
