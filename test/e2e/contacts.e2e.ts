import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { addDays, localToday } from '../../shared/dates/localDate';
import { closeApp, completeFirstRun, launchApp, newProfileDir, OUTPUT, screenshot, type App } from './browser';
import { draftSummaries } from './idb';

/** A screenshot of one part of the screen (a dialog, a panel), readable at full size. */
const shoot = (target: { screenshot: (o: { path: string }) => Promise<unknown> }, name: string) =>
  target.screenshot({ path: join(OUTPUT, 'screenshots', `${name}.png`) });

/** A date `days` from today in Amsterdam, typed the Dutch way (dd-mm-jjjj). */
function localDay(days: number): string {
  const [y, m, day] = addDays(localToday(), days).split('-');
  return `${day}-${m}-${y}`;
}

async function chooseSelect(page: Page, scope: ReturnType<Page['locator']> | Page, label: string, option: string) {
  await scope.getByRole('button', { name: new RegExp(label) }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A new company from the dialog: its kind and gemeente are asked, never guessed. */
async function describeNewCompany(page: Page, dialog: ReturnType<Page['locator']>, kind = 'MKB-bedrijf', gemeente = 'Dordrecht') {
  // The keyboard way: focus the radio and press Space.
  await dialog.getByRole('radio', { name: kind }).focus();
  await page.keyboard.press('Space');
  await dialog.getByRole('button', { name: /Gemeente van het nieuwe bedrijf/ }).click();
  await page.getByRole('option', { name: gemeente, exact: true }).click();
}

/** Tick a checkbox or radio the keyboard way: focus it and press Space. */
async function press(page: Page, control: ReturnType<Page['locator']>) {
  await control.focus();
  await page.keyboard.press('Space');
}

async function setOrganisation(page: Page, organisation: 'LeerWerkLoket Drechtsteden' | 'Baanbrekend Drechtsteden') {
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Instellingen', exact: true }).click();
  const profile = page.getByRole('region', { name: 'Uw profiel' });
  await profile.getByRole('radio', { name: organisation }).check({ force: true });
  await profile.getByRole('button', { name: 'Opslaan' }).click();
  await profile.getByText('Profiel opgeslagen.').waitFor();
  const short = organisation.startsWith('Baanbrekend') ? 'Baanbrekend' : 'LWL';
  await page.getByText(`Sanne Adviseur · ${short}`).waitFor();
}

describe('contactmomenten, vervolgacties en niet dubbel benaderen', () => {
  const profileDir = newProfileDir();
  let app: App | undefined;
  let companyUrl = '';
  afterAll(async () => {
    if (app) await closeApp(app);
  });
  const page = () => app!.page;

  it('logs a visit with topics, a new company and an overdue follow-up in one go with Ctrl+L', async () => {
    app = await launchApp(profileDir);
    await completeFirstRun(page(), 'Sanne Adviseur', 'LeerWerkLoket Drechtsteden');
    const p = page();
    await p.getByRole('heading', { level: 1, name: 'Portefeuille' }).waitFor();
    await p.keyboard.press('Control+L');
    const dialog = p.getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await dialog.waitFor();

    // Saving an empty form keeps the dialog open with Dutch messages next to the fields.
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Kies een bedrijf.').waitFor();
    expect(await dialog.getByText('Kies minstens één onderwerp of schrijf een korte samenvatting.').isVisible()).toBe(true);

    await dialog.getByRole('combobox', { name: 'Bedrijf' }).fill('Bakkerij De Molen');
    await p.getByRole('option', { name: 'Nieuw bedrijf: “Bakkerij De Molen”' }).click();
    await dialog.getByText('“Bakkerij De Molen” wordt als nieuw bedrijf').waitFor();
    await describeNewCompany(p, dialog);
    await press(p, dialog.getByRole('checkbox', { name: 'Bpv (BBL)' }));
    await press(p, dialog.getByRole('checkbox', { name: 'Erkenning als leerbedrijf' }));
    // Messages follow the input once the advisor corrects it.
    expect(await dialog.getByText('Kies minstens één onderwerp of schrijf een korte samenvatting.').count()).toBe(0);
    await dialog.getByLabel('Samenvatting').fill('Kennismaking met de eigenaar. Wil een BBL-leerling voor de bakkerij.');
    await dialog.getByLabel('Uitkomst en afspraken').fill('Erkenning als leerbedrijf samen aanvragen.');
    await chooseSelect(p, dialog, 'Status van het bedrijf bijwerken', 'In gesprek');
    await dialog.getByRole('button', { name: '+ Vervolgactie toevoegen' }).click();
    await dialog.getByLabel('Wat moet er gebeuren?').fill('Erkenning aanvragen bij SBB');
    await dialog.getByLabel('Uiterlijk').fill(localDay(-2));
    await shoot(dialog, 'contacts-01-snelinvoer');
    await p.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    await p.getByText('Contactmoment bij Bakkerij De Molen opgeslagen.').waitFor();

    // The overdue action shows in the navigation.
    await p.getByRole('link', { name: /Mijn acties/ }).getByLabel('1 actie te laat').waitFor();

    await p.getByRole('link', { name: 'Naar het bedrijf' }).click();
    await p.getByRole('heading', { level: 1, name: 'Bakkerij De Molen' }).waitFor();
    companyUrl = p.url();
    const timeline = p.getByRole('list', { name: 'Tijdlijn' });
    await timeline.getByText('Bedrijfsbezoek – Sanne Adviseur').waitFor();
    await timeline.getByText('Actie: Erkenning aanvragen bij SBB').waitFor();
    expect(await timeline.getByText('Bpv (BBL), Erkenning als leerbedrijf').isVisible()).toBe(true);
    await timeline.getByText(/Status gewijzigd van Nog niet benaderd naar In gesprek/).waitFor();
    await screenshot(p, 'contacts-02-bedrijf');
    await shoot(p.getByRole('region', { name: 'Tijdlijn' }), 'contacts-02-tijdlijn');
  });

  it('keeps a draft when the dialog is closed by accident', async () => {
    const p = page();
    await p.keyboard.press('Control+L');
    const dialog = p.getByRole('dialog', { name: 'Contactmoment vastleggen' });
    // On a company page that company is preselected.
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Bedrijf' }).inputValue()).toBe('Bakkerij De Molen');
    await dialog.getByLabel('Samenvatting').fill('Half getypt verslag');
    // Stored as a draft before the dialog closes.
    await expect.poll(() => draftSummaries(p)).toContain('Half getypt verslag');
    await p.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await p.keyboard.press('Control+L');
    await dialog.getByText('Uw vorige, niet opgeslagen invoer is teruggezet.').waitFor();
    expect(await dialog.getByLabel('Samenvatting').inputValue()).toBe('Half getypt verslag');
    await dialog.getByRole('button', { name: 'Leegmaken' }).click();
    expect(await dialog.getByLabel('Samenvatting').inputValue()).toBe('');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('lists the action in Mijn acties, overdue first, and marks it done', async () => {
    const p = page();
    await p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: /Mijn acties/ }).click();
    await p.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor();
    const overdue = p.getByRole('region', { name: /Te laat/ });
    await overdue.getByText('Erkenning aanvragen bij SBB').waitFor();
    await overdue.getByText('2 dagen te laat').waitFor();
    await screenshot(p, 'contacts-03-mijn-acties');
    await p.getByRole('button', { name: 'Gedaan: Erkenning aanvragen bij SBB' }).click();
    await p.getByText('“Erkenning aanvragen bij SBB” is afgerond.').waitFor();
    await p.getByRole('region', { name: 'Onlangs afgerond' }).getByText('Erkenning aanvragen bij SBB').waitFor();
    expect(await p.getByRole('region', { name: /Te laat/ }).count()).toBe(0);
    expect(await p.getByLabel('1 actie te laat').count()).toBe(0);
    await screenshot(p, 'contacts-04-actie-gedaan');

    // A follow-up without a contact, from the list itself.
    await p.getByRole('button', { name: '+ Actie toevoegen' }).click();
    const form = p.getByRole('dialog', { name: 'Vervolgactie toevoegen' });
    await form.getByRole('combobox', { name: 'Bedrijf' }).fill('Bakk');
    await p.getByRole('option', { name: /Bakkerij De Molen/ }).click();
    await form.getByLabel('Wat moet er gebeuren?').fill('Praktijkopleider voorstellen');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    await p.getByRole('region', { name: /Zonder datum/ }).getByText('Praktijkopleider voorstellen').waitFor();
  });

  it('warns about a recent contact by the other organisation, but never shows its private log', async () => {
    const p = page();
    await setOrganisation(p, 'Baanbrekend Drechtsteden');
    for (const log of [
      { channel: 'Telefoon', topic: 'Vacatures en werving', outcome: 'Vacatureprofiel doorsturen.', prive: false },
      { channel: 'Bedrijfsbezoek', topic: 'EVC (ervaringscertificaat)', outcome: 'Geheime notitie over de eigenaar.', prive: true },
    ]) {
      await p.goto(companyUrl);
      await p.getByRole('heading', { level: 1, name: 'Bakkerij De Molen' }).waitFor();
      await p.getByRole('button', { name: 'Contactmoment vastleggen' }).last().click();
      const dialog = p.getByRole('dialog', { name: 'Contactmoment vastleggen' });
      await expect.poll(() => dialog.getByRole('combobox', { name: 'Bedrijf' }).inputValue()).toBe('Bakkerij De Molen');
      // The draft emptied with "Leegmaken" earlier is not brought back.
      expect(await dialog.getByText('Uw vorige, niet opgeslagen invoer is teruggezet.').count()).toBe(0);
      expect(await dialog.getByLabel('Samenvatting').inputValue()).toBe('');
      await chooseSelect(p, dialog, 'Kanaal', log.channel);
      await press(p, dialog.getByRole('checkbox', { name: log.topic }));
      await dialog.getByLabel('Uitkomst en afspraken').fill(log.outcome);
      if (log.prive) await press(p, dialog.getByRole('radio', { name: /Privé/ }));
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await setOrganisation(p, 'LeerWerkLoket Drechtsteden');

    await p.goto(companyUrl);
    await p.getByRole('heading', { level: 1, name: 'Bakkerij De Molen' }).waitFor();
    const warning = p.getByTestId('partner-warning').first();
    await warning.getByText('Let op: dit bedrijf is recent door een partner benaderd').waitFor();
    await warning.getByText(/Sanne Adviseur van Baanbrekend Drechtsteden had op .* telefonisch contact; afgesproken: Vacatureprofiel doorsturen\./).waitFor();
    expect(await warning.getByRole('listitem').count()).toBe(1);
    expect(await warning.getByText(/Geheime notitie/).count()).toBe(0);
    await shoot(p.getByRole('region', { name: 'Niet dubbel benaderen' }), 'contacts-05-waarschuwing-bedrijf');

    // The private log is on this laptop and marked as such in the timeline.
    const timeline = p.getByRole('list', { name: 'Tijdlijn' });
    const privateItem = timeline.locator('.timeline-item.is-private');
    expect(await privateItem.count()).toBe(1);
    expect(await privateItem.getByText('Privé').isVisible()).toBe(true);
    await press(p, p.getByRole('region', { name: 'Tijdlijn' }).getByRole('checkbox', { name: 'Baanbrekend' }));
    await press(p, p.getByRole('region', { name: 'Tijdlijn' }).getByRole('checkbox', { name: 'Contactmomenten' }));
    await p.getByText('2 van').waitFor();
    await shoot(p.getByRole('region', { name: 'Tijdlijn' }), 'contacts-06-tijdlijn-gefilterd');

    // The warning also shows in the dialog as soon as the company is chosen.
    await p.keyboard.press('Control+L');
    const dialog = p.getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await dialog.getByTestId('partner-warning').getByText(/telefonisch contact/).waitFor();
    await shoot(dialog, 'contacts-07-waarschuwing-dialoog');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('lists every log with filters, marks the private one, and exports the filtered rows', async () => {
    const p = page();
    await p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Contactmomenten', exact: true }).click();
    await p.getByRole('heading', { level: 1, name: 'Contactmomenten' }).waitFor();
    await p.getByText('3 contactmomenten').waitFor();
    const grid = p.getByRole('grid', { name: 'Contactmomenten' });
    expect(await grid.getByText('Privé').count()).toBe(1);
    await screenshot(p, 'contacts-08-lijst');
    await chooseSelect(p, p, 'Zichtbaarheid', 'Gedeeld');
    await p.getByText('2 van 3 contactmomenten').waitFor();
    expect(await grid.getByText('Privé').count()).toBe(0);
    await chooseSelect(p, p, 'Organisatie', 'Baanbrekend');
    await p.getByText('1 van 3 contactmomenten').waitFor();
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Exporteren als CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('Datum;Bedrijf;Gemeente');
    expect(csv).toContain('Vacatureprofiel doorsturen.');
    expect(csv).not.toContain('Geheime notitie');
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    await screenshot(p, 'contacts-09-lijst-gefilterd');
  });
});
