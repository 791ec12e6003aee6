import { useLiveQuery } from 'dexie-react-hooks';
import type { JsonValue } from '../../../shared/sync/types';
import { getDb, type ImportRow, type StoredRow, type ViewRow } from '../database';

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
  employeeBand?: string | null;
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

/** Every company that is not deleted, live. `undefined` while loading. */
export function useCompanies(): CompanyRow[] | undefined {
  return useLiveQuery(() => getDb().companies.filter(visible).toArray() as Promise<CompanyRow[]>, []);
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
  return (await getDb().companies.filter(visible).toArray()) as CompanyRow[];
}

/** Ids of companies that have at least one contact person, live. */
export function useCompanyIdsWithContact(): Set<string> | undefined {
  return useLiveQuery(async () => {
    const rows = await getDb().contactPersons.filter(visible).toArray();
    return new Set(rows.map((r) => String(r.companyId)));
  }, []);
}

/** id → display name of the rows of a reference table (advisors, networks), live. */
export function useNames(table: 'advisors' | 'networks'): Map<string, string> | undefined {
  return useLiveQuery(async () => {
    const rows = await getDb().table<StoredRow, string>(table).filter(visible).toArray();
    return new Map(rows.map((r) => [r.id, String(r.name ?? r.title ?? r.id)]));
  }, [table]);
}

/** How many demo companies are present (0 when none), live. */
export function useDemoCount(): number | undefined {
  return useLiveQuery(() => getDb().companies.filter((r) => visible(r) && r.demo === true).count(), []);
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
