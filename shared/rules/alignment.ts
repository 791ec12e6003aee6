import type { Organisation } from '../domain/common';
import type { FollowUp } from '../domain/followUp';
import type { Meeting, MeetingAgreement } from '../domain/meeting';
import { hasKnownSize, isSmallMkb, isZzp } from '../domain/target';
import type { CompanyFacts } from '../domain/target';
import { alignment } from '../i18n/nl/alignment';
import { hlcMillis } from '../sync/hlc';
import { companyNameKey } from '../text/normalize';
import { isShared, listApproachedByBoth, listOwnedByBoth } from './doubleApproach';
import type { ApproachedByBoth, FollowUpFacts, LogFacts, OwnedByBoth } from './doubleApproach';
import { isOverdue } from './followUpOrder';
import {
  daysBetween,
  formatLocalDate,
  isDateInPeriod,
  localDate,
  TIME_ZONE,
  toZonedIso,
} from './weeks';
import type { Instant, Period } from './weeks';

/**
 * The afstemmingsoverleg (report, recommendation 5) as data: each section of the meeting screen
 * is one pure function over the shared rows, so the screen, the printed minutes and the tests
 * see the same lists. Private rows never appear: this is the shared picture.
 */

type Company = Pick<
  CompanyFacts,
  'id' | 'name' | 'kind' | 'sizeClass' | 'ownerLwl' | 'ownerBaanbrekend' | 'createdAt'
> & {
  _deleted?: boolean;
};

export type CompanyContacts = {
  companyId: string;
  name: string;
  organisations: Organisation[];
  /** Newest first. */
  contacts: LogFacts[];
};

/** Section 1: shared contacts in the period, grouped by company, most recently contacted first. */
export function contactsByCompany(input: {
  logs: readonly LogFacts[];
  companies: readonly Company[];
  period: Period;
  timeZone?: string;
}): CompanyContacts[] {
  const tz = input.timeZone ?? TIME_ZONE;
  const names = new Map(input.companies.map((c) => [c.id, c.name]));
  const groups = new Map<string, LogFacts[]>();
  for (const log of input.logs) {
    if (!isShared(log) || !isDateInPeriod(localDate(log.at, tz), input.period)) continue;
    groups.set(log.companyId, [...(groups.get(log.companyId) ?? []), log]);
  }
  return [...groups.entries()]
    .map(([companyId, logs]) => ({
      companyId,
      name: names.get(companyId) ?? '',
      organisations: [...new Set(logs.map((l) => l.organisation))].sort(),
      contacts: logs.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)),
    }))
    .sort(
      (a, b) =>
        Date.parse(b.contacts[0]!.at) - Date.parse(a.contacts[0]!.at) ||
        a.name.localeCompare(b.name, 'nl'),
    );
}

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

export type PeriodNews<C> = { added: C[]; newlyReachedSmallMkb: C[]; newlyReachedZzp: C[] };

/**
 * Section 4: companies added in the period, and small MKB / zzp-ers whose first shared contact
 * ever falls in the period (contacted before means not "newly" reached).
 */
export function newInPeriod<C extends Company>(input: {
  companies: readonly C[];
  logs: readonly LogFacts[];
  period: Period;
  timeZone?: string;
}): PeriodNews<C> {
  const tz = input.timeZone ?? TIME_ZONE;
  const firstContact = new Map<string, string>();
  for (const log of input.logs) {
    if (!isShared(log)) continue;
    const d = localDate(log.at, tz);
    const seen = firstContact.get(log.companyId);
    if (seen === undefined || d < seen) firstContact.set(log.companyId, d);
  }
  const live = input.companies
    .filter((c) => !c._deleted)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const newlyReached = live.filter((c) => {
    const first = firstContact.get(c.id);
    return first !== undefined && isDateInPeriod(first, input.period);
  });
  return {
    added: live.filter((c) => isDateInPeriod(localDate(c.createdAt, tz), input.period)),
    newlyReachedSmallMkb: newlyReached.filter(isSmallMkb),
    newlyReachedZzp: newlyReached.filter(isZzp),
  };
}

/** Section 4b: companies still without a size class (recommendation 6), by name. */
export const companiesWithoutSize = <C extends Company>(companies: readonly C[]): C[] =>
  companies
    .filter((c) => !c._deleted && !hasKnownSize(c))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

export type InterviewAnswers = {
  id: string;
  companyId: string;
  answers: Readonly<Record<string, unknown>>;
  visibility?: string;
  _deleted?: boolean;
};

export type Lead = {
  text: string;
  /** The interviews (and their companies) in which the lead was named. */
  interviewIds: string[];
  sourceCompanyIds: string[];
  /** A portfolio company with that name that has no contact yet; null when not in the portfolio. */
  matchedCompanyId: string | null;
};

/** Free-text answers name several companies: one per line, or separated by commas or semicolons. */
export const splitLeads = (answer: string): string[] =>
  answer
    .split(/[\n\r,;]+/)
    .map((s) => s.replace(/^[\s\-*•\d.)]+/, '').trim())
    .filter((s) => companyNameKey(s).length >= 2);

const MIN_PARTIAL = 5;
const namesMatch = (lead: string, company: string) =>
  lead === company ||
  (lead.length >= MIN_PARTIAL && ` ${company} `.includes(` ${lead} `)) ||
  (company.length >= MIN_PARTIAL && ` ${lead} `.includes(` ${company} `));

