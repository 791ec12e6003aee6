import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKvkExportCsv } from '../../shared/seed/demoKvkExport';
import { closeApp, completeFirstRun, launchApp, screenshot, type App } from './browser';

/**
 * WCAG 2.1 A/AA by the book: axe-core over every route and the main dialogs, plus the checks
 * axe cannot make (titles per page, focus after navigation, Escape and focus return in the
 * Ctrl+L dialog). The scan is strict: any violation fails, listed per screen.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LONG = { timeout: 60_000 };

type Violation = { id: string; impact: string | null; help: string; nodes: string[] };

/**
 * Rules switched off on one screen only, each naming why. Keep this empty where possible.
 */
const KNOWN: Record<string, string[]> = {};

async function axeScan(page: Page, screen: string): Promise<Violation[]> {
  // The app's CSP forbids injected <script> tags; evaluating over the DevTools protocol is allowed.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const disabled = KNOWN[screen] ?? [];
  return page.evaluate(
    async ({ tags, disabled }) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (...a: unknown[]) => Promise<{
              violations: {
                id: string;
                impact: string | null;
                help: string;
                nodes: { target: unknown[]; failureSummary?: string }[];
              }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} :: ${n.failureSummary ?? ''}`),
      }));
    },
    { tags: WCAG_TAGS, disabled },
  );
}

/**
 * What sticks out to the right of the window, as `tag.class (right edge)`: empty when the page
 * does not scroll sideways. Scrolling containers (tables) may hold wide content themselves.
 */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const { overflowX } = getComputedStyle(p);
        if (overflowX !== 'visible' && p !== document.body && p !== document.documentElement) return true;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !clipped(el))
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)})`);
  });
}

/** The page is settled: its heading is there and nothing says "Laden…". */
async function settled(page: Page): Promise<string> {
  await page.locator('main h1').first().waitFor(LONG);
  await page.waitForFunction(() => !document.querySelector('.loading'), undefined, LONG);
  await page.waitForFunction(() => document.title.endsWith(' — Veldwerk'), undefined, LONG);
  return page.title();
}

async function goto(app: App, path: string): Promise<string> {
  await app.page.goto(`${app.baseUrl}/#${path}`);
  return settled(app.page);
}

