import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeApp, completeFirstRun, launchApp, newProfileDir, OUTPUT, screenshot, type App } from './browser';

/** A local date `days` from today in Amsterdam, as date inputs want it (YYYY-MM-DD). */
function localDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + days * 86_400_000));
}

async function setOrganisation(page: Page, organisation: 'LeerWerkLoket Drechtsteden' | 'Baanbrekend Drechtsteden') {
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Instellingen', exact: true }).click();
  const profile = page.getByRole('region', { name: 'Uw profiel' });
  await profile.getByRole('radio', { name: organisation }).check({ force: true });
  await profile.getByRole('button', { name: 'Opslaan' }).click();
  await profile.getByText('Profiel opgeslagen.').waitFor();
}

/** A new company from the dialog: its kind and gemeente are asked, never guessed. */
async function describeNewCompany(page: Page, dialog: ReturnType<Page['locator']>, kind = 'MKB-bedrijf', gemeente = 'Dordrecht') {
  // The keyboard way: focus the radio and press Space.
  await dialog.getByRole('radio', { name: kind }).focus();
  await page.keyboard.press('Space');
  await dialog.getByRole('button', { name: /Gemeente van het nieuwe bedrijf/ }).click();
  await page.getByRole('option', { name: gemeente, exact: true }).click();
}

/** Log a shared contact with Ctrl+L; `isNew` creates the company on the way. */
async function logContact(page: Page, company: string, opts: { isNew: boolean; topic: string; outcome: string }) {
  await page.keyboard.press('Control+L');
  const dialog = page.getByRole('dialog', { name: 'Contactmoment vastleggen' });
  await dialog.waitFor();
  await dialog.getByRole('combobox', { name: 'Bedrijf' }).fill(company);
  if (opts.isNew) await page.getByRole('option', { name: `Nieuw bedrijf: “${company}”` }).click();
  else await page.getByRole('option', { name: new RegExp(`^${company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( ·|$)`) }).click();
  // With a large portfolio the suggestions may stay open after choosing; close them by clicking beside them.
  const listbox = page.getByRole('listbox');
  if (await listbox.isVisible()) {
    // The rest of the dialog is inert while the suggestions are open: click it with the mouse itself.
    const box = (await dialog.getByRole('heading', { name: 'Contactmoment vastleggen' }).boundingBox())!;
    await page.mouse.click(box.x + box.width + 20, box.y + box.height / 2);
  }
  await listbox.waitFor({ state: 'hidden' });
  if (opts.isNew) await dialog.getByText(`“${company}” wordt als nieuw bedrijf`).waitFor();
  if (opts.isNew) await describeNewCompany(page, dialog);
  // Choosing a known company brings in the partner warning and moves the form: retry the tick.
  const topic = dialog.getByRole('checkbox', { name: opts.topic, exact: true });
  await expect
    .poll(async () => {
      if (!(await topic.isChecked())) await topic.check({ force: true, timeout: 2000 }).catch(() => undefined);
      return topic.isChecked();
    })
    .toBe(true);
  await dialog.getByLabel('Uitkomst en afspraken').fill(opts.outcome);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const nav = (page: Page, name: string | RegExp) =>
  page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name, exact: typeof name === 'string' }).click();

