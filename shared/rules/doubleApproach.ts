import type { Organisation } from '../domain/common';
import type { Channel, ContactLog } from '../domain/contactLog';
import type { FollowUp } from '../domain/followUp';
import type { CompanyFacts } from '../domain/target';
import { common } from '../i18n/nl/common';
import { contacts } from '../i18n/nl/contacts';
import {
  addDays,
  daysBetween,
  formatInstantDate,
  formatLocalDate,
  localDate,
  TIME_ZONE,
} from '../dates/localDate';
import type { Instant, LocalDate } from '../dates/localDate';

/**
 * "Niet dubbel benaderen" (report, recommendation 5): before an advisor contacts a company,
 * show what a partner organisation did there recently. Only shared rows count: a private row of
 * a partner never leaves that partner's laptop, and if one shows up here anyway (a bug, an
 * import) it must still not be revealed.
 */

export const DEFAULT_WINDOW_DAYS = 28;

export type LogFacts = Pick<
  ContactLog,
  | 'id'
  | 'companyId'
  | 'at'
  | 'advisorId'
  | 'advisorName'
  | 'organisation'
  | 'channel'
  | 'outcome'
  | 'visibility'
> & { _deleted?: boolean; topics?: ContactLog['topics'] };

export type FollowUpFacts = Pick<
  FollowUp,
  | 'id'
  | 'companyId'
  | 'title'
  | 'ownerAdvisorId'
  | 'ownerName'
  | 'organisation'
  | 'due'
  | 'status'
  | 'visibility'
  | 'createdAt'
> & { _deleted?: boolean };

export type Viewer = { advisorId: string; organisation: Organisation };

export type PartnerWarning =
  | {
      kind: 'contact';
      refId: string;
      organisation: Organisation;
      advisorId: string;
      advisorName: string;
      at: string;
      channel: Channel;
      outcome: string;
      message: string;
    }
  | {
      kind: 'actie';
      refId: string;
      organisation: Organisation;
      advisorId: string;
      advisorName: string;
      /** When the action was created; `due` is when it should be done. */
      at: string;
      title: string;
      due: LocalDate | null;
      message: string;
    };

const OUTCOME_SHOWN = 200;
const clip = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > OUTCOME_SHOWN ? `${t.slice(0, OUTCOME_SHOWN - 1)}…` : t;
};

export const isShared = (row: { visibility: string; _deleted?: boolean }) =>
  row.visibility === 'gedeeld' && !row._deleted;

const who = (organisation: Organisation, name: string) =>
  contacts.doubleApproach.who(common.organisations[organisation], name);

/**
 * The first local date still inside the window. Calendar days, not 24-hour blocks: "the last
 * 28 days" to an advisor means everything since that date, whatever the hour or DST.
 */
export const windowStart = (now: Instant, windowDays: number, timeZone = TIME_ZONE): LocalDate =>
  addDays(localDate(now, timeZone), -windowDays);

export function findPartnerActivity(input: {
  companyId: string;
  viewer: Viewer;
  logs: readonly LogFacts[];
  followUps: readonly FollowUpFacts[];
  now: Instant;
  windowDays?: number;
  timeZone?: string;
}): PartnerWarning[] {
  const { companyId, viewer, now, windowDays = DEFAULT_WINDOW_DAYS, timeZone = TIME_ZONE } = input;
  const since = windowStart(now, windowDays, timeZone);
  const isPartner = (org: Organisation) => org !== viewer.organisation;
  const warnings: PartnerWarning[] = [];

  for (const log of input.logs) {
    if (log.companyId !== companyId || !isShared(log) || !isPartner(log.organisation)) continue;
    // Logs dated slightly ahead (a visit planned for tomorrow) still count.
    if (localDate(log.at, timeZone) < since) continue;
    const outcome = clip(log.outcome);
    warnings.push({
      kind: 'contact',
      refId: log.id,
      organisation: log.organisation,
      advisorId: log.advisorId,
      advisorName: log.advisorName,
      at: log.at,
      channel: log.channel,
      outcome,
      message: contacts.doubleApproach.contact(
        who(log.organisation, log.advisorName),
        formatInstantDate(log.at, timeZone),
        log.channel,
        outcome,
      ),
    });
  }

  for (const f of input.followUps) {
    if (
      f.companyId !== companyId ||
      f.status !== 'open' ||
      !isShared(f) ||
      !isPartner(f.organisation)
    )
      continue;
    warnings.push({
      kind: 'actie',
      refId: f.id,
      organisation: f.organisation,
      advisorId: f.ownerAdvisorId,
      advisorName: f.ownerName,
      at: f.createdAt,
      title: f.title,
      due: f.due,
      message: contacts.doubleApproach.openAction(
        who(f.organisation, f.ownerName),
        f.title,
        f.due ? formatLocalDate(f.due) : null,
      ),
    });
  }

  return warnings.sort(
    (a, b) => Date.parse(b.at) - Date.parse(a.at) || a.refId.localeCompare(b.refId),
  );
}

