import { hasKnownSize, isSmallMkb, isZzp } from '../domain/target';
import type { CompanyFacts } from '../domain/target';
import { isShared } from './doubleApproach';
import type { LogFacts } from './doubleApproach';
import { localDate, TIME_ZONE } from '../dates/localDate';
import { isDateInPeriod } from './weeks';
import type { Period } from './weeks';

/** Afstemmingsoverleg section 4: what is new in the portfolio, and what still lacks a size. */

export type NewsCompany = Pick<
  CompanyFacts,
  'id' | 'name' | 'kind' | 'sizeClass' | 'createdAt'
> & {
  _deleted?: boolean;
};

export type PeriodNews<C> = { added: C[]; newlyReachedSmallMkb: C[]; newlyReachedZzp: C[] };

/**
 * Section 4: companies added in the period, and small MKB / zzp-ers whose first shared contact
 * ever falls in the period (contacted before means not "newly" reached).
 */
export function newInPeriod<C extends NewsCompany>(input: {
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
export const companiesWithoutSize = <C extends NewsCompany>(companies: readonly C[]): C[] =>
  companies
    .filter((c) => !c._deleted && !hasKnownSize(c))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

