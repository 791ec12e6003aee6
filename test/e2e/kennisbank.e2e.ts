import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeApp, completeFirstRun, launchApp, newProfileDir, screenshot, type App } from './browser';

const LONG = { timeout: 60_000 };

describe('kennisbank', () => {
  const profileDir = newProfileDir();
  let app: App | undefined;
  const page = () => app!.page;
  const go = async (path: string) => {
    await page().goto(`${app!.baseUrl}/#${path}`);
  };
  afterAll(async () => {
    if (app) await closeApp(app);
  });

  it('seeds the begrippenlijst and finds terms forgivingly', async () => {
    app = await launchApp(profileDir, '/kennisbank/begrippen');
    await completeFirstRun(page());
    await page().getByRole('heading', { level: 1, name: 'Begrippen' }).waitFor();
    await page().getByRole('heading', { level: 2, name: 'Leervormen' }).waitFor(LONG);
    await screenshot(page(), 'kennisbank-begrippen');

    const search = page().getByRole('searchbox', { name: 'Zoek een begrip' });
    await search.fill('zij instroom');
    const list = page().getByRole('list', { name: 'Begrippen' });
    await expect(list.getByRole('link').first().textContent()).resolves.toMatch(/^Zij-instroom/i);
    await search.fill('evc');
    await list.getByRole('link', { name: 'Erkenning Verworven Competenties' }).waitFor();
    expect(await list.locator('.kb-abbr').first().textContent()).toBe('EVC');
    await screenshot(page(), 'kennisbank-zoeken-evc');

    // Browse by letter, then open a begrip.
    await search.fill('');
    await page().getByRole('group', { name: 'Begrippen per beginletter' }).getByRole('button', { name: 'B', exact: true }).click();
    await list.getByRole('link', { name: /^BBL|Beroepsbegeleidende leerweg/i }).first().click();
    await page().getByRole('heading', { level: 1 }).filter({ hasText: /leerweg|BBL/i }).waitFor();
    await page().getByText('Bron', { exact: true }).waitFor();
    await screenshot(page(), 'kennisbank-begrip');

    // Edit the begrip: a too short definition is refused in Dutch, a good one is saved.
    await page().getByRole('button', { name: 'Bewerken' }).click();
    const dialog = page().getByRole('dialog', { name: /^Begrip bewerken/ });
    await dialog.getByLabel('Uitleg').fill('Kort');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Schrijf een uitleg van minstens tien tekens.').waitFor();
    await screenshot(page(), 'kennisbank-begrip-bewerken');
    await dialog.getByLabel('Uitleg').fill('Leren op de werkplek met een arbeidscontract en één dag per week naar school.');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page().getByText('Leren op de werkplek met een arbeidscontract').waitFor();
  });

  it('explains a begrip in a regeling text on hover and on keyboard focus', async () => {
    await go('/kennisbank/regelingen');
    await page().getByRole('heading', { level: 1, name: 'Regelingen' }).waitFor();
    await page().locator('.kb-item-ended .badge', { hasText: 'Beëindigd' }).first().waitFor(LONG);
    await screenshot(page(), 'kennisbank-regelingen');
    await page().getByRole('link', { name: 'Subsidieregeling praktijkleren' }).click();
    await page().getByRole('heading', { level: 1, name: 'Subsidieregeling praktijkleren' }).waitFor();

    const hint = page().locator('.term-hint').filter({ hasText: /^BBL$/ }).first();
    await hint.hover();
    const tooltip = page().getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/BBL/);
    await screenshot(page(), 'kennisbank-regeling-uitleg-hover');
    await page().mouse.move(0, 0);
    await tooltip.waitFor({ state: 'hidden' });

    // Keyboard: focus the hint with Tab, the explanation appears without a mouse.
    await page().getByRole('heading', { level: 1 }).focus();
    for (let i = 0; i < 60; i++) {
      await page().keyboard.press('Tab');
      if (await hint.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await hint.evaluate((el) => el === document.activeElement)).toBe(true);
    await tooltip.waitFor();
    await screenshot(page(), 'kennisbank-regeling-uitleg-focus');
    await page().keyboard.press('Enter');
    await page().getByRole('dialog').getByRole('link', { name: 'Meer over dit begrip' }).waitFor();
    await page().keyboard.press('Escape');
    await page().getByText('Laatst gecontroleerd').waitFor();
  });

  it('shows the regelingen that fit a company with a reason per criterion', async () => {
    await go('/portefeuille');
    await page().getByRole('button', { name: 'Demogegevens laden' }).click();
    await page().getByText('U werkt met demogegevens.').waitFor(LONG);
    const grid = page().getByRole('grid', { name: 'Bedrijven' });
    await grid.focus();
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('Enter');
    await page().getByRole('button', { name: 'Bewerken' }).click();
    await page().getByRole('form', { name: 'Bedrijfsgegevens bewerken' }).waitFor();
    const panel = page().getByRole('region', { name: 'Regelingen die passen' });
    await panel.getByRole('list', { name: 'Passende regelingen' }).waitFor(LONG);
    expect(await panel.locator('.reason').count()).toBeGreaterThan(0);
    const reasons = (await panel.locator('.reason').allTextContents()).join('\n');
    expect(reasons).toMatch(/Past: |Onbekend: /);
    // Ended regelingen are never suggested.
    expect(await panel.getByRole('list', { name: 'Passende regelingen' }).textContent()).not.toMatch(/STAP-budget/);

    // Make the company a member of a network.
    await page().getByRole('checkbox', { name: 'Dordrechtse Ondernemersvereniging' }).check({ force: true });
    await page().getByText('Opgeslagen', { exact: true }).waitFor(LONG);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page(), 'kennisbank-bedrijf-regelingen');
  });

  it('opens a network with its members and reach', async () => {
    const companyName = (await page().getByRole('heading', { level: 1 }).textContent())!.trim();
    await go('/kennisbank/netwerken');
    await page().getByRole('heading', { level: 1, name: 'Netwerken' }).waitFor();
    await page().getByText('30 netwerken').waitFor(LONG);
    await screenshot(page(), 'kennisbank-netwerken');
    await page().getByRole('link', { name: 'Dordrechtse Ondernemersvereniging' }).click();
    const members = page().getByRole('region', { name: /Leden in de portefeuille/ });
    await members.getByRole('link', { name: companyName }).waitFor(LONG);
    await page().getByText(/van 1 lid bereikt/).first().waitFor();
    await screenshot(page(), 'kennisbank-netwerk');
  });

  it('refuses a bad reference file with a Dutch error and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veldwerk-ref-'));
    const file = join(dir, 'referentieset-kapot.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'veldwerk-referentieset', version: 1, exportedAt: '2026-01-01T00:00:00Z', terms: [{ key: 'X' }], schemes: [], networks: [] }),
    );
    await go('/kennisbank/beheer');
    await page().getByRole('heading', { level: 1, name: 'Kennisbank beheren' }).waitFor();
    await page().getByLabel('Referentieset kiezen (JSON)').setInputFiles(file);
    const alert = page().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/niet ingelezen — er is niets veranderd/);
    expect(await alert.textContent()).toMatch(/begrippen\[0\]/);
    await screenshot(page(), 'kennisbank-import-fout');

    // A good file (this device's own export, one begrip changed) shows a summary first.
    const download = page().waitForEvent('download');
    await page().getByRole('button', { name: 'Referentieset exporteren' }).click();
    const exported = join(dir, 'export.json');
    await (await download).saveAs(exported);
    const { readFileSync } = await import('node:fs');
    const set = JSON.parse(readFileSync(exported, 'utf8')) as { terms: { key: string; definition: string }[] };
    expect(set.terms.length).toBeGreaterThanOrEqual(40);
    set.terms[0]!.definition = 'Een bijgewerkte uitleg die een collega heeft aangepast.';
    const good = join(dir, 'referentieset-bijgewerkt.json');
    writeFileSync(good, JSON.stringify(set));
    await page().getByLabel('Referentieset kiezen (JSON)').setInputFiles(good);
    const summary = page().getByRole('table', { name: /Wat referentieset-bijgewerkt.json verandert/ });
    await summary.waitFor();
    await screenshot(page(), 'kennisbank-import-samenvatting');
    await page().getByRole('button', { name: 'Importeren', exact: true }).click();
    await page().getByText(/Referentieset geïmporteerd: 0 nieuwe rijen en 1 gewijzigde rij/).waitFor();
  });
});
