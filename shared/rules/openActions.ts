import type { Organisation } from '../domain/common';
import { isShared } from './doubleApproach';
import type { FollowUpFacts } from './doubleApproach';
import { isOverdue } from './followUpOrder';
import { localDate, TIME_ZONE } from '../dates/localDate';
import type { Instant } from '../dates/localDate';

/** Afstemmingsoverleg section 3: the open shared follow-ups, per advisor and per organisation. */

export type AdvisorActions<T> = {
  advisorId: string;
  name: string;
  organisation: Organisation;
  open: T[];
  overdue: T[];
};
export type OrganisationActions = { organisation: Organisation; open: number; overdue: number };

/** Section 3: open (and, within them, overdue) shared follow-ups per advisor and per organisation. */
export function followUpsByAdvisor<T extends FollowUpFacts>(input: {
  followUps: readonly T[];
  now: Instant;
  timeZone?: string;
}): { advisors: AdvisorActions<T>[]; organisations: OrganisationActions[] } {
  const today = localDate(input.now, input.timeZone ?? TIME_ZONE);
  const advisors = new Map<string, AdvisorActions<T>>();
  for (const f of input.followUps) {
    if (f.status !== 'open' || !isShared(f)) continue;
    const a = advisors.get(f.ownerAdvisorId) ?? {
      advisorId: f.ownerAdvisorId,
      name: f.ownerName,
      organisation: f.organisation,
      open: [],
      overdue: [],
    };
    a.open.push(f);
    if (isOverdue(f, today)) a.overdue.push(f);
    advisors.set(f.ownerAdvisorId, a);
  }
  const byDue = (x: T, y: T) =>
    (x.due ?? '9999').localeCompare(y.due ?? '9999') || x.title.localeCompare(y.title, 'nl');
  const list = [...advisors.values()].map((a) => ({
    ...a,
    open: a.open.sort(byDue),
    overdue: a.overdue.sort(byDue),
  }));
  list.sort(
    (a, b) => a.organisation.localeCompare(b.organisation) || a.name.localeCompare(b.name, 'nl'),
  );
  const orgs = new Map<Organisation, OrganisationActions>();
  for (const a of list) {
    const o = orgs.get(a.organisation) ?? { organisation: a.organisation, open: 0, overdue: 0 };
    o.open += a.open.length;
    o.overdue += a.overdue.length;
    orgs.set(a.organisation, o);
  }
  return { advisors: list, organisations: [...orgs.values()] };
}

