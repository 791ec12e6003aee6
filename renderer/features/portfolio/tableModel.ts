import type { SortingState } from '@tanstack/react-table';
import { derivedOf, type CompanyRow } from '../../db/queries/companies';
import type { LastContact } from '../../db/queries/contactLogs';
import { normalizeForSearch } from '../../../shared/text/normalize';
import { FACET_IDS, type FacetFilters, type FacetId } from './viewState';

/** Lookups a row needs to be displayed or filtered (names of advisors and networks etc.). */
export type RowContext = {
  advisors: Map<string, string>;
  networks: Map<string, string>;
  withContact: Set<string>;
  /** Latest shared contact per company: the "Laatste contact" column. */
  lastContact: Map<string, LastContact>;
};

/**
 * A company with everything filtering needs, computed once per data change so that a keystroke
 * only scans precomputed strings: no normalising, no allocation per row.
 */
export type PreparedRow = {
  row: CompanyRow;
  search: string;
  facets: Record<FacetId, string[]>;
};

export const NONE = 'geen';
export const UNKNOWN = 'onbekend';

/** Activity codes the company uses or is interested in, whatever shape the field has. */
export function activityCodes(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, state]) => state !== null && state !== false && state !== 'niet' && state !== 'nee' && state !== '')
      .map(([code]) => code);
  }
  return [];
}

export function facetValues(row: CompanyRow, facet: FacetId, ctx: RowContext): string[] {
  switch (facet) {
    case 'gemeente':
      return [row.gemeente || UNKNOWN];
    case 'sector':
      return [row.sector || UNKNOWN];
    case 'sizeClass':
      return [row.sizeClass || UNKNOWN];
    case 'kind':
      return [row.kind || 'mkb'];
    case 'status':
      return [row.status || UNKNOWN];
    case 'owner': {
      const owners = [row.ownerLwl, row.ownerBaanbrekend].filter((o): o is string => Boolean(o));
      return owners.length > 0 ? owners : [NONE];
    }
    case 'network':
      return row.networkIds && row.networkIds.length > 0 ? row.networkIds : [NONE];
    case 'activity': {
      const codes = activityCodes(row.activities);
      return codes.length > 0 ? codes : [NONE];
    }
    case 'contact':
      return [ctx.withContact.has(row.id) ? 'met' : 'zonder'];
  }
}

/**
 * The search text comes with the row from the store; the facet values are computed the first
 * time a filter or a count needs them, so preparing 100,000 rows costs next to nothing.
 */
export function prepareRow(row: CompanyRow, ctx: RowContext): PreparedRow {
  let facets: Record<FacetId, string[]> | undefined;
  return {
    row,
    search: derivedOf(row).search,
    get facets() {
      if (!facets) {
        facets = {} as Record<FacetId, string[]>;
        for (const id of FACET_IDS) facets[id] = facetValues(row, id, ctx);
      }
      return facets;
    },
  };
}

export function prepareRows(rows: readonly CompanyRow[], ctx: RowContext): PreparedRow[] {
  return rows.map((row) => prepareRow(row, ctx));
}

export type SortKey = string | number | null;
export type SortKeyFn = (row: CompanyRow, ctx: RowContext) => SortKey;

function compareKeys(a: SortKey, b: SortKey): number {
  // Empty values sort last in both directions: a gap should not hide the data.
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  return a < b ? -1 : 1;
}

/** Columns whose text depends on the context (names, contact persons, latest contact). */
export const CONTEXT_COLUMNS = new Set(['owners', 'networks', 'contact', 'lastContact']);

/**
 * Sort keys of one column for every row, kept per row list and context: sorting the other way
 * round, or back to an earlier column, does not compute them again.
 */
const keyCache = new WeakMap<readonly PreparedRow[], Map<string, { ctx: RowContext; keys: SortKey[] }>>();
function sortKeys(rows: readonly PreparedRow[], column: string, fn: SortKeyFn, ctx: RowContext): SortKey[] {
  let byColumn = keyCache.get(rows);
  if (!byColumn) {
    byColumn = new Map();
    keyCache.set(rows, byColumn);
  }
  const known = byColumn.get(column);
  // Names loading later (advisors, contact logs) do not invalidate the keys of other columns.
  if (known && (known.ctx === ctx || !CONTEXT_COLUMNS.has(column))) return known.keys;
  const keys = rows.map((r) => fn(r.row, ctx));
  byColumn.set(column, { ctx, keys });
  return keys;
}

/** Multi-column sort on precomputed keys; stable, empty values last. */
export function sortRows(
  rows: PreparedRow[],
  sorting: SortingState,
  keyFns: Record<string, SortKeyFn | undefined>,
  ctx: RowContext,
): PreparedRow[] {
  const specs = sorting
    .map((s) => ({ fn: keyFns[s.id], desc: s.desc }))
    .filter((s): s is { fn: SortKeyFn; desc: boolean } => Boolean(s.fn));
  if (specs.length === 0) return rows;
  const keys = sorting
    .filter((s) => keyFns[s.id])
    .map((s) => sortKeys(rows, s.id, keyFns[s.id]!, ctx));
  const order = rows.map((_, i) => i);
  order.sort((x, y) => {
    for (let k = 0; k < specs.length; k++) {
      const a = keys[k]![x]!;
      const b = keys[k]![y]!;
      const empty = (a === null || a === '') !== (b === null || b === '');
      const c = compareKeys(a, b);
      if (c !== 0) return specs[k]!.desc && !empty ? -c : c;
    }
    return x - y;
  });
  return order.map((i) => rows[i]!);
}

export function searchTokens(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/).filter(Boolean);
}

/** Keep the rows that match every search token and every facet; order is preserved. */
export function filterRows(rows: PreparedRow[], query: string, facets: FacetFilters, skip?: FacetId): PreparedRow[] {
  const tokens = searchTokens(query);
  const active = FACET_IDS.filter((id) => id !== skip && (facets[id]?.length ?? 0) > 0).map(
    (id) => [id, new Set(facets[id])] as const,
  );
  if (tokens.length === 0 && active.length === 0) return rows;
  return rows.filter((r) => {
    for (const t of tokens) if (!r.search.includes(t)) return false;
    for (const [id, wanted] of active) if (!r.facets[id].some((v) => wanted.has(v))) return false;
    return true;
  });
}

/** How many rows have each value of one facet, given the other filters. */
export function facetCounts(rows: PreparedRow[], query: string, facets: FacetFilters, facet: FacetId): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of filterRows(rows, query, facets, facet)) {
    for (const v of r.facets[facet]) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}
