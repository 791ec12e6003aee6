import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeApp, completeFirstRun, launchApp, newProfileDir, OUTPUT, screenshot, type App } from './browser';
import { draftSummaries } from './idb';

/** A screenshot of one part of the screen (a dialog, a panel), readable at full size. */
const shoot = (target: { screenshot: (o: { path: string }) => Promise<unknown> }, name: string) =>
  target.screenshot({ path: join(OUTPUT, 'screenshots', `${name}.png`) });

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

const FIRST = 'Kennismaking met de eigenaar over een BBL-plek.';
const CORRECTED = 'Kennismaking met de eigenaar en een rondleiding door de werkplaats.';

describe('correcting and removing contact logs and follow-ups', () => {
  const profileDir = newProfileDir();
  let app: App | undefined;
  afterAll(async () => {
    if (app) await closeApp(app);
  });
  const page = () => app!.page;
  const nav = (name: string | RegExp) =>
    page().getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name, exact: typeof name === 'string' });

  it('logs a contact with a follow-up', async () => {
    app = await launchApp(profileDir);
    await completeFirstRun(page(), 'Sanne Adviseur', 'LeerWerkLoket Drechtsteden');
    const p = page();
    await p.keyboard.press('Control+L');
    const dialog = p.getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await dialog.getByRole('combobox', { name: 'Bedrijf' }).fill('Garage Van Dijk');
    await p.getByRole('option', { name: 'Nieuw bedrijf: “Garage Van Dijk”' }).click();
    await describeNewCompany(p, dialog);
    await press(p, dialog.getByRole('checkbox', { name: 'Bpv (BBL)' }));
    await dialog.getByLabel('Samenvatting').fill(FIRST);
    await dialog.getByRole('button', { name: '+ Vervolgactie toevoegen' }).click();
    await dialog.getByLabel('Wat moet er gebeuren?').fill('Offerte opvragen');
    await p.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    await p.getByText('Contactmoment bij Garage Van Dijk opgeslagen.').waitFor();
  });

  it('edits the summary from the Contactmomenten list, without touching the new-log draft', async () => {
    const p = page();
    // Something half typed for a new log, to check that editing leaves it alone.
    await p.keyboard.press('Control+L');
    const quick = p.getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await quick.getByLabel('Samenvatting').fill('Nog niet af');
    // Stored as a draft before the dialog closes.
    await expect.poll(() => draftSummaries(p)).toContain('Nog niet af');
    await p.keyboard.press('Escape');
    await quick.waitFor({ state: 'hidden' });

    await nav('Contactmomenten').click();
    await p.getByRole('heading', { level: 1, name: 'Contactmomenten' }).waitFor();
    const grid = p.getByRole('grid', { name: 'Contactmomenten' });
    await grid.getByText(FIRST).waitFor();
    await screenshot(p, 'contacts-edit-00-lijst');
    await grid.focus();
    await p.keyboard.press('Enter');
    const dialog = p.getByRole('dialog', { name: 'Contactmoment bewerken' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Bedrijf' }).inputValue()).toBe('Garage Van Dijk');
    expect(await dialog.getByLabel('Samenvatting').inputValue()).toBe(FIRST);
    expect(await dialog.getByRole('checkbox', { name: 'Bpv (BBL)' }).isChecked()).toBe(true);
    // The new-log draft is not shown here.
    expect(await dialog.getByText('Uw vorige, niet opgeslagen invoer is teruggezet.').count()).toBe(0);

    await dialog.getByLabel('Samenvatting').fill(CORRECTED);
    // Turning it private explains what that does for the partner (and is undone before saving).
    await press(p, dialog.getByRole('radio', { name: /Privé/ }));
    await dialog.getByText(/Het wordt bij de partnerorganisatie ingetrokken/).waitFor();
    await shoot(dialog, 'contacts-edit-01-dialoog');
    await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).scrollIntoViewIfNeeded();
    await shoot(dialog, 'contacts-edit-01-dialoog-onder');
    await press(p, dialog.getByRole('radio', { name: /Gedeeld/ }));
    await p.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    await p.getByText('Contactmoment bij Garage Van Dijk bijgewerkt.').waitFor();
    await grid.getByText(CORRECTED).waitFor();
    expect(await grid.getByText(FIRST).count()).toBe(0);

    // The new-log draft is still there.
    await p.keyboard.press('Control+L');
    await quick.getByText('Uw vorige, niet opgeslagen invoer is teruggezet.').waitFor();
    expect(await quick.getByLabel('Samenvatting').inputValue()).toBe('Nog niet af');
    await quick.getByRole('button', { name: 'Leegmaken' }).click();
    await quick.getByRole('button', { name: 'Annuleren' }).click();
    await quick.waitFor({ state: 'hidden' });
  });

  it('shows the corrected text in the timeline, and edits the follow-up there', async () => {
    const p = page();
    await p.getByRole('button', { name: 'Naar het bedrijf' }).click();
    await p.getByRole('heading', { level: 1, name: 'Garage Van Dijk' }).waitFor();
    const timeline = p.getByRole('list', { name: 'Tijdlijn' });
    await timeline.getByText(CORRECTED).waitFor();
    expect(await timeline.getByText(FIRST).count()).toBe(0);

    await shoot(p.getByRole('region', { name: 'Tijdlijn' }), 'contacts-edit-02-tijdlijn');
    await timeline.getByRole('button', { name: 'Bewerken: Actie: Offerte opvragen' }).click();
    const form = p.getByRole('dialog', { name: 'Vervolgactie bewerken' });
    expect(await form.getByLabel('Wat moet er gebeuren?').inputValue()).toBe('Offerte opvragen');
    await form.getByLabel('Wat moet er gebeuren?').fill('Offerte voor de BBL-plek opvragen');
    await shoot(form, 'contacts-edit-02-actie-dialoog');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    await timeline.getByText('Actie: Offerte voor de BBL-plek opvragen').waitFor();
  });

  it('deletes the log after confirming; it is gone from the timeline and the list', async () => {
    const p = page();
    const timeline = p.getByRole('list', { name: 'Tijdlijn' });
    await timeline.getByRole('button', { name: /^Bewerken: Bedrijfsbezoek/ }).click();
    const dialog = p.getByRole('dialog', { name: 'Contactmoment bewerken' });
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    const confirm = p.getByRole('dialog', { name: 'Contactmoment verwijderen?' });
    await confirm.getByText('Vervolgacties die erbij zijn afgesproken blijven staan.').waitFor();
    await shoot(confirm, 'contacts-edit-03-verwijderen');
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await p.getByText('Contactmoment verwijderd.').waitFor();
    await expect.poll(() => timeline.getByText(CORRECTED).count()).toBe(0);
    // The follow-up stays.
    await timeline.getByText('Actie: Offerte voor de BBL-plek opvragen').waitFor();

    await nav('Contactmomenten').click();
    await p.getByRole('heading', { level: 1, name: 'Contactmomenten' }).waitFor();
    await p.getByText('Nog geen contactmomenten').waitFor();
    expect(await p.getByText(CORRECTED).count()).toBe(0);
  });

  it('edits and deletes a follow-up from Mijn acties', async () => {
    const p = page();
    await nav(/Mijn acties/).click();
    await p.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor();
    await p.getByRole('button', { name: 'Bewerken: Offerte voor de BBL-plek opvragen' }).click();
    const form = p.getByRole('dialog', { name: 'Vervolgactie bewerken' });
    await form.getByLabel(/Uiterlijk/).fill('not a date');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await form.getByText('Vul een geldige datum in, zoals 23-11-2026.').waitFor();
    await form.getByLabel(/Uiterlijk/).fill('');
    await form.getByRole('button', { name: 'Verwijderen' }).click();
    const confirm = p.getByRole('dialog', { name: 'Vervolgactie verwijderen?' });
    // Cancelling keeps it.
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await form.getByRole('button', { name: 'Verwijderen' }).click();
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await form.waitFor({ state: 'hidden' });
    await p.getByText('“Offerte voor de BBL-plek opvragen” is verwijderd.').waitFor();
    expect(await p.getByRole('button', { name: 'Bewerken: Offerte voor de BBL-plek opvragen' }).count()).toBe(0);
  });
});
