import { useMemo } from 'react';
import { useCompanies, useCompanyIdsWithContact, useNames } from '../../db/queries/companies';
import { SORT_KEYS } from './columns';
import { filterRows, prepareRows, sortRows, type PreparedRow, type RowContext } from './tableModel';
import type { ViewState } from './viewState';

const EMPTY_MAP = new Map<string, string>();
const EMPTY_SET = new Set<string>();

export type PortfolioData = {
  loading: boolean;
  total: number;
  prepared: PreparedRow[];
  sorted: PreparedRow[];
  rows: PreparedRow[];
  ctx: RowContext;
};

/**
 * The portfolio pipeline, memoised per stage: prepare (per data change) → sort (per sort
 * change) → filter (per keystroke). Filtering keeps the sorted order, so typing never sorts.
 */
export function usePortfolioData(view: ViewState): PortfolioData {
  const companies = useCompanies();
  const advisors = useNames('advisors');
  const networks = useNames('networks');
  const withContact = useCompanyIdsWithContact();
  const ctx = useMemo<RowContext>(
    () => ({ advisors: advisors ?? EMPTY_MAP, networks: networks ?? EMPTY_MAP, withContact: withContact ?? EMPTY_SET }),
    [advisors, networks, withContact],
  );
  const prepared = useMemo(() => prepareRows(companies ?? [], ctx), [companies, ctx]);
  const sorted = useMemo(() => sortRows(prepared, view.sorting, SORT_KEYS, ctx), [prepared, view.sorting, ctx]);
  const rows = useMemo(() => filterRows(sorted, view.search, view.facets), [sorted, view.search, view.facets]);
  return { loading: companies === undefined, total: prepared.length, prepared, sorted, rows, ctx };
}
