import { afterAll, describe, expect, it } from 'vitest';
import { closeApp, completeFirstRun, launchApp, newProfileDir, screenshot, type App } from './browser';

const SCREENS = [
  { nav: 'Portefeuille', heading: 'Portefeuille', shot: 'portefeuille' },
  { nav: 'Contactmomenten', heading: 'Contactmomenten', shot: 'contactmomenten' },
  { nav: 'Mijn acties', heading: 'Mijn acties', shot: 'acties' },
  { nav: 'Gesprekken', heading: 'Gesprekken', shot: 'gesprekken' },
  { nav: 'Begrippen', heading: 'Begrippen', shot: 'begrippen' },
  { nav: 'Regelingen', heading: 'Regelingen', shot: 'regelingen' },
  { nav: 'Netwerken', heading: 'Netwerken', shot: 'netwerken' },
  { nav: 'Afstemming', heading: 'Afstemming', shot: 'afstemming' },
  { nav: 'Synchronisatie', heading: 'Synchronisatie', shot: 'synchronisatie' },
  { nav: 'Instellingen', heading: 'Instellingen', shot: 'instellingen' },
];

describe('application shell', () => {
  const profileDir = newProfileDir();
  let app: App | undefined;
  afterAll(async () => {
    if (app) await closeApp(app);
  });

  it('asks a new advisor who they are, then opens the portfolio', async () => {
    app = await launchApp(profileDir);
    const { page } = app;
    await screenshot(page, 'shell-00-eerste-start');
    // Submitting empty gives Dutch messages and keeps the advisor on the form.
    await page.getByRole('button', { name: 'Aan de slag' }).click();
    await page.getByText('Vul uw naam in (minstens twee tekens).').waitFor();
    expect(await page.getByText('Kies uw organisatie.').isVisible()).toBe(true);
    await completeFirstRun(page, 'Sanne Adviseur', 'Baanbrekend Drechtsteden');
    await page.getByRole('heading', { level: 1, name: 'Portefeuille' }).waitFor();
    expect(await page.getByText('Sanne Adviseur · Baanbrekend').isVisible()).toBe(true);
  });

  it('navigates every screen from the menu and shows each in Dutch', async () => {
    const { page } = app!;
    for (const screen of SCREENS) {
      await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: screen.nav, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
      await screenshot(page, `shell-${screen.shot}`);
    }
    expect(await page.getByText('Browsermodus').first().isVisible()).toBe(true);
  });

  it('reaches screens with Alt+number and keeps the profile after a restart', async () => {
    await page().keyboard.press('Alt+4');
    await page().getByRole('heading', { level: 1, name: 'Gesprekken' }).waitFor();
    await app!.context.close();
    app = await launchApp(profileDir, '/instellingen');
    await page().getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    expect(await page().getByLabel('Uw naam').inputValue()).toBe('Sanne Adviseur');
    await page().getByRole('link', { name: 'Privacyverklaring lezen' }).click();
    await page().getByRole('heading', { level: 1, name: 'Privacyverklaring' }).waitFor();
    await screenshot(page(), 'shell-privacy');
  });

  function page() {
    return app!.page;
  }
});
