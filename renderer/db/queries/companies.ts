import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { SizeBand } from '../../../shared/rules/sizeClass';
import type { JsonValue } from '../../../shared/sync/types';
import { normalizeForSearch } from '../../../shared/text/normalize';
import { getDb, type ImportRow, type StoredRow, type ViewRow, type VeldwerkDb } from '../database';
import { createTableStore, useTableStore, withoutBookkeeping } from './tableStore';

/**
 * A company row as the renderer reads it. The authoritative shape is the zod schema in
 * shared/domain/company.ts; rows are read loosely because synced rows may come from a partner
 * running an older version, and a missing field must not hide the company.
 */
export type CompanyRow = StoredRow & {
  kind?: 'mkb' | 'zzp';
  name?: string;
  kvk?: string | null;
  vestigingsnummer?: string | null;
  street?: string | null;
  postcode?: string | null;
  place?: string | null;
  gemeente?: string | null;
  website?: string | null;
  employees?: number | null;
  employeeBand?: SizeBand | null;
  /** What the employee figure counts (issue 15); absent on older rows. */
  employeesBasis?: string | null;
  sizeClass?: string | null;
  euClass?: string | null;
  sbi?: string | null;
  sector?: string | null;
  erkendLeerbedrijf?: string | null;
  status?: string | null;
  ownerLwl?: string | null;
  ownerBaanbrekend?: string | null;
  networkIds?: string[];
  activities?: unknown;
  source?: string | null;
  notes?: string | null;
  demo?: boolean;
  importBatchId?: string | null;
  createdAt?: string;
  updatedAt?: string;
};

export const PORTFOLIO_SCREEN = 'portefeuille';

const visible = (row: StoredRow) => !row._deleted;

/** Lower case with digit runs padded, so "Bedrijf 9" sorts before "Bedrijf 10". */
export const sortableText = (s: string) => s.toLocaleLowerCase('nl').replace(/\d+/g, (d) => d.padStart(12, '0'));

/** What search and the default sort need of a company, computed while it is loaded. */
export type CompanyDerived = { search: string; sortName: string };
const derived = new WeakMap<CompanyRow, CompanyDerived>();
const places = new Map<string, string>();
function placeForSearch(place: string): string {
  let p = places.get(place);
  if (p === undefined) {
    p = normalizeForSearch(place);
    if (places.size > 10_000) places.clear();
    places.set(place, p);
  }
  return p;
}
export function derivedOf(row: CompanyRow): CompanyDerived {
  let d = derived.get(row);
  if (!d) {
    const kvk = (row.kvk ?? '').replace(/\D/g, '');
    d = {
      search: `${normalizeForSearch(row.name ?? '')} ${kvk} ${placeForSearch(row.place ?? '')}`,
      sortName: sortableText(row.name ?? ''),
    };
    derived.set(row, d);
  }
  return d;
}

/** Changes whenever the companies may have: every write is in the outbox or the inbox. */
async function companiesStamp(db: VeldwerkDb): Promise<string> {
  const [count, lastSeq, inbox] = await Promise.all([
    db.companies.count(),
    db.outbox.orderBy('seq').lastKey(),
    db.inbox.count(),
  ]);
  return `${db.verno}|${count}|${String(lastSeq ?? 0)}|${inbox}`;
}

/**
 * Every live company, kept in memory for the whole session and shared by every screen (see
 * tableStore): without clocks and stamps, which screens never show. Started from the cache
 * database when nothing changed since it was written.
 */
export const companyStore = createTableStore<CompanyRow>(
  'companies',
  (row) => {
    const company = withoutBookkeeping(row) as CompanyRow;
    derivedOf(company);
    return company;
  },
  {
    stamp: companiesStamp,
    idOf: (row) => row.id,
    encode: (row) => {
      const d = derivedOf(row);
      return [row, d.search, d.sortName];
    },
    decode: (stored) => {
      const [row, search, sortName] = stored as [CompanyRow, string, string];
      derived.set(row, { search, sortName });
      return row;
    },
  },
  { first: true },
);

