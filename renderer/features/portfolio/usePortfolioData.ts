import { useMemo } from 'react';
import type { SortingState } from '@tanstack/react-table';
import { useCompanies, useCompanyIdsWithContact, useNames, type CompanyRow } from '../../db/queries/companies';
import { useLastContacts, type LastContact } from '../../db/queries/contactLogs';
import { SORT_KEYS } from './columns';
import { CONTEXT_COLUMNS, filterRows, prepareRow, sortRows, type PreparedRow, type RowContext } from './tableModel';
import type { ViewState } from './viewState';

const EMPTY_MAP = new Map<string, string>();
const EMPTY_SET = new Set<string>();
const EMPTY_CONTACTS = new Map<string, LastContact>();

export type PortfolioData = {
  loading: boolean;
  total: number;
  prepared: PreparedRow[];
  sorted: PreparedRow[];
  rows: PreparedRow[];
  ctx: RowContext;
};

/**
 * Caches that outlive the screen: coming back from a company finds the prepared and sorted
 * rows as it left them (issue 20: "back to the list" in ≤ 200 ms at 100k companies).
 */
let lastCtx: RowContext | null = null;
function contextOf(advisors: Map<string, string>, networks: Map<string, string>, withContact: Set<string>, lastContact: Map<string, LastContact>): RowContext {
  if (
    lastCtx &&
    lastCtx.advisors === advisors &&
    lastCtx.networks === networks &&
    lastCtx.withContact === withContact &&
    lastCtx.lastContact === lastContact
  ) {
    return lastCtx;
  }
  lastCtx = { advisors, networks, withContact, lastContact };
  return lastCtx;
}

/** Prepared rows per company row object: an edit re-prepares one row, not 100,000. */
let preparedFor: { withContact: Set<string>; cache: WeakMap<CompanyRow, PreparedRow> } | null = null;
let lastPrepared: { companies: readonly CompanyRow[]; ctx: RowContext; rows: PreparedRow[] } | null = null;
function prepareAll(companies: readonly CompanyRow[], ctx: RowContext): PreparedRow[] {
  if (lastPrepared && lastPrepared.companies === companies && lastPrepared.ctx.withContact === ctx.withContact) {
    return lastPrepared.rows;
  }
  // Only the contact facet depends on the context; names are looked up when shown.
  if (!preparedFor || preparedFor.withContact !== ctx.withContact) {
    preparedFor = { withContact: ctx.withContact, cache: new WeakMap() };
  }
  const cache = preparedFor.cache;
  const rows = companies.map((row) => {
    let p = cache.get(row);
    if (!p) {
      p = prepareRow(row, ctx);
      cache.set(row, p);
    }
    return p;
  });
  lastPrepared = { companies, ctx, rows };
  return rows;
}

let lastSorted: { prepared: PreparedRow[]; ctx: RowContext; sorting: string; rows: PreparedRow[] } | null = null;
function sortAll(prepared: PreparedRow[], sorting: SortingState, ctx: RowContext): PreparedRow[] {
  const key = JSON.stringify(sorting);
  // A sort on the name does not change when advisor names or contact logs arrive.
  const needsCtx = sorting.some((s) => CONTEXT_COLUMNS.has(s.id));
  if (
    lastSorted &&
    lastSorted.prepared === prepared &&
    (lastSorted.ctx === ctx || !needsCtx) &&
    lastSorted.sorting === key
  ) {
    return lastSorted.rows;
  }
  const rows = sortRows(prepared, sorting, SORT_KEYS, ctx);
  lastSorted = { prepared, ctx, sorting: key, rows };
  return rows;
}

/**
 * The portfolio pipeline, memoised per stage: prepare (per data change, per changed row) →
 * sort (per sort change) → filter (per keystroke). Filtering keeps the sorted order, so typing
 * never sorts.
 */
export function usePortfolioData(view: ViewState): PortfolioData {
  const companies = useCompanies();
  const advisors = useNames('advisors');
  const networks = useNames('networks');
  const withContact = useCompanyIdsWithContact();
  const lastContact = useLastContacts();
  const ctx = contextOf(advisors ?? EMPTY_MAP, networks ?? EMPTY_MAP, withContact ?? EMPTY_SET, lastContact ?? EMPTY_CONTACTS);
  const prepared = useMemo(() => prepareAll(companies ?? [], ctx), [companies, ctx]);
  const sorted = sortAll(prepared, view.sorting, ctx);
  const rows = useMemo(() => filterRows(sorted, view.search, view.facets), [sorted, view.search, view.facets]);
  return { loading: companies === undefined, total: prepared.length, prepared, sorted, rows, ctx };
}