/** Ids of rows straight from IndexedDB, for the detail routes. */
async function firstIds(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('veldwerk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [
            'companies',
            'guides',
            'interviews',
            'terms',
            'schemes',
            'networks',
            'meetings',
          ];
          const tx = db.transaction(stores);
          const out: Record<string, string> = {};
          for (const store of stores) {
            const req = tx.objectStore(store).getAll();
            req.onsuccess = () => {
              const row = (req.result as { id: string; key?: string; _deleted?: boolean }[]).find(
                (r) => !r._deleted,
              );
              if (row) {
                out[store] = row.id;
                if (row.key) out[`${store}Key`] = row.key;
              }
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

describe('toegankelijkheid (WCAG 2.1 AA)', () => {
  let app: App;
  const found: Record<string, Violation[]> = {};
  const titles: Record<string, string> = {};
  // Every route below is opened as a typed address (a POP the router did not create).
  const popWarnings: string[] = [];
  // At 1366×768 (the advisors' laptops) no screen may scroll sideways.
  const overflowing: Record<string, string[]> = {};
  const record = async (screen: string) => {
    const violations = await axeScan(app.page, screen);
    if (violations.length > 0) found[screen] = violations;
    const wide = await sidewaysOverflow(app.page);
    if (wide.length > 0) overflowing[screen] = wide;
  };
  afterAll(async () => closeApp(app));

  it('first run: titled, and without violations', async () => {
    app = await launchApp(undefined, '/portefeuille');
    app.page.on('console', (message) => {
      if (message.text().includes('blocker on a POP navigation')) popWarnings.push(app.page.url());
    });
    await app.page.getByRole('heading', { name: 'Welkom bij Veldwerk' }).waitFor();
    await app.page.waitForFunction(() => document.title === 'Welkom bij Veldwerk — Veldwerk');
    await record('eerste start');
    // The app has a favicon (no 404 in the browser tab or the server log).
    const icon = await app.page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      return link ? (await fetch(link.href)).status : 0;
    });
    expect(icon).toBe(200);
    await completeFirstRun(app.page);
    await app.page.getByRole('button', { name: 'Demogegevens laden' }).click();
    await app.page.getByText('U werkt met demogegevens.').waitFor(LONG);
  });

  it('moves focus to the heading after following a link to a company, and titles the page', async () => {
    const { page } = app;
    await goto(app, '/portefeuille');
    const link = page.locator('.grid-body .grid-row a.row-link').first();
    const name = (await link.textContent())!.trim();
    await link.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, LONG);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    expect(await page.title()).toBe(`${name} — Veldwerk`);

    // Ctrl+L from there and Escape: focus is back on the heading, not on <body>.
    await page.keyboard.press('Control+l');
    const dialog = page.getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, LONG);

    // Shift+Tab from the heading lands in the dark green sidebar: its ring is the light one.
    await page.keyboard.press('Shift+Tab');
    const ring = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      return {
        inSidebar: active.closest('.sidebar') !== null,
        color: style.outlineColor,
        style: style.outlineStyle,
      };
    });
    expect(ring).toEqual({ inSidebar: true, color: 'rgb(255, 212, 92)', style: 'solid' });
  });

  it('Ctrl+L: Escape closes the suggestions first, then the dialog, and focus returns', async () => {
    const { page } = app;
    await goto(app, '/contactmomenten');
    const opener = page.getByRole('button', { name: /Exporteren|Filters|Zoeken/ }).first();
    const focusTarget =
      (await opener.count()) > 0 ? opener : page.locator('main a, main button').first();
    await focusTarget.focus();
    const before = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
    await page.keyboard.press('Control+l');
    const dialog = page.getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await dialog.waitFor();
    const company = dialog.getByRole('combobox', { name: 'Bedrijf' });
    await company.fill('demo');
    const suggestions = page.getByRole('listbox');
    await suggestions.waitFor();
    await record('Ctrl+L met suggesties');
    await page.keyboard.press('Escape');
    await suggestions.waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement !== document.body, undefined, LONG);
    expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toBe(before);
  });

  it('scans every route without a WCAG A/AA violation, each titled "<what> — Veldwerk"', async () => {
    const { page } = app;
    // An interview to show: started on a demo company from the interviews page.
    await goto(app, '/gesprekken');
    await page.getByRole('button', { name: 'Gesprek starten' }).click();
    const start = page.getByRole('dialog', { name: 'Gesprek starten' });
    await start.waitFor();
    await record('dialoog Gesprek starten');
    await start.getByRole('combobox').first().fill('demo');
    await page.getByRole('listbox').getByRole('option').first().click();
    await start
      .getByText(/\(versie \d+\)/)
      .first()
      .click();
    await start.getByRole('button', { name: 'Gesprek starten' }).click();
    await page.waitForURL(/#\/gesprekken\/[0-9a-f-]{36}$/, LONG);

    const ids = await firstIds(page);
    const routes = [
      '/portefeuille',
      '/portefeuille/import',
      `/portefeuille/${ids.companies}`,
      '/contactmomenten',
      '/acties',
      '/gesprekken',
      '/gesprekken/handleidingen',
      `/gesprekken/handleidingen/${ids.guides}`,
      `/gesprekken/handleidingen/${ids.guides}/afdrukken`,
      `/gesprekken/${ids.interviews}`,
      `/gesprekken/${ids.interviews}/afdrukken`,
      '/kennisbank/begrippen',
      '/kennisbank/regelingen',
      '/kennisbank/netwerken',
      `/kennisbank/begrippen/${ids.termsKey}`,
      `/kennisbank/regelingen/${ids.schemesKey}`,
      `/kennisbank/netwerken/${ids.networks}`,
      '/kennisbank/beheer',
      '/afstemming',
      '/afstemming/doelen',
      '/afstemming/bereik',
      `/afstemming/overleg/${ids.meetings}`,
      `/afstemming/overleg/${ids.meetings}/verslag`,
      '/synchronisatie',
      '/synchronisatie/conflicten',
      '/instellingen',
      '/instellingen/privacy',
      '/instellingen/personen',
      '/bestaat-niet',
    ];
    for (const route of routes) {
      expect(route, 'a detail route without an id').not.toMatch(/undefined/);
      titles[route] = await goto(app, route);
      await record(route);
      await screenshot(
        page,
        `a11y${route.replace(/[^a-z0-9]+/gi, '-').replace(/-[0-9a-f]{8}-[0-9a-f-]{27}/g, '-id')}`,
      );
    }

    // A dialog of the portfolio, and a new meeting.
    await goto(app, '/portefeuille');
    await page.getByRole('button', { name: 'Bedrijf toevoegen' }).first().click();
    const addCompany = page.getByRole('dialog', { name: 'Bedrijf toevoegen' });
    await addCompany.waitFor();
    await record('dialoog Bedrijf toevoegen');
    await page.keyboard.press('Escape');
    await addCompany.waitFor({ state: 'detached' });
    titles['/afstemming/overleg/nieuw'] = await goto(app, '/afstemming/overleg/nieuw');
    await record('nieuw overleg');

    // The interview's section list follows the scroll: the section being read is marked.
    await goto(app, `/gesprekken/${ids.interviews}`);
    const navButtons = page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('button');
    const third = (await navButtons.nth(2).locator('.section-link-title').textContent())!;
    await page
      .getByRole('heading', { level: 2, name: third, exact: true })
      .evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(
      (title) =>
        document.querySelector('.section-link[aria-current="location"] .section-link-title')
          ?.textContent === title,
      third,
      LONG,
    );
    expect(await page.locator('.section-link[aria-current="location"]').count()).toBe(1);

    // The import wizard's preview step.
    await goto(app, '/portefeuille/import');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'kvk.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(generateKvkExportCsv(40, 3)),
    });
    await page.getByRole('heading', { name: 'Voorbeeld' }).waitFor(LONG);
    await record('importwizard: voorbeeld');

    const untitled = Object.entries(titles).filter(([, title]) => !/^.+ — Veldwerk$/.test(title));
    expect(untitled).toEqual([]);
    expect(new Set(Object.values(titles)).size).toBeGreaterThan(20);
    expect(found).toEqual({});
    expect(overflowing).toEqual({});
    expect(popWarnings).toEqual([]);
  });
});
