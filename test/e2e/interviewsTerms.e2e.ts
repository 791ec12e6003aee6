import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  closeApp,
  completeFirstRun,
  launchApp,
  newProfileDir,
  OUTPUT,
  screenshot,
  type App,
} from './browser';

const COMPANY = 'Bouwbedrijf De Merwede';
const GUIDE = 'Bedrijven die al actief zijn met Leren en Werken';
const RESPONDENT = 'Anna de Wit';
/** The kennisbank is put on the device on first start; its begrippen may take a moment. */
const LONG = { timeout: 30_000 };

const q = (page: Page, key: string) => page.locator(`#q-${key}`);

/** What the advisor sees (the viewport): a tooltip near a question, not the whole page. */
async function view(page: Page, name: string): Promise<void> {
  const dir = join(OUTPUT, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

const saveStatus = (page: Page) => page.locator('.save-status').textContent();

describe('gesprekken: begrippen uitgelegd en gesprekspartner', () => {
  const profileDir = newProfileDir();
  let app: App | undefined;
  const page = () => app!.page;
  afterAll(async () => {
    if (app) await closeApp(app);
  });

  it('explains begrippen in a guide question on hover and on keyboard focus', async () => {
    app = await launchApp(profileDir, '/gesprekken');
    await completeFirstRun(page());
    await page().getByRole('button', { name: 'Gesprek starten' }).click();
    const dialog = page().getByRole('dialog', { name: 'Gesprek starten' });
    await dialog.getByText('Nieuw bedrijf', { exact: true }).click();
    await dialog.getByLabel('Naam van het bedrijf of de zzp-er').fill(COMPANY);
    await dialog.getByText(`${GUIDE} (versie 2)`).click();
    await dialog.getByRole('button', { name: 'Gesprek starten' }).click();
    await page().getByRole('heading', { level: 1, name: COMPANY }).waitFor();

    // In the question's label the begrip is marked passively: underline and title...
    const question = q(page(), 'bpv_ervaring');
    const inLabel = question.locator('.term-hint-passive').filter({ hasText: /^BBL$/ });
    await inLabel.waitFor(LONG);
    expect(await inLabel.getAttribute('title')).toMatch(
      /^Beroepsbegeleidende leerweg \(BBL\): Mbo-leerweg waarin de student vooral werkt/,
    );
    // ...and the question's accessible name stays the question text.
    await question
      .getByRole('radiogroup', {
        name: /^Heeft uw bedrijf ervaring met beroepspraktijkvorming \(bpv\) van mbo-studenten, in de BOL of de BBL\?( \*)?$/,
      })
      .waitFor();

    // The toelichting is running text: a begrip there is a button with a tooltip on hover.
    await question.getByRole('button', { name: 'Toelichting' }).click();
    const inHint = question.locator('.q-hint button.term-hint').filter({ hasText: /^BBL$/ });
    await inHint.hover();
    const tooltip = page().getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/Beroepsbegeleidende leerweg \(BBL\).*60 procent/);
    await question.scrollIntoViewIfNeeded();
    await view(page(), 'gesprekken-begrip-hover');
    await page().mouse.move(0, 0);
    await tooltip.waitFor({ state: 'hidden' });

    // Keyboard: from the Toelichting button, Tab reaches the begrip and the explanation shows.
    await question.getByRole('button', { name: 'Toelichting' }).focus();
    for (let i = 0; i < 5; i++) {
      await page().keyboard.press('Tab');
      if (await inHint.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await inHint.evaluate((el) => el === document.activeElement)).toBe(true);
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/BBL/);
    await view(page(), 'gesprekken-begrip-focus');
    await page().keyboard.press('Escape');

    // An info block to read out explains its begrippen as well.
    await q(page(), 'vormen_intro')
      .locator('button.term-hint')
      .filter({ hasText: /^EVC$/ })
      .waitFor();
  });

  it("keeps the gesprekspartner's name over a reload and prints it", async () => {
    const field = page().getByRole('textbox', { name: 'Naam gesprekspartner (optioneel)' });
    expect(await field.inputValue()).toBe('');
    await field.fill(RESPONDENT);
    expect(await saveStatus(page())).toMatch(/niet opgeslagen|Opslaan/);
    await expect.poll(() => saveStatus(page()), LONG).toMatch(/^Opgeslagen om \d\d:\d\d$/);
    await screenshot(page(), 'gesprekken-gesprekspartner');

    await page().reload();
    await page().getByRole('heading', { level: 1, name: COMPANY }).waitFor();
    expect(
      await page().getByRole('textbox', { name: 'Naam gesprekspartner (optioneel)' }).inputValue(),
    ).toBe(RESPONDENT);

    // The filled print names the gesprekspartner, and its texts stay plain (no hint buttons).
    await page().getByRole('button', { name: 'Afdrukken' }).first().click();
    const header = page().locator('.p-header');
    await header.waitFor();
    expect(await header.textContent()).toContain(`Gesprekspartner:${RESPONDENT}`);
    await page()
      .locator('.print-doc')
      .getByText(/in de BOL of de BBL\?/)
      .first()
      .waitFor();
    expect(await page().locator('.print-doc .term-hint').count()).toBe(0);
    await screenshot(page(), 'gesprekken-gesprekspartner-afdruk');
  });

  it("explains begrippen in the guide's preview", async () => {
    await page().goto(`${app!.baseUrl}/#/gesprekken/handleidingen`);
    await page()
      .getByRole('link', { name: `Bekijken: ${GUIDE} versie 2`, exact: true })
      .click();
    const block = page().locator('#voorbeeld-q-vormen_intro');
    const hint = block.locator('button.term-hint').filter({ hasText: /^EVC$/ });
    await hint.hover();
    const tooltip = page().getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/Erkenning Verworven Competenties \(EVC\)/);
    await view(page(), 'gesprekken-handleiding-begrip');
  });
});
