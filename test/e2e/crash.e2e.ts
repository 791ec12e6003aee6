import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { completeFirstRun, launchKillableApp as launchApp, newProfileDir, type KillableApp } from './browser';
import { waitUntilStored } from './idb';

/**
 * Power cuts: Chromium's whole process group is SIGKILLed (no unload events, no clean
 * shutdown), then started again on the same profile. Everything typed up to a second before
 * the cut must be there.
 */
const q = (page: Page, key: string) => page.locator(`#q-${key}`);

describe('crash safety', () => {
  const profileDir = newProfileDir();
  afterAll(() => rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));
  // A failed assertion must not leave Chromium holding the profile for the next test.
  const running: KillableApp[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((app) => app.kill()));
  });
  const launchKillableApp = async (dir: string, path?: string) => {
    const app = await launchApp(dir, path);
    running.push(app);
    return app;
  };

  it('keeps the profile after a power cut', async () => {
    const first = await launchKillableApp(profileDir);
    await completeFirstRun(first.page, 'Kees Stroomuitval', 'LeerWerkLoket Drechtsteden');
    await first.page.getByRole('heading', { level: 1, name: 'Portefeuille' }).waitFor();
    await first.kill();

    const second = await launchKillableApp(profileDir, '/instellingen');
    await second.page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    await expect.poll(() => second.page.getByLabel('Uw naam').inputValue()).toBe('Kees Stroomuitval');
    await second.kill();
  });

  it('keeps every interview answer typed up to the last second', async () => {
    const app = await launchKillableApp(profileDir, '/gesprekken');
    const { page } = app;
    await page.getByRole('button', { name: 'Gesprek starten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gesprek starten' });
    await dialog.getByText('Nieuw bedrijf', { exact: true }).click();
    await dialog.getByLabel('Naam van het bedrijf of de zzp-er').fill('Garage Stroomloos');
    await dialog.getByText('Bedrijven die al actief zijn met Leren en Werken (versie 2)').click();
    await dialog.getByRole('button', { name: 'Gesprek starten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Garage Stroomloos' }).waitFor();
    const url = page.url().split('#')[1]!;

    await q(page, 'resp_functie').getByRole('textbox').fill('Bedrijfsleider');
    await q(page, 'bpv_ervaring').getByText('Ja', { exact: true }).click();
    await q(page, 'bpv_ja_goed').getByRole('textbox').fill('Twee BBL-leerlingen in de werkplaats.');
    // The power goes as soon as the last answer is in the database (autosave debounces 0.4 s).
    await waitUntilStored(page, 'interviews', 'Twee BBL-leerlingen in de werkplaats.');
    await app.kill();

    const again = await launchKillableApp(profileDir, url);
    await again.page.getByText('Hervatten?').waitFor();
    await again.page.getByRole('button', { name: 'Hervatten' }).click();
    await expect.poll(() => q(again.page, 'resp_functie').getByRole('textbox').inputValue()).toBe('Bedrijfsleider');
    await expect.poll(() => q(again.page, 'bpv_ja_goed').getByRole('textbox').inputValue()).toBe(
      'Twee BBL-leerlingen in de werkplaats.',
    );
    await again.kill();
  });

  it('keeps a half-typed contact log as a draft', async () => {
    const app = await launchKillableApp(profileDir, '/contactmomenten');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Contactmomenten' }).waitFor();
    await page.keyboard.press('Control+L');
    const dialog = page.getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await dialog.getByLabel('Samenvatting').fill('Telefoontje met de eigenaar over een BBL-plek; batterij bijna leeg.');
    await waitUntilStored(page, 'drafts', 'batterij bijna leeg.');
    await app.kill();

    const again = await launchKillableApp(profileDir, '/contactmomenten');
    await again.page.getByRole('heading', { level: 1, name: 'Contactmomenten' }).waitFor();
    await again.page.keyboard.press('Control+L');
    const restored = again.page.getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await restored.getByText('Uw vorige, niet opgeslagen invoer is teruggezet.').waitFor();
    await expect.poll(() => restored.getByLabel('Samenvatting').inputValue()).toBe(
      'Telefoontje met de eigenaar over een BBL-plek; batterij bijna leeg.',
    );
    await again.kill();
  });

  it('keeps meeting notes and an agreement being typed up to the last second', async () => {
    const app = await launchKillableApp(profileDir, '/afstemming/overleg/nieuw');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Nieuw afstemmingsoverleg' }).waitFor();
    await page.getByLabel('Notities').fill('Sliedrecht zzp besproken; stroom valt zo uit.');
    // The first edit gives the new meeting its own address, so coming back finds it.
    await page.waitForURL(/#\/afstemming\/overleg\/[0-9a-f-]{36}$/);
    const url = page.url().split('#')[1]!;
    await page.getByRole('button', { name: '+ Afspraak toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Afspraak vastleggen' });
    await dialog.getByLabel('Wat is afgesproken?').fill('Baanbrekend belt de zzp-ers in Sliedrecht.');
    await waitUntilStored(page, 'meetings', 'stroom valt zo uit.');
    await waitUntilStored(page, 'drafts', 'Baanbrekend belt de zzp-ers in Sliedrecht.');
    await app.kill();

    const again = await launchKillableApp(profileDir, url);
    await again.page.getByRole('heading', { level: 1, name: /^Afstemmingsoverleg van / }).waitFor();
    await expect.poll(() => again.page.getByLabel('Notities').inputValue()).toBe('Sliedrecht zzp besproken; stroom valt zo uit.');
    await again.page.getByText('Er is een afspraak in bewerking die nog niet is opgeslagen.').waitFor();
    await again.page.getByRole('button', { name: 'Verder met die afspraak' }).click();
    const restored = again.page.getByRole('dialog', { name: 'Afspraak vastleggen' });
    await expect.poll(() => restored.getByLabel('Wat is afgesproken?').inputValue()).toBe('Baanbrekend belt de zzp-ers in Sliedrecht.');
    await again.kill();
  });
});
