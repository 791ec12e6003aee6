import type { SortingState } from '@tanstack/react-table';

/** Facets the portfolio can be filtered on; values within a facet OR, facets AND. */
export const FACET_IDS = [
  'gemeente',
  'sector',
  'sizeClass',
  'kind',
  'status',
  'owner',
  'network',
  'activity',
  'contact',
] as const;
export type FacetId = (typeof FACET_IDS)[number];
export type FacetFilters = Partial<Record<FacetId, string[]>>;

/** Everything a saved view remembers. Stored as JSON in the `views` table. */
export type ViewState = {
  search: string;
  facets: FacetFilters;
  sorting: SortingState;
  columnVisibility: Record<string, boolean>;
  columnOrder: string[];
  columnSizing: Record<string, number>;
};

export const EMPTY_VIEW: ViewState = {
  search: '',
  facets: {},
  sorting: [{ id: 'name', desc: false }],
  columnVisibility: {},
  columnOrder: [],
  columnSizing: {},
};

/** Read a stored view leniently: a view saved by an older version must still open. */
export function parseViewState(raw: unknown): ViewState {
  const v = (raw && typeof raw === 'object' ? raw : {}) as Partial<ViewState>;
  const facets: FacetFilters = {};
  for (const id of FACET_IDS) {
    const values = v.facets?.[id];
    if (Array.isArray(values) && values.length > 0) facets[id] = values.map(String);
  }
  return {
    search: typeof v.search === 'string' ? v.search : '',
    facets,
    sorting: Array.isArray(v.sorting) ? v.sorting.filter((s) => typeof s?.id === 'string') : EMPTY_VIEW.sorting,
    columnVisibility: v.columnVisibility && typeof v.columnVisibility === 'object' ? v.columnVisibility : {},
    columnOrder: Array.isArray(v.columnOrder) ? v.columnOrder.map(String) : [],
    columnSizing: v.columnSizing && typeof v.columnSizing === 'object' ? v.columnSizing : {},
  };
}

export function activeFacetCount(facets: FacetFilters): number {
  return Object.values(facets).reduce((n, values) => n + (values?.length ?? 0), 0);
}

/**
 * The view the advisor was last looking at, kept for the session so that opening a company
 * and coming back restores search, filters, sort and scroll.
 */
let sessionView: ViewState = EMPTY_VIEW;
let sessionScroll = 0;
export const sessionStore = {
  get: () => sessionView,
  set: (view: ViewState) => {
    sessionView = view;
  },
  getScroll: () => sessionScroll,
  setScroll: (top: number) => {
    sessionScroll = top;
  },
};