/**
 * Section 5: companies named in interviews (question 10 of the guides: "do you know other firms
 * that need support?") that nobody has contacted: either not in the portfolio at all, or in it
 * without a single contact moment. Any contact counts here, private or not, because the point
 * is to find companies nobody has spoken to.
 */
export function uncontactedLeads(input: {
  interviews: readonly InterviewAnswers[];
  answerKeys: readonly string[];
  companies: readonly Pick<Company, 'id' | 'name' | '_deleted'>[];
  logs: readonly Pick<LogFacts, 'companyId' | '_deleted'>[];
}): Lead[] {
  const contacted = new Set(input.logs.filter((l) => !l._deleted).map((l) => l.companyId));
  const companies = input.companies
    .filter((c) => !c._deleted)
    .map((c) => ({ id: c.id, norm: companyNameKey(c.name) }));
  const leads = new Map<string, Lead>();
  for (const interview of input.interviews) {
    if (interview._deleted || interview.visibility === 'prive') continue;
    for (const key of input.answerKeys) {
      const raw = interview.answers[key];
      const texts =
        typeof raw === 'string'
          ? [raw]
          : Array.isArray(raw)
            ? raw.filter((x) => typeof x === 'string')
            : [];
      for (const text of texts.flatMap(splitLeads)) {
        const norm = companyNameKey(text);
        const matches = companies.filter((c) => c.norm && namesMatch(norm, c.norm));
        if (matches.some((c) => contacted.has(c.id))) continue;
        const lead = leads.get(norm) ?? {
          text,
          interviewIds: [],
          sourceCompanyIds: [],
          matchedCompanyId: matches[0]?.id ?? null,
        };
        if (!lead.interviewIds.includes(interview.id)) lead.interviewIds.push(interview.id);
        if (!lead.sourceCompanyIds.includes(interview.companyId))
          lead.sourceCompanyIds.push(interview.companyId);
        leads.set(norm, lead);
      }
    }
  }
  return [...leads.values()].sort((a, b) => a.text.localeCompare(b.text, 'nl'));
}

export type PeerFacts = {
  deviceId: string;
  advisorName?: string;
  organisation?: Organisation;
  newestHlc: string | null;
  lastSeenAt: string | null;
};

export type Freshness = {
  deviceId: string;
  advisorName: string;
  organisation: Organisation | null;
  newestAt: string | null;
  ageDays: number | null;
  stale: boolean;
  sentence: string;
};

export const STALE_AFTER_DAYS = 7;

/**
 * Section 6: how old the newest change from each partner device is. The HLC of its newest
 * change is when that advisor last wrote something, which is what matters in the meeting;
 * lastSeenAt only says when we last looked at the shared folder. Oldest data first.
 */
export function dataFreshness(input: {
  peers: readonly PeerFacts[];
  now: Instant;
  timeZone?: string;
}): Freshness[] {
  const tz = input.timeZone ?? TIME_ZONE;
  const today = localDate(input.now, tz);
  const f = alignment.freshness;
  return input.peers
    .map((p): Freshness => {
      const newestAt = p.newestHlc ? toZonedIso(hlcMillis(p.newestHlc), tz) : null;
      const ageDays = newestAt ? Math.max(0, daysBetween(localDate(newestAt, tz), today)) : null;
      return {
        deviceId: p.deviceId,
        advisorName: p.advisorName ?? f.unknownDevice,
        organisation: p.organisation ?? null,
        newestAt,
        ageDays,
        stale: ageDays === null || ageDays > STALE_AFTER_DAYS,
        sentence:
          ageDays === null
            ? f.none
            : ageDays === 0
              ? f.today
              : ageDays === 1
                ? f.yesterday
                : f.daysAgo(ageDays),
      };
    })
    .sort(
      (a, b) =>
        (b.ageDays ?? Infinity) - (a.ageDays ?? Infinity) ||
        a.advisorName.localeCompare(b.advisorName, 'nl'),
    );
}

export type FollowUpDraft = Omit<FollowUp, '_clock' | '_deleted'>;

/**
 * The follow-up an agreement becomes. Its id derives from the agreement, so two devices that
 * both convert the same agreement write the same row instead of two actions.
 */
export function agreementToFollowUp(
  agreement: MeetingAgreement,
  meeting: Pick<Meeting, 'id' | 'date'>,
  now: Instant,
  timeZone = TIME_ZONE,
): FollowUpDraft {
  const stamp = toZonedIso(now, timeZone);
  const title = agreement.text.trim().replace(/\s+/g, ' ');
  return {
    id: agreement.followUpId ?? `afspraak-${agreement.id}`,
    companyId: agreement.companyId,
    title: title.length > 200 ? `${title.slice(0, 199)}…` : title,
    ownerAdvisorId: agreement.ownerAdvisorId,
    ownerName: agreement.ownerName,
    organisation: agreement.organisation,
    due: agreement.due,
    status: 'open',
    origin: 'afstemmingsoverleg',
    originId: meeting.id,
    notes: alignment.agreementNotes(formatLocalDate(meeting.date)),
    visibility: 'gedeeld',
    doneAt: null,
    demo: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

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
