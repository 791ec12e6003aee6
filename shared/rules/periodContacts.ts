import type { Organisation } from '../domain/common';
import type { CompanyFacts } from '../domain/target';
import { isShared } from './doubleApproach';
import type { LogFacts } from './doubleApproach';
import { localDate, TIME_ZONE } from '../dates/localDate';
import { isDateInPeriod } from './weeks';
import type { Period } from './weeks';

/** Afstemmingsoverleg section 1: who was contacted in the period, by company. */

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
  companies: readonly Pick<CompanyFacts, 'id' | 'name'>[];
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