export type CompanyRef = Pick<CompanyFacts, 'id' | 'name' | 'ownerLwl' | 'ownerBaanbrekend'> & {
  _deleted?: boolean;
};

export type ApproachedByBoth = {
  companyId: string;
  name: string;
  /** Shared contacts of each organisation from the start of the window to the end of the period, newest first. */
  lwl: LogFacts[];
  baanbrekend: LogFacts[];
  latestAt: string;
  ownerLwl: string | null;
  ownerBaanbrekend: string | null;
};

/**
 * Companies that both the LWL and Baanbrekend contacted within `windowDays` of each other,
 * where at least one of those contacts falls in the period [from, to]. So a company the LWL
 * phoned this week and Baanbrekend visited three weeks ago shows up in this week's meeting.
 */
export function listApproachedByBoth(input: {
  logs: readonly LogFacts[];
  companies: readonly CompanyRef[];
  from: LocalDate;
  to: LocalDate;
  windowDays?: number;
  timeZone?: string;
}): ApproachedByBoth[] {
  const { from, to, windowDays = DEFAULT_WINDOW_DAYS, timeZone = TIME_ZONE } = input;
  const earliest = addDays(from, -windowDays);
  type Dated = { log: LogFacts; date: LocalDate };
  const byCompany = new Map<string, { lwl: Dated[]; baanbrekend: Dated[] }>();
  for (const log of input.logs) {
    if (!isShared(log) || (log.organisation !== 'lwl' && log.organisation !== 'baanbrekend'))
      continue;
    const date = localDate(log.at, timeZone);
    if (date < earliest || date > to) continue;
    const entry = byCompany.get(log.companyId) ?? { lwl: [], baanbrekend: [] };
    entry[log.organisation].push({ log, date });
    byCompany.set(log.companyId, entry);
  }

  const companies = new Map(input.companies.filter((c) => !c._deleted).map((c) => [c.id, c]));
  const result: ApproachedByBoth[] = [];
  for (const [companyId, { lwl, baanbrekend }] of byCompany) {
    const company = companies.get(companyId);
    if (!company || lwl.length === 0 || baanbrekend.length === 0) continue;
    const paired = lwl.some((a) =>
      baanbrekend.some(
        (b) =>
          Math.abs(daysBetween(a.date, b.date)) <= windowDays && (a.date >= from || b.date >= from),
      ),
    );
    if (!paired) continue;
    const newestFirst = (xs: Dated[]) =>
      xs.map((x) => x.log).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    const l = newestFirst(lwl);
    const b = newestFirst(baanbrekend);
    const latestAt = Date.parse(l[0]!.at) >= Date.parse(b[0]!.at) ? l[0]!.at : b[0]!.at;
    result.push({
      companyId,
      name: company.name,
      lwl: l,
      baanbrekend: b,
      latestAt,
      ownerLwl: company.ownerLwl,
      ownerBaanbrekend: company.ownerBaanbrekend,
    });
  }
  return result.sort(
    (a, b) => Date.parse(b.latestAt) - Date.parse(a.latestAt) || a.name.localeCompare(b.name, 'nl'),
  );
}

export type OwnedByBoth = {
  companyId: string;
  name: string;
  ownerLwl: string;
  ownerBaanbrekend: string;
};

/** Companies with an owner at both organisations: the meeting agrees who leads. */
export function listOwnedByBoth(companies: readonly CompanyRef[]): OwnedByBoth[] {
  const result: OwnedByBoth[] = [];
  for (const c of companies) {
    if (c._deleted || !c.ownerLwl || !c.ownerBaanbrekend) continue;
    result.push({
      companyId: c.id,
      name: c.name,
      ownerLwl: c.ownerLwl,
      ownerBaanbrekend: c.ownerBaanbrekend,
    });
  }
  return result.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
