import type { Gemeente } from '../../../shared/domain/common';
import { GEMEENTEN } from '../../../shared/domain/common';
import { LEARNING_FORMS, SBI_SECTIONS, SECTOR_KEYS, type LearningForm } from '../../../shared/domain/scheme';
import type { ActivityState, MatchableCompany, SizeClassKey } from '../../../shared/rules/schemeCriteria';
import type { CompanyRow } from '../../db/queries/companies';

const SIZE_CLASSES: readonly SizeClassKey[] = ['zzp', '1-4', '5-9', '10-14', '15-19', '20-25', '26-49', '50-249', '250+', 'onbekend'];
const STATES: readonly ActivityState[] = ['in-gebruik', 'interesse', 'niet'];
const oneOf = <T extends string>(values: readonly T[], v: unknown): T | null =>
  typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : null;

/**
 * The company fields matching reads, taken loosely from a stored row: a row written by a partner
 * on another version may lack a field, and a missing field must read as "unknown", not crash.
 */
export function toMatchableCompany(c: CompanyRow): MatchableCompany {
  const activities: MatchableCompany['activities'] = {};
  if (c.activities && typeof c.activities === 'object') {
    for (const [k, v] of Object.entries(c.activities as Record<string, unknown>)) {
      const form = oneOf<LearningForm>(LEARNING_FORMS, k);
      const state = oneOf(STATES, v);
      if (form && state) activities[form] = state;
    }
  }
  const needs = (c as { needs?: unknown }).needs;
  return {
    kind: c.kind === 'mkb' || c.kind === 'zzp' ? c.kind : null,
    employees: typeof c.employees === 'number' ? c.employees : null,
    sizeClass: oneOf(SIZE_CLASSES, c.sizeClass) ?? 'onbekend',
    sbi: oneOf(SBI_SECTIONS, c.sbi),
    sector: oneOf(SECTOR_KEYS, c.sector),
    gemeente: oneOf<Gemeente>([...GEMEENTEN, 'buiten-regio'], c.gemeente),
    erkendLeerbedrijf: c.erkendLeerbedrijf === 'ja' || c.erkendLeerbedrijf === 'nee' ? c.erkendLeerbedrijf : 'onbekend',
    activities,
    needs: Array.isArray(needs) ? needs.filter((x): x is string => typeof x === 'string') : [],
    networkIds: Array.isArray(c.networkIds) ? c.networkIds : [],
  };
}
