import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKvkExportCsv } from '../../shared/seed/demoKvkExport';
import { closeApp, completeFirstRun, launchApp, newProfileDir, screenshot, type App } from './browser';

const LONG = { timeout: 120_000 };

describe('portfolio', () => {
  const profileDir = newProfileDir();
  let app: App | undefined;
  const page = () => app!.page;
  afterAll(async () => {
    if (app) await closeApp(app);
  });

  it('loads the demo set from the empty state, marks it, and removes it in one step', async () => {
    app = await launchApp(profileDir, '/portefeuille');
    // Workaround: the static server's url ends in '/', so launchApp opens 'http://host//#/…'
    // and relative asset paths miss. Open the app at the proper address.
    await page().goto(`${app.baseUrl.replace(/\/+$/, '')}/#/portefeuille`);
    await completeFirstRun(page());
    await page().getByText('Importeer een KvK-lijst, voeg een bedrijf toe').waitFor();
    await page().getByRole('button', { name: 'Demogegevens laden' }).click();
    await page().getByText('U werkt met demogegevens.').waitFor(LONG);
    expect(await page().locator('.grid-row', { hasText: '(demo)' }).count()).toBeGreaterThan(0);
    await screenshot(page(), 'portefeuille-demo');
    await page().getByRole('button', { name: 'Demogegevens verwijderen' }).click();
    await page().getByText('Importeer een KvK-lijst, voeg een bedrijf toe').waitFor(LONG);
  });

  it('imports a 10,000-row KvK export through the wizard with a preview', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veldwerk-kvk-'));
    const file = join(dir, 'kvk-uittreksel-drechtsteden.csv');
    writeFileSync(file, generateKvkExportCsv(10_000, 7));
    await page().getByRole('button', { name: 'KvK-lijst importeren' }).click();
    await page().getByRole('heading', { level: 1, name: 'Bedrijven importeren' }).waitFor();
    await page().locator('input[type="file"]').setInputFiles(file);
    await page().getByRole('heading', { name: 'Voorbeeld' }).waitFor(LONG);
    await page().getByRole('grid', { name: 'Voorbeeld van de import' }).getByRole('row').nth(2).waitFor();
    await screenshot(page(), 'portefeuille-import-voorbeeld');
    const confirm = page().getByRole('button', { name: /^Importeren: / });
    await confirm.click();
    await page().getByText('Import voltooid').waitFor(LONG);
    await page().getByRole('button', { name: 'Naar de portefeuille' }).click();
    await page().getByText(/van [\d.]+ bedrijven/).waitFor(LONG);
    const count = await page().locator('.row-count').textContent();
    expect(count).toMatch(/^[\d.]+ van [\d.]+ bedrijven$/);
    const total = Number(count!.split(' van ')[1]!.split(' ')[0]!.replace(/\./g, ''));
    expect(total).toBeGreaterThan(9_000);
  });

  it('filters, sorts, searches and saves a view', async () => {
    await page().getByRole('group', { name: 'Filters' }).getByRole('button', { name: 'Gemeente', exact: true }).click();
    await page().getByRole('dialog', { name: 'Filter op gemeente' }).getByText('Zwijndrecht', { exact: false }).first().click();
    await page().keyboard.press('Escape');
    await page().locator('.chip', { hasText: 'Zwijndrecht' }).waitFor();
    // The filtered column (Gemeente) stays in view, right after the name.
    const headers = () => page().getByRole('columnheader').allTextContents();
    expect((await headers())[1]).toBe('Gemeente');
    await page().getByRole('columnheader', { name: /Plaats/ }).getByRole('button').click();
    await page().getByRole('columnheader', { name: /Naam/ }).getByRole('button').click({ modifiers: ['Shift'] });
    expect(await page().getByRole('columnheader', { name: /Plaats/ }).getAttribute('aria-sort')).toBe('ascending');
    const placeAt = (await headers()).findIndex((h) => h.startsWith('Plaats'));
    const places = await page().locator('.grid-body .grid-row').evaluateAll(
      (rows, at) => rows.slice(0, 5).map((r) => r.querySelectorAll('[role=gridcell]')[at]?.textContent ?? ''),
      placeAt,
    );
    expect([...places].sort((a, b) => a.localeCompare(b, 'nl'))).toEqual(places);
    await page().getByRole('button', { name: 'Weergaven' }).click();
    await page().getByLabel('Huidige weergave opslaan als').fill('Zwijndrecht op plaats');
    await page().getByRole('button', { name: 'Weergave opslaan' }).click();
    await page().getByRole('button', { name: 'Zwijndrecht op plaats', exact: true }).waitFor();
    await page().keyboard.press('Escape');
    await screenshot(page(), 'portefeuille-tabel');
  });

  it('opens a company with the keyboard, autosaves an edit and keeps it after a reload', async () => {
    const grid = page().getByRole('grid', { name: 'Bedrijven' });
    await grid.focus();
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('Enter');
    await page().getByRole('button', { name: 'Bewerken' }).click();
    await page().getByRole('form', { name: 'Bedrijfsgegevens bewerken' }).waitFor();
    const notes = page().getByLabel('Notities');
    await notes.fill('Bezocht op de netwerkbijeenkomst; interesse in BBL.');
    await page().getByText('Opgeslagen', { exact: true }).waitFor();
    await screenshot(page(), 'portefeuille-bedrijf');
    await page().reload();
    await page().getByRole('form', { name: 'Bedrijfsgegevens bewerken' }).waitFor();
    expect(await page().getByLabel('Notities').inputValue()).toBe('Bezocht op de netwerkbijeenkomst; interesse in BBL.');
  });

  it('warns about a duplicate on create and merges the two', async () => {
    const kvk = await page().getByLabel('KvK-nummer').inputValue();
    const name = await page().getByLabel('Handelsnaam').inputValue();
    await page().getByRole('link', { name: '← Portefeuille' }).click();
    await page().getByRole('button', { name: 'Bedrijf toevoegen' }).click();
    const dialog = page().getByRole('dialog', { name: 'Bedrijf toevoegen' });
    await dialog.getByLabel('Handelsnaam').fill(`${name} (dubbel)`);
    await dialog.getByLabel('KvK-nummer').fill(kvk);
    await dialog.getByText('Staat dit bedrijf er al in?').waitFor();
    await dialog.getByRole('button', { name: 'Toevoegen en openen' }).click();
    await page().getByRole('heading', { name: 'Mogelijke dubbelen' }).waitFor();
    await page().getByRole('button', { name: 'Samenvoegen' }).click();
    await page().getByRole('dialog', { name: 'Dubbele bedrijven samenvoegen' }).waitFor();
    await screenshot(page(), 'portefeuille-samenvoegen');
    await page().getByRole('dialog').getByRole('button', { name: 'Samenvoegen' }).click();
    await page().getByText('Geen mogelijke dubbelen gevonden.').waitFor(LONG);
  });

  it('undoes the import as a whole', async () => {
    await page().getByRole('link', { name: '← Portefeuille' }).click();
    const clear = page().getByRole('button', { name: 'Alles wissen' });
    if (await clear.isVisible()) await clear.click();
    await page().getByRole('button', { name: 'Import ongedaan maken' }).click();
    await page().getByText(/^1 van 1 bedrijf$/).waitFor(LONG);
  });

  it('asks what the employee figure counts, bands on werkzame personen and shows the base (issue 15)', async () => {
    await page().getByRole('button', { name: 'Bedrijf toevoegen' }).click();
    const dialog = page().getByRole('dialog', { name: 'Bedrijf toevoegen' });
    await dialog.getByLabel('Handelsnaam').fill('Schildersbedrijf Telling');
    await dialog.getByLabel('Aantal werknemers').fill('4');
    await dialog.getByRole('button', { name: /Wat telt dit aantal\?/ }).click();
    await page().getByRole('option', { name: 'In loondienst (zonder de eigenaar)', exact: true }).click();
    await dialog.getByRole('button', { name: 'Toevoegen en openen' }).click();
    await page().getByRole('form', { name: 'Bedrijfsgegevens bewerken' }).waitFor();
    // 4 in loondienst + the owner = 5 werkzame personen: the 5–9 band, as a KvK row of 5.
    await page().getByText('5–9 werknemers', { exact: true }).waitFor();
    await page().getByTestId('size-owner-added').getByText(/4 in loondienst \+ 1 = 5 werkzame personen/).waitFor();
    await page().getByRole('button', { name: 'Klaar met bewerken' }).click();
    await page().getByText('4 in loondienst (ingevuld)').first().waitFor();
    await screenshot(page(), 'portefeuille-telling-leesweergave');
  });
});