/** Every company that is not deleted, live. `undefined` while loading. */
export function useCompanies(): CompanyRow[] | undefined {
  return useTableStore(companyStore) as CompanyRow[] | undefined;
}

/** One company, live. `undefined` while loading, `null` when missing or deleted. */
export function useCompany(id: string | undefined): CompanyRow | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const row = await getDb().companies.get(id);
    return row && !row._deleted ? (row as CompanyRow) : null;
  }, [id]);
}

/** Read all live companies once (duplicate checks, import planning). */
export async function readCompanies(): Promise<CompanyRow[]> {
  return (await getDb().companies.toArray()).filter(visible) as CompanyRow[];
}

const personCompanyStore = createTableStore<string>('contactPersons', (row) =>
  typeof row.companyId === 'string' ? row.companyId : null,
);

const idSets = new WeakMap<readonly string[], Set<string>>();

/** Ids of companies that have at least one contact person, live. */
export function useCompanyIdsWithContact(): Set<string> | undefined {
  const companyIds = useTableStore(personCompanyStore);
  return useMemo(() => {
    if (!companyIds) return undefined;
    let set = idSets.get(companyIds);
    if (!set) {
      set = new Set(companyIds);
      idSets.set(companyIds, set);
    }
    return set;
  }, [companyIds]);
}

const nameStores = {
  advisors: createTableStore<[string, string]>('advisors', (r) => [r.id, String(r.name ?? r.title ?? r.id)]),
  networks: createTableStore<[string, string]>('networks', (r) => [r.id, String(r.name ?? r.title ?? r.id)]),
};
const nameMaps = new WeakMap<readonly [string, string][], Map<string, string>>();

/**
 * id → display name of the rows of a reference table (advisors, networks), live. The same Map
 * until the table changes, also across screens, so derived data cached on it stays valid.
 */
export function useNames(table: 'advisors' | 'networks'): Map<string, string> | undefined {
  const pairs = useTableStore(nameStores[table]);
  return useMemo(() => {
    if (!pairs) return undefined;
    let map = nameMaps.get(pairs);
    if (!map) {
      map = new Map(pairs);
      nameMaps.set(pairs, map);
    }
    return map;
  }, [pairs]);
}

/** How many demo companies are present (0 when none), live. */
export function useDemoCount(): number | undefined {
  const companies = useCompanies();
  return useMemo(() => companies?.reduce((n, c) => n + (c.demo === true ? 1 : 0), 0), [companies]);
}

/** Saved views of a screen, newest first. */
export function useSavedViews(screen: string): ViewRow[] | undefined {
  return useLiveQuery(async () => {
    const rows = await getDb().views.where('screen').equals(screen).toArray();
    return rows.sort((a, b) => b.createdAt - a.createdAt);
  }, [screen]);
}

export type SavedViewState = JsonValue;

/** Import batches, newest first. */
export function useImports(limit = 5): ImportRow[] | undefined {
  return useLiveQuery(() => getDb().imports.orderBy('at').reverse().limit(limit).toArray(), [limit]);
}

/** Counts of rows in other tables that point at a company (for the merge dialog). */
export async function readLinkedCounts(companyId: string): Promise<Record<string, number>> {
  const db = getDb();
  const out: Record<string, number> = {};
  for (const table of ['contactPersons', 'contactLogs', 'followUps', 'interviews'] as const) {
    out[table] = await db
      .table<StoredRow, string>(table)
      .where('companyId')
      .equals(companyId)
      .filter(visible)
      .count();
  }
  return out;
}

export type AdvisorOption = { id: string; name: string; organisation: string };

/** Active advisors of the partnership, for the owner fields. */
export function useAdvisors(): AdvisorOption[] | undefined {
  return useLiveQuery(async () => {
    const rows = await getDb().advisors.filter(visible).toArray();
    return rows
      .map((r) => ({ id: r.id, name: String(r.name ?? ''), organisation: String(r.organisation ?? '') }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }, []);
}
