import type { CompanyFacts } from '../domain/target';
import { listApproachedByBoth, listOwnedByBoth } from './doubleApproach';
import type { ApproachedByBoth, FollowUpFacts, LogFacts, OwnedByBoth } from './doubleApproach';
import { dataFreshness } from './freshness';
import type { Freshness, PeerFacts } from './freshness';
import { uncontactedLeads } from './leads';
import type { InterviewAnswers, Lead } from './leads';
import { followUpsByAdvisor } from './openActions';
import { contactsByCompany } from './periodContacts';
import type { CompanyContacts } from './periodContacts';
import { companiesWithoutSize, newInPeriod } from './periodNews';
import type { PeriodNews } from './periodNews';
import type { Instant } from '../dates/localDate';
import type { Period } from './weeks';

/**
 * The afstemmingsoverleg (report, recommendation 5) as data: each section of the meeting screen
 * is one pure function over the shared rows (one module each: periodContacts, doubleApproach,
 * openActions, periodNews, leads, freshness; agreements turns what was agreed into
 * follow-ups), so the screen, the printed minutes and the tests see the same lists. Private rows
 * never appear: this is the shared picture.
 */

type Company = Pick<
  CompanyFacts,
  'id' | 'name' | 'kind' | 'sizeClass' | 'ownerLwl' | 'ownerBaanbrekend' | 'createdAt'
> & {
  _deleted?: boolean;
};

export type AlignmentOverview = {
  period: Period;
  contacts: CompanyContacts[];
  approachedByBoth: ApproachedByBoth[];
  ownedByBoth: OwnedByBoth[];
  followUps: ReturnType<typeof followUpsByAdvisor<FollowUpFacts>>;
  news: PeriodNews<Company>;
  withoutSize: Company[];
  leads: Lead[];
  freshness: Freshness[];
};

/** Every section of the meeting at once, for the screen and the printed agenda. */
export function buildAlignmentOverview(input: {
  period: Period;
  companies: readonly Company[];
  logs: readonly LogFacts[];
  followUps: readonly FollowUpFacts[];
  interviews: readonly InterviewAnswers[];
  leadAnswerKeys: readonly string[];
  peers: readonly PeerFacts[];
  now: Instant;
  windowDays?: number;
  timeZone?: string;
}): AlignmentOverview {
  const { period, companies, logs, now, timeZone } = input;
  return {
    period,
    contacts: contactsByCompany({ logs, companies, period, timeZone }),
    approachedByBoth: listApproachedByBoth({
      logs,
      companies,
      from: period.from,
      to: period.to,
      windowDays: input.windowDays,
      timeZone,
    }),
    ownedByBoth: listOwnedByBoth(companies),
    followUps: followUpsByAdvisor({ followUps: input.followUps, now, timeZone }),
    news: newInPeriod({ companies, logs, period, timeZone }),
    withoutSize: companiesWithoutSize(companies),
    leads: uncontactedLeads({
      interviews: input.interviews,
      answerKeys: input.leadAnswerKeys,
      companies,
      logs,
    }),
    freshness: dataFreshness({ peers: input.peers, now, timeZone }),
  };
}
