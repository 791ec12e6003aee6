import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Every row of one table of the app's IndexedDB database, read in the page. Tests poll this to
 * wait on what was stored rather than sleeping for a while.
 */
export function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('veldwerk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(store).objectStore(store).getAll();
          req.onerror = () => (db.close(), reject(req.error));
          req.onsuccess = () => (db.close(), resolve(req.result as T[]));
        };
      }),
    table,
  );
}

/** The summaries of the stored contact-log drafts (what the dialog keeps while the advisor types). */
export async function draftSummaries(page: Page): Promise<string[]> {
  const drafts = await readTable<{ value: { summary?: unknown } | null }>(page, 'drafts');
  return drafts.map((d) => d.value?.summary).filter((s): s is string => typeof s === 'string');
}

/**
 * Waits until `text` is stored somewhere in `table` (read from the page's IndexedDB every 100 ms).
 * Crash tests wait on this before cutting the power: what the advisor typed is in the database,
 * not merely on screen.
 */
export async function waitUntilStored(page: Page, table: string, text: string, timeout = 15_000): Promise<void> {
  await expect
    .poll(async () => JSON.stringify(await readTable(page, table)).includes(text), { timeout, interval: 100 })
    .toBe(true);
}
