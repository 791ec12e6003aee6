import { NEED_LABELS, type Need } from '../../../shared/domain/company';
import type { Scheme, SchemeCriteria } from '../../../shared/domain/scheme';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { formatInt } from '../../../shared/i18n/format';
import { isEnded, isStale } from '../../../shared/rules/schemeMatching';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

const listDutch = kf.criteria.list;

const needLabel = (key: string): string => {
  const label = (NEED_LABELS as Record<string, string | undefined>)[key as Need];
  return label ? label.charAt(0).toLowerCase() + label.slice(1) : key;
};

/** The typed eligibility criteria of a regeling as short Dutch sentences, one per criterion. */
export function criteriaInWords(c: SchemeCriteria): string[] {
  const out: string[] = [];
  if (c.kinds) out.push(kf.criteria.kinds(listDutch(c.kinds.map((k) => (k === 'mkb' ? kf.criteria.mkb : kf.criteria.zzp)))));
  if (c.minEmployees !== undefined && c.maxEmployees !== undefined)
    out.push(kf.criteria.employeesBetween(formatInt(c.minEmployees), formatInt(c.maxEmployees)));
  else if (c.maxEmployees !== undefined) out.push(kf.criteria.employeesAtMost(formatInt(c.maxEmployees)));
  else if (c.minEmployees !== undefined) out.push(kf.criteria.employeesAtLeast(formatInt(c.minEmployees)));
  if (c.sectors || c.sbi)
    out.push(
      kf.criteria.sectors(
        listDutch([...(c.sectors ?? []).map((s) => kennisbank.sectors[s]), ...(c.sbi ?? []).map((s) => kf.criteria.sbi(s))]),
      ),
    );
  if (c.region === 'drechtsteden') out.push(kf.criteria.drechtsteden);
  if (c.region === 'nederland') out.push(kf.criteria.nederland);
  if (c.erkendLeerbedrijfFor)
    out.push(
      kf.criteria.erkendFor(listDutch(c.erkendLeerbedrijfFor.map((f) => kennisbank.learningForms[f]))),
    );
  else if (c.erkendLeerbedrijfRequired) out.push(kf.criteria.erkend);
  if (c.learningForms) out.push(kf.criteria.learningForms(listDutch(c.learningForms.map((f) => kennisbank.learningForms[f]))));
  if (c.targetGroups)
    out.push(kf.criteria.targetGroups(listDutch(c.targetGroups.map((g) => kennisbank.targetGroups[g]))));
  for (const check of c.checks ?? []) out.push(kf.criteria.check(check));
  if (c.needs) out.push(kf.criteria.needs(listDutch(c.needs.map(needLabel))));
  return out;
}

export type SchemeDisplayStatus = 'actief' | 'beeindigd' | 'onbekend';

/** Status as shown: a regeling past its end date counts as ended even if nobody updated the status. */
export function displayStatus(s: Scheme, today: string): SchemeDisplayStatus {
  return isEnded(s, today) ? 'beeindigd' : s.status;
}

/** Stale only matters for a regeling that is still offered. */
export function showStale(s: Scheme, today: string): boolean {
  return !isEnded(s, today) && isStale(s, today);
}
