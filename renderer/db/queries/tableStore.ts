import Dexie, { type IntervalTree } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { SyncedTable } from '../../../shared/sync/tables';
import { getDb, type StoredRow, type VeldwerkDb } from '../database';

/**
 * A live, in-memory copy of one synchronised table, shared by every screen (issue 20).
 *
 * - Loaded once, in chunks by primary key with a yield between them, so that reading 100,000
 *   rows never blocks the page for long; kept after the screen closes, so "back to the list"
 *   costs nothing.
 * - Kept current by Dexie's `storagemutated` event (this window and others): a write that names
 *   its rows (every repository write of a few rows) re-reads just those rows; a bulk write
 *   (import, sync of a big segment, restore) re-reads the table in chunks.
 * - Rows are projected (`project`) to what screens read, dropping the sync bookkeeping
 *   (field clocks and stamps), which is most of a row's memory.
 */
export type TableStore<T> = {
  subscribe: (listener: () => void) => () => void;
  /** Every live row (stable identity until something changes); `undefined` while loading. */
  getSnapshot: () => readonly T[] | undefined;
  /** Resolves with the rows once loaded. */
  load: () => Promise<readonly T[]>;
};

const CHUNK = 2000;
/** More changed keys than this in one commit: re-read the table instead of the rows. */
const EXACT_LIMIT = 1000;

type Scheduler = { yield?: () => Promise<void> };

/** Give the page a turn (input, paint) between chunks. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Read a whole table in primary-key chunks, yielding between them. */
export async function readChunked<T>(
  db: VeldwerkDb,
  table: string,
  project: (row: StoredRow) => T | null,
  into: (id: string, value: T) => void,
): Promise<void> {
  const t = db.table<StoredRow, string>(table);
  let last: string | undefined;
  for (;;) {
    const chunk = await (last === undefined ? t.limit(CHUNK) : t.where(':id').above(last).limit(CHUNK)).toArray();
    for (const row of chunk) {
      const value = row._deleted ? null : project(row);
      if (value !== null) into(row.id, value);
    }
    if (chunk.length < CHUNK) return;
    last = chunk[chunk.length - 1]!.id;
    await yieldToMain();
  }
}

/** The keys a commit touched, or `null` when it touched a range (bulk write, clear). */
function changedKeys(tree: IntervalTree | undefined): string[] | null {
  const keys: string[] = [];
  const walk = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (node.from !== node.to || typeof node.from !== 'string') return false;
    keys.push(node.from);
    if (keys.length > EXACT_LIMIT) return false;
    return walk(node.l) && walk(node.r);
  };
  return walk(tree) ? keys : null;
}

export function createTableStore<T>(table: SyncedTable, project: (row: StoredRow) => T | null): TableStore<T> {
  let db: VeldwerkDb | null = null;
  let rows = new Map<string, T>();
  let snapshot: readonly T[] | undefined;
  let loading: Promise<readonly T[]> | null = null;
  let reloadAgain = false;
  let pending = new Set<string>();
  let flushing: Promise<void> | null = null;
  const listeners = new Set<() => void>();

  const publish = () => {
    snapshot = Array.from(rows.values());
    for (const l of listeners) l();
  };

  function current(): VeldwerkDb {
    const now = getDb();
    if (now !== db) {
      // Another database (tests, restore into a fresh instance): start over.
      db = now;
      rows = new Map();
      snapshot = undefined;
      loading = null;
      pending = new Set();
    }
    return now;
  }

  function reload(): Promise<readonly T[]> {
    const target = current();
    if (loading) {
      reloadAgain = true;
      return loading;
    }
    loading = (async () => {
      do {
        reloadAgain = false;
        const next = new Map<string, T>();
        await readChunked(target, table, project, (id, value) => next.set(id, value));
        if (target !== db) break;
        rows = next;
      } while (reloadAgain);
      loading = null;
      if (target === db) {
        publish();
        // Rows written while the load ran may have been read before the write.
        if (pending.size > 0) scheduleFlush();
      }
      return snapshot ?? [];
    })();
    return loading;
  }

  async function flush(): Promise<void> {
    const target = current();
    while (pending.size > 0 && !loading) {
      const ids = [...pending];
      pending = new Set();
      const found = await target.table<StoredRow, string>(table).bulkGet(ids);
      if (target !== db || loading) return;
      ids.forEach((id, i) => {
        const row = found[i];
        const value = row && !row._deleted ? project(row) : null;
        if (value === null) rows.delete(id);
        else rows.set(id, value);
      });
      publish();
    }
  }

  function onMutated(parts: Record<string, IntervalTree>) {
    if (!db || (snapshot === undefined && !loading)) return;
    const tree = parts[`idb://${db.name}/${table}/`];
    if (!tree) return;
    const keys = changedKeys(tree);
    if (keys === null) {
      void reload();
      return;
    }
    for (const k of keys) pending.add(k);
    if (!loading) scheduleFlush();
  }

  function scheduleFlush() {
    flushing ??= Promise.resolve()
      .then(flush)
      .catch(() => void reload())
      .finally(() => {
        flushing = null;
      });
  }
  Dexie.on('storagemutated', onMutated);

  return {
    subscribe(listener) {
      listeners.add(listener);
      current();
      if (snapshot === undefined && !loading) void reload();
      return () => listeners.delete(listener);
    },
    getSnapshot() {
      current();
      return snapshot;
    },
    load() {
      current();
      if (snapshot !== undefined && !loading) return Promise.resolve(snapshot);
      return loading ?? reload();
    },
  };
}

/** React binding: the rows, `undefined` while loading. */
export function useTableStore<T>(store: TableStore<T>): readonly T[] | undefined {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** A row without its sync bookkeeping: field clocks and stamps stay in the database. */
export function withoutBookkeeping(row: StoredRow): StoredRow {
  const out: Record<string, unknown> = {};
  for (const key in row) {
    if (key === '_clock' || key === '_stamps' || key === '_rivals') continue;
    out[key] = row[key];
  }
  return out as StoredRow;
}
