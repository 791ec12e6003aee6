import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeApp, completeFirstRun, launchApp, newProfileDir, screenshot, type App } from './browser';

const LONG = { timeout: 120_000 };

/** Header texts whose column lies (almost) wholly inside the grid's visible width. */
async function headersInView(grid: Locator): Promise<string[]> {
  return grid.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const right = box.left + el.clientWidth;
    return [...el.querySelectorAll('[role=columnheader]')]
      .filter((h) => h.getBoundingClientRect().right <= right + 1)
      .map((h) => (h.textContent ?? '').replace(/[▲▼\d]+$/, '').trim());
  });
}

/** Whether a cell's text is cut off (ellipsis) right now. */
async function isCut(cell: Locator): Promise<boolean> {
  return cell.evaluate((el) => {
    const inner = (el.querySelector('a, .log-company') as HTMLElement | null) ?? (el as HTMLElement);
    return inner.scrollWidth > inner.clientWidth + 1 || inner.scrollHeight > inner.clientHeight + 1;
  });
}

async function chooseFilter(page: Page, facet: string, value: RegExp) {
  await page.getByRole('group', { name: 'Filters' }).getByRole('button', { name: facet, exact: true }).click();
  await page.getByRole('dialog', { name: `Filter op ${facet.toLowerCase()}` }).getByText(value).first().click();
  await page.keyboard.press('Escape');
}

describe('tables at 1366×768 (issue 18)', () => {
  const profileDir = newProfileDir();
  let app: App | undefined;
  const page = () => app!.page;
  afterAll(async () => {
    if (app) await closeApp(app);
  });

  it('portfolio: columns fit their content, the name takes the rest, filtered columns stay in view', async () => {
    app = await launchApp(profileDir, '/portefeuille');
    await page().setViewportSize({ width: 1366, height: 768 });
    await page().goto(`${app.baseUrl.replace(/\/+$/, '')}/#/portefeuille`);
    await completeFirstRun(page());
    await page().getByRole('button', { name: 'Demogegevens laden' }).click();
    await page().getByText('U werkt met demogegevens.').waitFor(LONG);
    const grid = page().getByRole('grid', { name: 'Bedrijven' });
    await grid.locator('[role=row][aria-rowindex="2"]').waitFor();

    // Every default column is on screen without scrolling sideways, Status and Eigenaar too.
    const shown = await headersInView(grid);
    for (const h of ['Naam', 'Plaats', 'Grootteklasse', 'Status', 'Eigenaar', 'Laatste contact']) expect(shown).toContain(h);
    expect(await grid.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);

    // "Laatste contact": date and organisation for companies the demo set has contacts with.
    // The demo's contacts are random: sort on the column so companies with a contact are on screen
    // (whichever end of the order they sort to).
    const withContact = grid.locator('[role=gridcell][title*=" · "]').first();
    const lastContactHeader = grid.getByRole('columnheader', { name: /^Laatste contact/ });
    for (let click = 0; click < 3 && !(await withContact.isVisible()); click++) {
      const before = await lastContactHeader.getAttribute('aria-sort');
      await lastContactHeader.getByRole('button').click();
      // The rows are sorted in the render that sets aria-sort: once it changed, the new order is on screen.
      await expect.poll(() => lastContactHeader.getAttribute('aria-sort')).not.toBe(before);
    }
    await withContact.waitFor();
    const lastContact = await grid.locator('[role=gridcell]').evaluateAll((cells) =>
      cells.map((c) => c.getAttribute('title') ?? '').filter((t) => /^\d{2}-\d{2}-\d{4} · (LWL|Baanbrekend|Partner)$/.test(t)),
    );
    expect(lastContact.length).toBeGreaterThan(0);

    // Names read in full: wide enough for the demo names, and in full on hover with a title.
    await screenshot(page(), 'tabellen-portefeuille-1366');
    const names = grid.locator('[role=row] .grid-cell-name');
    const count = await names.count();
    let cut = 0;
    for (let i = 0; i < count; i++) if (await isCut(names.nth(i))) cut++;
    expect(cut).toBe(0);
    const first = grid.locator('[role=row][aria-rowindex="2"]');
    const fullName = (await first.locator('a.row-link').textContent()) ?? '';
    expect(await first.locator('.grid-cell-name').getAttribute('title')).toBe(fullName);
    await first.hover();
    expect(await isCut(first.locator('.grid-cell-name'))).toBe(false);
    await screenshot(page(), 'tabellen-portefeuille-1366');

    // Filtering on a column that is hidden by default brings it into view, next to the name.
    await chooseFilter(page(), 'Gemeente', /Dordrecht/);
    await page().locator('.chip', { hasText: 'Dordrecht' }).waitFor();
    const withFilter = await headersInView(grid);
    expect(withFilter[1]).toBe('Gemeente');
    expect(withFilter).toContain('Status');
    await chooseFilter(page(), 'Eigenaar', /Zonder eigenaar/);
    await page().locator('.chip', { hasText: 'Zonder eigenaar' }).waitFor();
    const withTwo = await headersInView(grid);
    expect(withTwo).toContain('Eigenaar');
    expect(withTwo.indexOf('Eigenaar')).toBeLessThan(withTwo.indexOf('Plaats'));
    await screenshot(page(), 'tabellen-portefeuille-gefilterd-1366');

    // The active row of the focused grid shows its full name (keyboard users).
    await page().getByRole('button', { name: 'Alles wissen' }).click();
    await grid.focus();
    await page().keyboard.press('ArrowDown');
    const active = grid.locator('[role=row][aria-selected=true] .grid-cell-name');
    expect(await isCut(active)).toBe(false);
  });

  it('Contactmomenten: Bedrijf, Grootteklasse and Kanaal are readable at 1366 px', async () => {
    await page().getByRole('link', { name: /^Contactmomenten/ }).first().click();
    const grid = page().getByRole('grid', { name: 'Contactmomenten' });
    await grid.locator('[role=row][aria-rowindex="2"]').waitFor(LONG);
    const shown = await headersInView(grid);
    for (const h of ['Datum', 'Bedrijf', 'Gemeente', 'Grootteklasse', 'Adviseur', 'Kanaal']) expect(shown).toContain(h);
    await page().mouse.move(5, 5);
    await screenshot(page(), 'tabellen-contactmomenten-1366');
    const companies = grid.locator('[role=row] .log-cell-company');
    const count = await companies.count();
    const cutNames: string[] = [];
    for (let i = 0; i < count; i++) if (await isCut(companies.nth(i))) cutNames.push((await companies.nth(i).textContent()) ?? '');
    expect(cutNames).toEqual([]);
    const headers = await grid.getByRole('columnheader').allTextContents();
    for (const h of ['Datum', 'Grootteklasse', 'Adviseur', 'Kanaal']) {
      const at = headers.findIndex((t) => t.startsWith(h));
      const cutCells = await grid.locator('.log-grid-body [role=row]').evaluateAll(
        (rows, i) => rows.filter((r) => {
          const cell = r.children[i] as HTMLElement;
          const c = (cell.querySelector('.log-wrap') as HTMLElement | null) ?? cell;
          return c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1;
        }).length,
        at,
      );
      expect(cutCells, h).toBe(0);
    }
    await screenshot(page(), 'tabellen-contactmomenten-1366');
  });
});
