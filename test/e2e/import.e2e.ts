import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { HEADER, UNCLOSED_QUOTE_LINES, excelCsvCp1252, mergedHeaderWorkbook } from '../fixtures/importFiles';
import { closeApp, completeFirstRun, launchApp, newProfileDir, screenshot, type App } from './browser';

const LONG = { timeout: 120_000 };

/** Rows of a table, read straight from IndexedDB (not through the app). */
function tableCount(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('veldwerk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

describe('import wizard with broken and imperfect files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'veldwerk-import-'));
  let app: App | undefined;
  const page = () => app!.page;
  afterAll(async () => {
    if (app) await closeApp(app);
  });

  async function chooseFile(name: string, bytes: Uint8Array) {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    await page().locator('input[type="file"]').setInputFiles(file);
  }

  /** From the finished import back to the portfolio, then into a new import. */
  async function toImportAgain() {
    await page().getByRole('button', { name: 'Naar de portefeuille' }).click();
    await page().getByRole('heading', { level: 1, name: 'Portefeuille' }).waitFor(LONG);
    await page().goto(`${app!.baseUrl}/#/portefeuille/import`);
    await page().getByRole('heading', { level: 1, name: 'Bedrijven importeren' }).waitFor(LONG);
  }

  it('shows the Dutch message for a file with an unclosed quote and writes nothing', async () => {
    app = await launchApp(newProfileDir(), '/portefeuille');
    await page().setViewportSize({ width: 1366, height: 768 });
    await completeFirstRun(page());
    await page().goto(`${app.baseUrl}/#/portefeuille/import`);
    await page().getByRole('heading', { level: 1, name: 'Bedrijven importeren' }).waitFor();
    // The first run wrote the advisor's profile; the import must add nothing to it.
    const batchesBefore = await tableCount(page(), 'outbox');
    await chooseFile('bedrijven.csv', excelCsvCp1252(UNCLOSED_QUOTE_LINES));
    const message = page().getByText('"bedrijven.csv", rij 3, kolom "Handelsnaam" (A): deze cel begint met een aanhalingsteken');
    await message.waitFor(LONG);
    expect(await message.textContent()).toContain('Er is niets ingelezen.');
    await page().getByText('Dit bestand kan niet worden ingelezen').waitFor();
    // Still on the first step, and nothing reached the database.
    expect(await page().getByRole('heading', { name: 'Voorbeeld' }).count()).toBe(0);
    expect(await tableCount(page(), 'companies')).toBe(0);
    expect(await tableCount(page(), 'outbox')).toBe(batchesBefore);
    expect(await tableCount(page(), 'imports')).toBe(0);
    await screenshot(page(), 'import-kapot-aanhalingsteken');
  });

  it('blocks a workbook read from the group row, and imports it from the real headings', async () => {
    await chooseFile('lijst collega.xlsx', await mergedHeaderWorkbook());
    await page().getByRole('heading', { name: 'Voorbeeld' }).waitFor(LONG);
    // The real headings are found under the group row: three companies, address in two columns.
    const grid = page().getByRole('grid', { name: 'Voorbeeld van de import' });
    await grid.getByText('Bakkerij De Rëiger').waitFor();
    // Choosing the group row as header blocks the import with a message that names row 3.
    await page().getByRole('button', { name: /Rij met kolomnamen/ }).click();
    await page().getByRole('option', { name: 'Rij 2', exact: true }).click();
    await page().getByText('Rij 3 bestaat uit kolomnamen, niet uit een bedrijf.').waitFor(LONG);
    expect(await page().getByRole('button', { name: /^Importeren: / }).isDisabled()).toBe(true);
    await page().getByRole('button', { name: /Rij met kolomnamen/ }).click();
    await page().getByRole('option', { name: 'Rij 3', exact: true }).click();
    await page().getByText('Rij 3 bestaat uit kolomnamen').waitFor({ state: 'detached', ...LONG });
    await page().getByRole('button', { name: /^Importeren: 3 nieuw/ }).click();
    await page().getByText('Import voltooid').waitFor(LONG);
    expect(await tableCount(page(), 'companies')).toBe(3);
  });

  it('explains rows without a KvK number, keeps every message readable at 1366×768, reports four counts and hands back the rest', async () => {
    await toImportAgain();
    const lines = [
      HEADER,
      'Kapsalon Het Veer;24000001;Voorstraat;12;3311 AB;Dordrecht;3', // already imported: skipped
      'Kapot Nummer;1234;Markt;1;3311 AB;Dordrecht;2', // error
      'Zonder Nummer;;Markt;2;3311 AB;Dordrecht;2', // no KvK number
      'Nieuw Bedrijf;24000009;Markt;3;3311 AB;Dordrecht;4',
    ];
    await chooseFile('aanvulling.csv', excelCsvCp1252(lines));
    await page().getByRole('heading', { name: 'Voorbeeld' }).waitFor(LONG);
    const grid = page().getByRole('grid', { name: 'Voorbeeld van de import' });
    await grid.getByText('Geen KvK-nummer: dit bedrijf wordt alleen op naam en plaats op dubbelen gecontroleerd').waitFor();
    await page().getByRole('radiogroup', { name: /Rijen zonder KvK-nummer \(1 rij zonder KvK-nummer\)/ }).waitFor();
    // Every message is readable in full: no horizontal scrolling, no cell cut off.
    const overflow = await grid.evaluate((el) => {
      const cells = [...el.querySelectorAll<HTMLElement>('[role=gridcell]')];
      return {
        grid: el.scrollWidth - el.clientWidth,
        cells: cells.filter((c) => c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1).map((c) => c.textContent),
      };
    });
    expect(overflow).toEqual({ grid: 0, cells: [] });
    await screenshot(page(), 'import-voorbeeld-1366');

    await page().getByRole('button', { name: /^Importeren: 2 nieuw/ }).click();
    await page()
      .getByText('Uit aanvulling.csv: 2 bedrijven toegevoegd, 0 bijgewerkt, 1 rij overgeslagen en 1 rij met fouten niet geïmporteerd.')
      .waitFor(LONG);
    expect(await tableCount(page(), 'companies')).toBe(5);
    const [download] = await Promise.all([
      page().waitForEvent('download'),
      page().getByRole('button', { name: 'Overgeslagen en foute rijen downloaden (CSV)' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const out = text.split('\r\n');
    expect(out[0]).toBe('\uFEFFHandelsnaam;KvK-nummer;Straat;Huisnummer;Postcode;Plaats;Werkzame personen;Melding');
    expect(out[1]).toBe('Kapsalon Het Veer;24000001;Voorstraat;12;3311 AB;Dordrecht;3;Zelfde KvK-nummer (24000001). Staat al in uw portefeuille.');
    expect(out[2]).toBe('Kapot Nummer;1234;Markt;1;3311 AB;Dordrecht;2;"Kolom ""KvK-nummer"": Een KvK-nummer heeft 8 cijfers; hier staan er 4."');
    expect(out).toHaveLength(4);
  });

  it('remembers the column mapping for the same headings', async () => {
    await toImportAgain();
    await chooseFile('aanvulling-2.csv', excelCsvCp1252([HEADER, 'Nog Een Bedrijf;24000010;Markt;5;3311 AB;Dordrecht;4']));
    await page().getByRole('heading', { name: 'Voorbeeld' }).waitFor(LONG);
    // The first import used the suggested mapping; change it and import, then read the same layout.
    await page().getByRole('button', { name: /Werkzame personen \(kolom G\)/ }).click();
    await page().getByRole('option', { name: 'Opmerkingen', exact: true }).click();
    await page().getByRole('button', { name: /^Importeren: 1 nieuw/ }).click();
    await page().getByText('Import voltooid').waitFor(LONG);
    await toImportAgain();
    await chooseFile('aanvulling-3.csv', excelCsvCp1252([HEADER, 'Derde Bedrijf;24000011;Markt;7;3311 AB;Dordrecht;4']));
    await page().getByText('De koppeling is overgenomen van de vorige keer').waitFor(LONG);
    expect(await page().getByRole('button', { name: /Werkzame personen \(kolom G\)/ }).textContent()).toContain('Opmerkingen');
  });
});
