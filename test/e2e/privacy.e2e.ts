import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeApp, completeFirstRun, launchApp, screenshot, type App } from './browser';

/** The first demo contact person, read straight from IndexedDB as a test fixture. */
async function firstPerson(app: App): Promise<{ id: string; name: string; companyId: string }> {
  return app.page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('veldwerk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('contactPersons').objectStore('contactPersons').getAll();
          req.onsuccess = () => {
            const rows = (req.result as { id: string; name: string; companyId: string; _deleted?: boolean }[]).filter(
              (r) => !r._deleted,
            );
            open.result.close();
            resolve(rows.sort((a, b) => a.name.localeCompare(b.name))[0]!);
          };
        };
      }),
  );
}

describe('AVG: personen', () => {
  let app: App;
  afterAll(async () => closeApp(app));

  it('finds, exports and erases a contact person', async () => {
    app = await launchApp(undefined, '/portefeuille');
    const { page } = app;
    await completeFirstRun(page);
    await page.getByRole('button', { name: 'Demogegevens laden' }).click();
    await page.getByText('U werkt met demogegevens.').waitFor({ timeout: 60_000 });
    const person = await firstPerson(app);

    await page.goto(`${app.baseUrl}/#/instellingen/personen`);
    await page.getByRole('heading', { level: 1, name: 'Personen (AVG)' }).waitFor();
    await page.getByLabel('Naam').fill(person.name);
    await page.getByRole('button', { name: person.name, exact: true }).click();
    await page.getByTestId('dossier-counts').waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren (JSON)' }).click();
    const file = await (await download).path();
    const dossier = JSON.parse(readFileSync(file, 'utf8')) as { persoon: Record<string, unknown> };
    expect(dossier.persoon.name).toBe(person.name);
    expect(Object.keys(dossier.persoon).some((k) => k.startsWith('_') && k !== '_deleted')).toBe(false);
    await screenshot(page, 'privacy-persoon');

    await page.getByRole('button', { name: 'Persoon wissen…' }).click();
    await page.getByRole('button', { name: 'Definitief wissen' }).click();
    await page.getByText(/De persoon is gewist/).waitFor();
    await page.getByLabel('Naam').fill(person.name);
    await page.getByText('Geen contactpersoon gevonden met deze naam.').waitFor();

    // The company page no longer lists the person.
    await page.goto(`${app.baseUrl}/#/portefeuille/${person.companyId}`);
    await page.getByRole('heading', { level: 2, name: 'Contactpersonen' }).waitFor();
    expect(await page.getByText(person.name).count()).toBe(0);
  });
});
