import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeApp, completeFirstRun, launchApp, screenshot, type App } from './browser';

/**
 * Unexpected errors in the real page: recorded in the problems table, and a calm Dutch notice
 * when the failure means a change was not saved.
 */

/** The problems table, read straight from IndexedDB. */
function problemRows(page: Page): Promise<{ kind: string; message: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('veldwerk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('problems').objectStore('problems').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as { kind: string; message: string }[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describe('unexpected errors in the page', () => {
  let app: App | undefined;
  afterAll(async () => {
    if (app) await closeApp(app);
  });

  it('records them, and tells the advisor calmly when a change was not saved', async () => {
    app = await launchApp();
    const { page } = app;
    await completeFirstRun(page, 'Fatma Foutmelding', 'LeerWerkLoket Drechtsteden');
    await page.getByRole('heading', { level: 1, name: 'Portefeuille' }).waitFor();

    // A background failure that lost nothing: recorded, no notice.
    await page.evaluate(() => void Promise.reject(new TypeError('iets is undefined')));
    await expect
      .poll(async () => (await problemRows(page)).map((r) => r.kind))
      .toContain('app:unhandled');
    expect(await page.getByRole('alert').count()).toBe(0);

    // A write the database refused (the disk is full): the advisor is told.
    await page.evaluate(
      () => void Promise.reject(new DOMException('De schijf is vol', 'QuotaExceededError')),
    );
    const notice = page.getByRole('alert').filter({ hasText: 'Een wijziging is niet opgeslagen' });
    await notice.waitFor();
    await screenshot(page, 'problems-niet-opgeslagen');
    expect((await problemRows(page)).map((r) => r.message)).toContain(
      'QuotaExceededError: De schijf is vol',
    );
    await notice.getByRole('button', { name: 'Melding sluiten' }).click();
    await notice.waitFor({ state: 'detached' });
  });
});
