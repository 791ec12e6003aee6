import { useEffect, useState } from 'react';
import {
  addToDuplicateIndex,
  createDuplicateIndex,
  prepareKeys,
  type DedupeKeys,
  type DuplicateIndex,
  type PreparedKeys,
} from '../../../shared/rules/dedupe';
import { useCompanies, type CompanyRow } from '../../db/queries/companies';
import { whenIdle, yieldToMain } from '../../db/queries/tableStore';

export function dedupeKeysOf(row: CompanyRow): DedupeKeys {
  return { id: row.id, name: row.name ?? '', kvk: row.kvk ?? null, vestigingsnummer: row.vestigingsnummer ?? null, place: row.place ?? '' };
}

type Built = { index: DuplicateIndex; byId: Map<string, CompanyRow> };

/**
 * One duplicate index per version of the portfolio, shared by every screen and built in chunks
 * that yield to the page (issue 20: opening a company at 100k must not rebuild it). The name
 * keys of a row are computed once per row version, so an edit re-keys one row.
 */
const keysOf = new WeakMap<CompanyRow, PreparedKeys>();
let built: { companies: readonly CompanyRow[]; value: Built } | null = null;
let building: { companies: readonly CompanyRow[]; promise: Promise<Built> } | null = null;

const CHUNK = 2000;

async function build(companies: readonly CompanyRow[], background: boolean): Promise<Built> {
  const index = createDuplicateIndex();
  const byId = new Map<string, CompanyRow>();
  for (let i = 0; i < companies.length; i++) {
    const row = companies[i]!;
    let keys = keysOf.get(row);
    if (!keys) {
      keys = prepareKeys(dedupeKeysOf(row));
      keysOf.set(row, keys);
    }
    addToDuplicateIndex(index, keys);
    byId.set(row.id, row);
    if (i % CHUNK === CHUNK - 1) await (background ? whenIdle() : yieldToMain());
  }
  return { index, byId };
}

/** `background`: warming up while the list is shown, in idle time only. */
export function duplicateIndexFor(companies: readonly CompanyRow[], background = false): Promise<Built> {
  if (built?.companies === companies) return Promise.resolve(built.value);
  if (building?.companies === companies) return building.promise;
  const promise = build(companies, background).then((value) => {
    built = { companies, value };
    if (building?.companies === companies) building = null;
    return value;
  });
  building = { companies, promise };
  return promise;
}

/**
 * The duplicate index over every live company. While a newer version is being built, the last
 * built one answers; `undefined` only before the first is ready.
 */
export function useDuplicateIndex(): Built | undefined {
  const companies = useCompanies();
  const [value, setValue] = useState<Built | undefined>(() => built?.value);
  useEffect(() => {
    if (!companies) return;
    let cancelled = false;
    void duplicateIndexFor(companies).then((v) => {
      if (!cancelled) setValue(v);
    });
    return () => {
      cancelled = true;
    };
  }, [companies]);
  return companies && built?.companies === companies ? built.value : value;
}
