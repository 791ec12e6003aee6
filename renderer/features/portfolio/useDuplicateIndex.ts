import { useMemo } from 'react';
import { createDuplicateIndex, type DedupeKeys, type DuplicateIndex } from '../../../shared/rules/dedupe';
import { useCompanies, type CompanyRow } from '../../db/queries/companies';

export function dedupeKeysOf(row: CompanyRow): DedupeKeys {
  return { id: row.id, name: row.name ?? '', kvk: row.kvk ?? null, vestigingsnummer: row.vestigingsnummer ?? null, place: row.place ?? '' };
}

/** The duplicate index over every live company, rebuilt when the portfolio changes. */
export function useDuplicateIndex(): { index: DuplicateIndex; byId: Map<string, CompanyRow> } | undefined {
  const companies = useCompanies();
  return useMemo(() => {
    if (!companies) return undefined;
    return { index: createDuplicateIndex(companies.map(dedupeKeysOf)), byId: new Map(companies.map((c) => [c.id, c])) };
  }, [companies]);
}
