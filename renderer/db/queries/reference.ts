import { useLiveQuery } from 'dexie-react-hooks';
import { networkSchema, type Network } from '../../../shared/domain/network';
import type { ReferenceRows } from '../../../shared/domain/referenceSet';
import { schemeSchema, type Scheme } from '../../../shared/domain/scheme';
import { termSchema, type Term } from '../../../shared/domain/term';
import { getDb, type StoredRow, type VeldwerkDb } from '../database';
import type { CompanyRow } from './companies';
import { toContactLog, type ContactLogRow } from './contactLogs';

/*
 * Reads of the kennisbank (begrippen, regelingen, netwerken). Rows go through the shared zod
 * schemas: a row that does not parse (written by a partner on a newer version) is skipped rather
 * than breaking a screen. Retired rows are included; screens decide whether to show them.
 */

/** Optional fields may be stored as null after an import cleared them; the schemas want them absent. */
function withoutNulls(row: StoredRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== null || !OPTIONAL_FIELDS.has(k)) out[k] = v;
  return out;
}
const OPTIONAL_FIELDS = new Set(['admitsZzp', 'sectors', 'website', 'status', 'source', '_deleted', '_rivals']);

function parseRows<T>(rows: StoredRow[], parse: (row: unknown) => { success: boolean; data?: T }): T[] {
  const out: T[] = [];
  for (const row of rows) {
    if (row._deleted) continue;
    const { _rivals: _r, ...rest } = withoutNulls(row);
    const parsed = parse(rest);
    if (parsed.success && parsed.data) out.push(parsed.data);
  }
  return out;
}

export const toTerms = (rows: StoredRow[]): Term[] => parseRows(rows, (r) => termSchema.safeParse(r));
export const toSchemes = (rows: StoredRow[]): Scheme[] => parseRows(rows, (r) => schemeSchema.safeParse(r));
export const toNetworks = (rows: StoredRow[]): Network[] => parseRows(rows, (r) => networkSchema.safeParse(r));

/** The whole reference set as stored (live rows only), for export and for comparing an import. */
export async function readReferenceRows(db: VeldwerkDb = getDb()): Promise<ReferenceRows> {
  const [terms, schemes, networks] = await Promise.all([
    db.terms.toArray(),
    db.schemes.toArray(),
    db.networks.toArray(),
  ]);
  return { terms: toTerms(terms), schemes: toSchemes(schemes), networks: toNetworks(networks) };
}

/** Every begrip, live; `undefined` while loading. */
export function useTerms(): Term[] | undefined {
  return useLiveQuery(async () => toTerms(await getDb().terms.toArray()), []);
}

export function useSchemes(): Scheme[] | undefined {
  return useLiveQuery(async () => toSchemes(await getDb().schemes.toArray()), []);
}

export function useNetworks(): Network[] | undefined {
  return useLiveQuery(async () => toNetworks(await getDb().networks.toArray()), []);
}

async function byKey<T>(table: 'terms' | 'schemes', key: string, convert: (rows: StoredRow[]) => T[]): Promise<T | null> {
  const rows = await getDb().table<StoredRow, string>(table).where('key').equals(key).toArray();
  return convert(rows)[0] ?? null;
}

/** One begrip by key, live; `null` when missing. */
export function useTerm(key: string | undefined): Term | null | undefined {
  return useLiveQuery(async () => (key ? byKey('terms', key, toTerms) : null), [key]);
}

export function useScheme(key: string | undefined): Scheme | null | undefined {
  return useLiveQuery(async () => (key ? byKey('schemes', key, toSchemes) : null), [key]);
}

export function useNetwork(id: string | undefined): Network | null | undefined {
  return useLiveQuery(async () => {
    const row = id ? await getDb().networks.get(id) : undefined;
    return row ? (toNetworks([row])[0] ?? null) : null;
  }, [id]);
}

/** Companies that are a member of the network (`networkIds` contains it), live. */
export function useNetworkMembers(networkId: string | undefined): CompanyRow[] | undefined {
  return useLiveQuery(async () => {
    if (!networkId) return [];
    const rows = await getDb().companies.where('networkIds').equals(networkId).toArray();
    return (rows.filter((r) => !r._deleted) as CompanyRow[]).sort((a, b) =>
      String(a.name ?? '').localeCompare(String(b.name ?? ''), 'nl'),
    );
  }, [networkId]);
}

/** Contact logs recorded "via" the network, newest first, live. */
export function useNetworkContactLogs(networkId: string | undefined): ContactLogRow[] | undefined {
  return useLiveQuery(async () => {
    if (!networkId) return [];
    const rows = await getDb().contactLogs.filter((r) => r.networkId === networkId && !r._deleted).toArray();
    return rows.flatMap((r) => toContactLog(r) ?? []).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  }, [networkId]);
}

export type NetworkReach = { members: number; reached: number; reachedIds: Set<string> };

/**
 * Reach per network (recommendation 2): members in the portfolio, and how many of them have at
 * least one shared contact log. Private logs do not count: partners cannot see them.
 */
export function useNetworkReach(): Map<string, NetworkReach> | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [companies, logs] = await Promise.all([
      db.companies.filter((c) => !c._deleted && Array.isArray(c.networkIds) && c.networkIds.length > 0).toArray(),
      db.contactLogs.filter((l) => !l._deleted && l.visibility !== 'prive').toArray(),
    ]);
    const contacted = new Set(logs.map((l) => String(l.companyId)));
    const reach = new Map<string, NetworkReach>();
    for (const c of companies) {
      for (const id of c.networkIds as string[]) {
        const r = reach.get(id) ?? { members: 0, reached: 0, reachedIds: new Set<string>() };
        r.members++;
        if (contacted.has(c.id)) {
          r.reached++;
          r.reachedIds.add(c.id);
        }
        reach.set(id, r);
      }
    }
    return reach;
  }, []);
}

/** Names of the given companies (for contact lists), live. */
export function useCompanyNames(ids: readonly string[]): Map<string, string> | undefined {
  const key = [...new Set(ids)].sort().join('|');
  return useLiveQuery(async () => {
    const list = key ? key.split('|') : [];
    const rows = await getDb().companies.bulkGet(list);
    return new Map(rows.flatMap((r) => (r ? [[r.id, String(r.name ?? '')] as const] : [])));
  }, [key]);
}
