import Dexie, { type IntervalTree, type Table } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { SyncedTable } from '../../../shared/sync/tables';
import { getDb, type StoredRow, type VeldwerkDb } from '../database';
import { reportBackground } from '../../platform/problemReporter';

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

type IdleWindow = { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number };

/** Wait until the page is idle (background work that must not get in the advisor's way). */
export function whenIdle(timeout = 2000): Promise<void> {
  const w = globalThis as IdleWindow;
  if (typeof w.requestIdleCallback === 'function') {
    return new Promise((resolve) => w.requestIdleCallback!(() => resolve(), { timeout }));
  }
  return yieldToMain();
}

/** Read a whole table in primary-key chunks, yielding between them. */
export async function readChunked<T>(
  db: VeldwerkDb,
  table: string,
  project: (row: StoredRow) => T | null,
  into: (id: string, value: T) => void,
  { size = CHUNK, pause = yieldToMain }: { size?: number; pause?: () => Promise<void> } = {},
): Promise<void> {
  const t = db.table<StoredRow, string>(table);
  let last: string | undefined;
  for (;;) {
    const chunk = await (last === undefined ? t.limit(size) : t.where(':id').above(last).limit(size)).toArray();
    for (const row of chunk) {
      const value = row._deleted ? null : project(row);
      if (value !== null) into(row.id, value);
    }
    if (chunk.length < size) return;
    last = chunk[chunk.length - 1]!.id;
    await pause();
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

/**
 * A copy of a store's rows in a separate cache database ('veldwerk-cache'), as JSON chunks
 * with the stamp of the table they were read at. At start, when the stamp still matches, the
 * rows come from there: a few large strings instead of 100,000 rows with their clocks. The
 * table itself is then read again in the background and any difference applied, so a stale
 * cache can only ever show for a moment. Nothing here is synchronised or backed up.
 */
export type CacheOptions<T> = {
  /** Changes whenever the table may have changed (row count, change log positions…). */
  stamp: (db: VeldwerkDb) => Promise<string>;
  idOf: (row: T) => string;
  /** A row as stored in the cache (with derived data kept beside it), and back. */
  encode?: (row: T) => unknown;
  decode?: (stored: unknown) => T;
  /** How long after a change the copy is rewritten (ms). */
  writeDelay?: number;
};

type CacheRecord = { key: string; json?: string; stamp?: string; chunks?: number };
class CacheDb extends Dexie {
  declare chunks: Table<CacheRecord, string>;
  constructor() {
    super('veldwerk-cache');
    this.version(1).stores({ chunks: 'key' });
  }
}
let cacheDb: CacheDb | null = null;
const cacheOf = () => (cacheDb ??= new CacheDb());
const CACHE_CHUNK = 5000;
const CACHE_WRITE_DELAY = 4000;
/** Well after the start, in small chunks when the page is idle. */
const REVALIDATE_DELAY = 90_000;

/**
 * The first load of the store marked `first` (the companies: what the start screen shows)
 * goes before the first loads of the others, which wait for it instead of competing with it.
 */
let firstLoad: Promise<unknown> | null = null;

export function createTableStore<T>(
  table: SyncedTable,
  project: (row: StoredRow) => T | null,
  cache?: CacheOptions<T>,
  { first = false }: { first?: boolean } = {},
): TableStore<T> {
  let db: VeldwerkDb | null = null;
  let rows = new Map<string, T>();
  let snapshot: readonly T[] | undefined;
  let loading: Promise<readonly T[]> | null = null;
  let reloadAgain = false;
  let pending = new Set<string>();
  let flushing: Promise<void> | null = null;
  const listeners = new Set<() => void>();

  let version = 0;
  const publish = () => {
    version++;
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
    const initial = snapshot === undefined;
    loading = (async () => {
      // Only waits for the first store's load to end; that load's failure reaches its own caller.
      if (initial && !first && firstLoad) await firstLoad.catch(() => undefined);
      if (cache && snapshot === undefined && (await fromCache(target).catch(cacheFailed))) {
        loading = null;
        if (target === db) {
          publish();
          if (pending.size > 0) scheduleFlush();
          revalidateLater(target);
        }
        return snapshot ?? [];
      }
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
        writeCacheLater();
      }
      return snapshot ?? [];
    })();
    if (first && initial) firstLoad = loading;
    return loading;
  }

  /**
   * The cache is a shortcut to the first paint, never the truth: when it cannot be read or
   * written the table is read as usual. The failure is recorded, without a "not saved" notice.
   */
  const cacheFailed = (error: unknown): false => {
    reportBackground('table-cache', { lostWork: false })(error);
    return false;
  };

  const cacheKey = (target: VeldwerkDb, part: string | number) => `${target.name}/${table}:${part}`;

  async function fromCache(target: VeldwerkDb): Promise<boolean> {
    if (!cache) return false;
    const [stamp, meta] = await Promise.all([cache.stamp(target), cacheOf().chunks.get(cacheKey(target, 'meta'))]);
    if (!meta || meta.stamp !== stamp || typeof meta.chunks !== 'number') return false;
    const next = new Map<string, T>();
    for (let i = 0; i < meta.chunks; i++) {
      const record = await cacheOf().chunks.get(cacheKey(target, i));
      if (typeof record?.json !== 'string') return false;
      for (const stored of JSON.parse(record.json) as unknown[]) {
        const row = cache.decode ? cache.decode(stored) : (stored as T);
        next.set(cache.idOf(row), row);
      }
      await yieldToMain();
    }
    if (target !== db) return false;
    rows = next;
    return true;
  }

  let cacheTimer: ReturnType<typeof setTimeout> | null = null;
  function writeCacheLater() {
    if (!cache || typeof setTimeout === 'undefined') return;
    if (cacheTimer) clearTimeout(cacheTimer);
    cacheTimer = setTimeout(() => {
      cacheTimer = null;
      void writeCache().catch(cacheFailed);
    }, cache.writeDelay ?? CACHE_WRITE_DELAY);
  }

  const busy = () => loading !== null || pending.size > 0 || flushing !== null;

  async function writeCache(): Promise<void> {
    const target = db;
    if (!cache || !target) return;
    if (busy()) return writeCacheLater();
    const stamp = await cache.stamp(target);
    // Written only when the rows in memory are those of the stamp: nothing pending.
    if (busy() || target !== db) return writeCacheLater();
    const list = snapshot ?? [];
    const store = cacheOf().chunks;
    await store.delete(cacheKey(target, 'meta'));
    let chunks = 0;
    for (let start = 0; start < list.length || chunks === 0; start += CACHE_CHUNK) {
      const slice = list.slice(start, start + CACHE_CHUNK);
      await store.put({ key: cacheKey(target, chunks), json: JSON.stringify(cache.encode ? slice.map(cache.encode) : slice) });
      chunks++;
      await yieldToMain();
      if (list !== snapshot) return writeCacheLater();
    }
    // Chunks of a longer earlier copy go too: no old row (or erased name) stays behind.
    for (let i = chunks; (await store.where('key').equals(cacheKey(target, i)).count()) > 0; i++) {
      await store.delete(cacheKey(target, i));
    }
    await store.put({ key: cacheKey(target, 'meta'), stamp, chunks });
  }

  /** After a start from the cache: read the table itself and apply what differs. */
  function revalidateLater(target: VeldwerkDb) {
    if (typeof setTimeout === 'undefined') return;
    setTimeout(() => {
      if (target !== db || loading) return;
      void (async () => {
        const startedAt = version;
        const seen = new Set<string>();
        const changed = new Map<string, T>();
        await readChunked(
          target,
          table,
          project,
          (id, value) => {
            seen.add(id);
            const known = rows.get(id);
            if (!known || JSON.stringify(known) !== JSON.stringify(value)) changed.set(id, value);
          },
          { size: 500, pause: () => whenIdle() },
        );
        if (target !== db) return;
        // Rows written meanwhile are newer than what was read: look again later.
        if (version !== startedAt || loading) return revalidateLater(target);
        const removed = [...rows.keys()].filter((id) => !seen.has(id));
        if (changed.size === 0 && removed.length === 0) return;
        for (const [id, value] of changed) rows.set(id, value);
        for (const id of removed) rows.delete(id);
        publish();
        writeCacheLater();
      })().catch((error: unknown) => {
        // A database switched or closed meanwhile is not a problem; anything else is recorded.
        if (target === db) reportBackground('table-revalidate', { lostWork: false })(error);
      });
    }, REVALIDATE_DELAY);
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
      writeCacheLater();
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
      // A failed partial update falls back to reading the whole table, whose failure is reported.
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