describe('afstemmingsoverleg: week, afspraak als actie, verslag als PDF, doelen en bereik', () => {
  const profileDir = newProfileDir();
  let app: App | undefined;
  afterAll(async () => {
    if (app) await closeApp(app);
  });
  const page = () => app!.page;
  const agreementText = 'LWL neemt het voortouw; Baanbrekend stuurt het bezoekverslag door.';

  it('shows both organisations’ contacts of this week and who approached a company twice', async () => {
    app = await launchApp(profileDir);
    const p = page();
    await completeFirstRun(p, 'Sanne Adviseur', 'LeerWerkLoket Drechtsteden');
    await p.getByRole('heading', { level: 1, name: 'Portefeuille' }).waitFor();
    await p.getByRole('button', { name: 'Demogegevens laden' }).click();
    await p.getByRole('button', { name: 'Demogegevens laden' }).waitFor({ state: 'detached' });

    // Fixture from two organisations: LWL first, then the same laptop as Baanbrekend.
    await logContact(p, 'Bakkerij De Molen', { isNew: true, topic: 'Bpv (BBL)', outcome: 'Erkenning als leerbedrijf samen aanvragen.' });
    await logContact(p, 'Kapsalon Knip & Krul', { isNew: true, topic: 'Regelingen', outcome: 'Informatie over regelingen mailen.' });
    await setOrganisation(p, 'Baanbrekend Drechtsteden');
    await logContact(p, 'Bakkerij De Molen', { isNew: false, topic: 'Vacatures en werving', outcome: 'Vacatureprofiel doorsturen.' });
    // Two demo companies (the demo set is deterministic), so the reach view has something to show.
    await logContact(p, 'Administratiekantoor De Vrolijke Kade (demo)', { isNew: false, topic: 'Stage hbo', outcome: '' });
    await logContact(p, 'Autobedrijf Het Kruispunt (demo)', { isNew: false, topic: 'Bpv (BOL)', outcome: 'Stageplek in het voorjaar.' });

    await nav(p, 'Afstemming');
    await p.getByRole('heading', { level: 1, name: 'Afstemmingsoverleg' }).waitFor();
    await p.getByText(/^Week \d+ \(/).waitFor();
    const contacts = p.getByRole('region', { name: /1\. Contacten in deze periode/ });
    await contacts.getByRole('link', { name: 'Kapsalon Knip & Krul' }).waitFor();
    const both = p.getByRole('region', { name: /2\. Door beide organisaties benaderd/ });
    const row = both.getByRole('table', { name: 'Door beide organisaties benaderd' }).getByRole('row', { name: /Bakkerij De Molen/ });
    await row.waitFor();
    expect(await row.getByText(/Sanne Adviseur, telefoon|Sanne Adviseur, bedrijfsbezoek/).count()).toBe(2);
    await p.getByRole('region', { name: /4\. Nieuw in deze periode/ }).getByText(/Nieuw bereikt: klein MKB \(\d+\)/).waitFor();

    // Week navigation: back one week and return.
    const label = await p.getByText(/^Week \d+ \(/).textContent();
    const week = Number(/Week (\d+)/.exec(label ?? '')?.[1]);
    expect(await p.getByRole('button', { name: 'Deze week' }).isDisabled()).toBe(true);
    await p.getByRole('button', { name: 'Vorige week' }).click();
    await p.getByText(new RegExp(`^Week ${week === 1 ? '(52|53)' : week - 1} \\(`)).waitFor();
    expect(await contacts.getByText('Kapsalon Knip & Krul').count()).toBe(0);
    await screenshot(p, 'alignment-01b-vorige-week-demo');
    await p.getByRole('button', { name: 'Deze week' }).click();
    await contacts.getByRole('link', { name: 'Bakkerij De Molen' }).waitFor();
    await screenshot(p, 'alignment-01-overleg-week');
  });

  it('records an agreement in the meeting that becomes a follow-up in Mijn acties', async () => {
    const p = page();
    await p.getByRole('button', { name: 'Overleg vastleggen' }).click();
    await p.getByRole('heading', { level: 1, name: 'Nieuw afstemmingsoverleg' }).waitFor();
    await p.getByLabel('Notities').fill('Bakkerij besproken; tips uit gesprekken volgende week verdelen.');

    await p.getByRole('button', { name: 'Afspraak maken over Bakkerij De Molen' }).first().click();
    const dialog = p.getByRole('dialog', { name: 'Afspraak vastleggen' });
    await dialog.waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Bedrijf' }).inputValue()).toBe('Bakkerij De Molen');
    // Saving without text keeps the dialog open with the schema's Dutch message.
    await dialog.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await dialog.getByText('Beschrijf de afspraak.').waitFor();
    await dialog.getByLabel('Wat is afgesproken?').fill(agreementText);
    await dialog.getByLabel('Uiterlijk').fill(localDay(7));
    await dialog.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await p.getByText(/Afspraak over Bakkerij De Molen opgeslagen; het is nu een actie van Sanne Adviseur\./).waitFor();
    await p.waitForURL(/#\/afstemming\/overleg\/[0-9a-f-]{36}$/);
    const meetingUrl = p.url();
    await p.getByRole('table', { name: 'Afspraken' }).getByText(agreementText).waitFor();
    await p.getByRole('button', { name: 'Overleg opslaan' }).click();
    await p.getByText('Overleg opgeslagen.').waitFor();
    await screenshot(p, 'alignment-02-overleg-afspraak');

    await nav(p, /Mijn acties/);
    await p.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor();
    await p.getByText(agreementText).first().waitFor();
    await screenshot(p, 'alignment-03-mijn-acties');

    // The meeting is listed under earlier meetings.
    await nav(p, 'Afstemming');
    const meetings = p.getByRole('region', { name: 'Eerdere overleggen' });
    await meetings.locator(`a[href$="${meetingUrl.split('/').pop()}"]`).first().waitFor();
    // The demo set brought last week's meeting too.
    expect(await meetings.getByRole('link', { name: /^Afstemmingsoverleg van / }).count()).toBe(2);
    await p.goto(meetingUrl);
    await p.getByRole('heading', { level: 1, name: /^Afstemmingsoverleg van / }).waitFor();
  });

  it('prints the agenda and minutes on A4 with the agreement, participants and the six sections', async () => {
    const p = page();
    await p.getByRole('button', { name: 'Verslag afdrukken' }).click();
    await p.getByRole('heading', { level: 1, name: 'Afstemmingsoverleg Baanbrekend – LeerWerkLoket' }).waitFor();
    await screenshot(p, 'alignment-04-verslag-scherm');
    const dir = join(OUTPUT, 'pdf');
    mkdirSync(dir, { recursive: true });
    const pdf = join(dir, 'afstemming-verslag.pdf');
    await p.emulateMedia({ media: 'print' });
    await p.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    await p.emulateMedia({ media: 'screen' });

    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Afstemmingsoverleg Baanbrekend – LeerWerkLoket',
      'Deelnemers',
      'Sanne Adviseur',
      'Afspraken',
      'Bakkerij De Molen',
      'LWL neemt het voortouw',
      'Bakkerij besproken',
      '1. Contacten in deze periode',
      '2. Door beide organisaties benaderd',
      '3. Open en te late acties',
      '4. Nieuw in deze periode',
      '5. Tips uit gesprekken',
      '6. Hoe actueel zijn de gegevens?',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // No screen controls on paper.
    expect(text).not.toContain('Opslaan als PDF');
    expect(text).not.toContain('Hoofdnavigatie');

    const pages = join(dir, 'afstemming-verslag');
    rmSync(pages, { recursive: true, force: true });
    mkdirSync(pages, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(pages, 'pagina')]);
    const pngs = readdirSync(pages).filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(2);
    // The minutes stand alone on page 1; the agenda starts on a new page.
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    expect(first).toContain('Afspraken');
    expect(first).not.toContain('1. Contacten in deze periode');
  });

  it('sets a joint SMART target and shows its progress', async () => {
    const p = page();
    await nav(p, 'Afstemming');
    await p.getByRole('navigation', { name: 'Onderdelen van afstemming' }).getByRole('link', { name: 'Doelen' }).click();
    await p.getByRole('heading', { level: 1, name: 'Doelen' }).waitFor();
    await p.getByRole('button', { name: '+ Doel toevoegen' }).first().click();
    const dialog = p.getByRole('dialog', { name: 'Doel toevoegen' });
    await dialog.getByRole('button', { name: 'Doel opslaan' }).click();
    await dialog.getByText('Geef het doel een naam.').waitFor();
    await dialog.getByLabel('Naam van het doel').fill('Samen 50 kleine MKB-bedrijven bereiken');
    await dialog.getByRole('button', { name: /Van wie is het doel/ }).click();
    await p.getByRole('option', { name: 'Samen (LWL en Baanbrekend)' }).click();
    await dialog.getByLabel('Aantal').fill('50');
    await dialog.getByRole('button', { name: 'Doel opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const card = p.getByRole('article', { name: 'Samen 50 kleine MKB-bedrijven bereiken' });
    // Bakkerij De Molen and Kapsalon Knip & Krul at least (no size yet counts as small MKB), plus the demo contacts.
    const bar = card.getByRole('progressbar');
    await bar.waitFor();
    const reached = Number(await bar.getAttribute('aria-valuenow'));
    expect(reached).toBeGreaterThanOrEqual(2);
    expect(reached).toBeLessThan(50);
    await card.getByText(new RegExp(`^${reached} van 50 \\(`)).waitFor();
    await card.getByText(new RegExp(`Nog ${50 - reached} bedrijven nodig`)).waitFor();
    // The demo set's targets are there as well.
    await p.getByRole('article', { name: 'Samen 30 kleine MKB-bedrijven bereiken' }).waitFor();
    await screenshot(p, 'alignment-05-doelen');
  });

  it('shows the reach matrix with reference figures and charts, and the companies behind a cell', async () => {
    const p = page();
    await p.getByRole('navigation', { name: 'Onderdelen van afstemming' }).getByRole('link', { name: 'Bereik en blinde vlekken' }).click();
    await p.getByRole('heading', { level: 1, name: 'Bereik en blinde vlekken' }).waitFor();
    await p.getByText('Bron van de referentie: KvK 2014 (rapport 2017, tabel 1); KvK/UWV-lijst (rapport 2017)').waitFor();
    await p.locator('.recharts-surface').first().waitFor();
    expect(await p.getByText('Laag bereik').count()).toBeGreaterThan(0);
    await screenshot(p, 'alignment-06-bereik');

    await p.getByRole('button', { name: /^Totaal zonder grootteklasse: .*Toon de bedrijven\.$/ }).click();
    const dialog = p.getByRole('dialog', { name: 'Totaal zonder grootteklasse' });
    await dialog.getByRole('link', { name: 'Bakkerij De Molen' }).waitFor();
    await screenshot(p, 'alignment-07-bereik-cel');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();

    await p.getByRole('radio', { name: 'Per gemeente' }).check({ force: true });
    await p.getByRole('table', { name: /Bereik per gemeente/ }).waitFor();
    await screenshot(p, 'alignment-08-bereik-gemeente');
  });
});
