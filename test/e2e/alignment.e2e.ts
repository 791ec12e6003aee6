import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, localToday } from '../../shared/dates/localDate';
import { closeApp, completeFirstRun, launchApp, newProfileDir, OUTPUT, screenshot, type App } from './browser';

/** A local date `days` from today in Amsterdam, as date inputs want it (YYYY-MM-DD). */
function localDay(days: number): string {
  return addDays(localToday(), days);
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
  // Choosing a known company brings in the partner warning and moves the form, so a click aimed
  // before the move can land beside the box: tick it with the keyboard, which does not aim.
  const topic = dialog.getByRole('checkbox', { name: opts.topic, exact: true });
  await topic.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => topic.isChecked()).toBe(true);
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
    // Nothing edited yet: nothing claims to be unsaved, and there is no save button to forget.
    await p.getByText('Wijzigingen worden vanzelf opgeslagen.').waitFor();
    expect(await p.getByText('Niet opgeslagen').count()).toBe(0);
    expect(await p.getByRole('button', { name: 'Overleg opslaan' }).count()).toBe(0);
    // Dates are typed the Dutch way, as in the contact dialogs.
    expect(await p.getByLabel('Datum van het overleg').inputValue()).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    await p.getByLabel('Notities').fill('Bakkerij besproken; tips uit gesprekken volgende week verdelen.');
    await p.waitForURL(/#\/afstemming\/overleg\/[0-9a-f-]{36}$/);

    await p.getByRole('button', { name: 'Afspraak maken over Bakkerij De Molen' }).first().click();
    const dialog = p.getByRole('dialog', { name: 'Afspraak vastleggen' });
    await dialog.waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Bedrijf' }).inputValue()).toBe('Bakkerij De Molen');
    // Saving without text keeps the dialog open with the schema's Dutch message.
    await dialog.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await dialog.getByText('Beschrijf de afspraak.').waitFor();
    await dialog.getByLabel('Wat is afgesproken?').fill(agreementText);
    // A date that is not one is refused with the way to type it, not saved as something else.
    await dialog.getByLabel('Uiterlijk').fill('31-02-2026');
    await dialog.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await dialog.getByText('Typ een datum als dd-mm-jjjj', { exact: false }).first().waitFor();
    const due = localDay(7);
    await dialog.getByLabel('Uiterlijk').fill(`${due.slice(8, 10)}-${due.slice(5, 7)}-${due.slice(0, 4)}`);
    await dialog.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await p.getByText(/Afspraak over Bakkerij De Molen opgeslagen; het is nu een actie van Sanne Adviseur\./).waitFor();
    const meetingUrl = p.url();
    await p.getByRole('table', { name: 'Afspraken' }).getByText(agreementText).waitFor();
    await p.getByText(/^Alles opgeslagen/).waitFor();
    await screenshot(p, 'alignment-02-overleg-afspraak');

    // Notes typed and left at once by a company link in the agenda are there on return.
    const more = 'Bakkerij besproken; tips uit gesprekken volgende week verdelen. Kapsalon: regelingen nalopen.';
    await p.getByLabel('Notities').fill(more);
    await p.getByRole('region', { name: /1\. Contacten in deze periode/ }).getByRole('link', { name: 'Kapsalon Knip & Krul' }).click();
    await p.getByRole('heading', { level: 1, name: 'Kapsalon Knip & Krul' }).waitFor();
    await p.goBack();
    await p.getByRole('heading', { level: 1, name: /^Afstemmingsoverleg van / }).waitFor();
    expect(await p.getByLabel('Notities').inputValue()).toBe(more);
    // … or by the sidebar …
    const viaSidebar = `${more} Papendrecht ook.`;
    await p.getByLabel('Notities').fill(viaSidebar);
    await nav(p, 'Portefeuille');
    await p.getByRole('heading', { level: 1, name: 'Portefeuille' }).waitFor();
    await p.goBack();
    await p.getByRole('heading', { level: 1, name: /^Afstemmingsoverleg van / }).waitFor();
    expect(await p.getByLabel('Notities').inputValue()).toBe(viaSidebar);
    // … and so are notes typed right before a reload, and an agreement being drafted.
    const last = `${viaSidebar} Volgende keer: Sliedrecht.`;
    await p.getByLabel('Notities').fill(last);
    await p.getByRole('button', { name: '+ Afspraak toevoegen' }).click();
    await dialog.getByLabel('Wat is afgesproken?').fill('Half getypte afspraak');
    await p.reload();
    await p.getByRole('heading', { level: 1, name: /^Afstemmingsoverleg van / }).waitFor();
    expect(await p.getByLabel('Notities').inputValue()).toBe(last);
    await p.getByRole('button', { name: 'Verder met die afspraak' }).click();
    expect(await dialog.getByLabel('Wat is afgesproken?').inputValue()).toBe('Half getypte afspraak');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await p.getByText('Er is een afspraak in bewerking').count()).toBe(0);

    await nav(p, /Mijn acties/);
    await p.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor();
    await p.getByText(agreementText).first().waitFor();
    await screenshot(p, 'alignment-03-mijn-acties');

    // The agenda opens this week's meeting instead of offering a second one; it is not "earlier".
    await nav(p, 'Afstemming');
    await p.getByRole('button', { name: /^Overleg van .+ openen$/ }).click();
    await p.waitForURL(meetingUrl);
    await p.getByRole('heading', { level: 1, name: /^Afstemmingsoverleg van / }).waitFor();
    await nav(p, 'Afstemming');
    const meetings = p.getByRole('region', { name: 'Eerdere overleggen' });
    // The demo set brought last week's meeting; only that one is earlier.
    await meetings.getByRole('link', { name: /^Afstemmingsoverleg van / }).first().waitFor();
    expect(await meetings.locator(`a[href$="${meetingUrl.split('/').pop()}"]`).count()).toBe(0);
    expect(await meetings.getByRole('link', { name: /^Afstemmingsoverleg van / }).count()).toBe(1);

    // Deleting asks first, and the button is not beside anything else.
    await meetings.getByRole('link', { name: /^Afstemmingsoverleg van / }).click();
    await p.getByRole('heading', { level: 1, name: /^Afstemmingsoverleg van / }).waitFor();
    await p.getByRole('region', { name: 'Overleg verwijderen' }).getByRole('button', { name: 'Overleg verwijderen' }).click();
    const confirm = p.getByRole('alertdialog', { name: 'Dit overleg verwijderen?' }).or(p.getByRole('dialog', { name: 'Dit overleg verwijderen?' }));
    await confirm.getByRole('button', { name: 'Overleg verwijderen' }).click();
    await p.getByRole('heading', { level: 1, name: 'Afstemmingsoverleg' }).waitFor();
    await p.getByRole('region', { name: 'Eerdere overleggen' }).getByText('Nog geen overleggen', { exact: false }).waitFor();
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
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(pages, 'pagina')]);
    const pngs = readdirSync(pages).filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(2);
    // No word runs into another (e.g. "Netwerkbijeenkomst" over the next column), on any page.
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const overlaps: string[] = [];
    bbox.split('<page ').slice(1).forEach((pageXml, pageIndex) => {
      const words = [...pageXml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! }),
      );
      for (let i = 0; i < words.length; i++)
        for (let j = i + 1; j < words.length; j++) {
          const a = words[i]!;
          const b = words[j]!;
          const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          if (ox > 0.5 && oy > 0.5) overlaps.push(`pagina ${pageIndex + 1}: “${a.text}” over “${b.text}”`);
        }
    });
    expect(overlaps).toEqual([]);

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
    // The period is stated once, without week arrows that would contradict it.
    await p.getByText(/^Periode: 1 januari/).waitFor();
    expect(await p.getByText(/^Periode: /).count()).toBe(1);
    expect(await p.getByRole('button', { name: 'Vorige week' }).count()).toBe(0);
    // The reference figures say how old they are.
    await p.getByText('KvK 2014 (rapport 2017, tabel 1)', { exact: false }).first().waitFor();
    await p.getByText(/cijfers uit 2014, \d+ jaar oud/).first().waitFor();
    await p.locator('.recharts-surface').first().waitFor();
    expect(await p.getByText('Laag bereik').count()).toBeGreaterThan(0);
    // The trend per week against the pace of the joint target set above.
    const trend = p.getByRole('figure', { name: /Bereik per week, tegen het tempo van de doelen/ });
    await trend.locator('.recharts-line').first().waitFor();
    await trend.getByText('Tempo doel: Samen 50 kleine MKB-bedrijven bereiken').first().waitFor();
    expect(await trend.locator('.recharts-line').count()).toBeGreaterThanOrEqual(3);
    await screenshot(p, 'alignment-06-bereik');

    // Real table semantics: the numbers are cells under their headers, buttons named as shown.
    const matrix = p.getByRole('table', { name: /Bereik per sector/ });
    const header = await matrix.getByRole('columnheader').allTextContents();
    const withoutSize = header.indexOf('Zonder grootte');
    expect(withoutSize).toBeGreaterThan(0);
    expect(await matrix.locator('span[aria-label]').count()).toBe(0);
    await matrix.screenshot({ path: join(OUTPUT, 'screenshots', 'alignment-10-matrix-1366.png') });
    // The grey text of empty cells has at least 4.5:1 contrast (WCAG AA for small text).
    const contrast = await matrix.locator('.reach-cell.is-empty').first().evaluate((cell) => {
      const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = ([r, g, b]: number[]) =>
        [r!, g!, b!].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      let bg = 'rgb(255, 255, 255)';
      for (let el: Element | null = cell; el; el = el.parentElement) {
        const c = getComputedStyle(el).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
          bg = c;
          break;
        }
      }
      const [a, b] = [lum(rgb(getComputedStyle(cell).color)), lum(rgb(bg))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    expect(contrast).toBeGreaterThanOrEqual(4.5);
    // At 1366 px every column of the matrix is in view, without scrolling sideways.
    const scroll = await matrix.evaluate((t) => ({ table: t.scrollWidth, box: t.parentElement!.clientWidth }));
    expect(scroll.table).toBeLessThanOrEqual(scroll.box);
    const totalRow = matrix.getByRole('row', { name: /^Totaal/ });
    const button = totalRow.getByRole('cell').nth(withoutSize - 1).getByRole('button');
    expect(await button.textContent()).toMatch(/^\d+ van \d+/);
    await button.click();
    const dialog = p.getByRole('dialog', { name: 'Totaal zonder grootteklasse' });
    await dialog.getByRole('link', { name: 'Bakkerij De Molen' }).waitFor();
    await screenshot(p, 'alignment-07-bereik-cel');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();

    // The demo's blind spots: marked in the matrix and listed, biggest gap first.
    const spots = p.getByRole('table', { name: 'Blinde vlekken, grootste gat eerst' });
    // The biggest gaps first; the rest one press away. Cells without any reference figure are
    // listed too (the report has figures for few cells).
    await p.getByRole('button', { name: /^Alle \d+ blinde vlekken tonen$/ }).click();
    expect(await spots.getByRole('rowheader').count()).toBeGreaterThan(12);
    // Every cell marked "Niet bereikt" in the matrix is in the list, and no other.
    const zeroInMatrix = await matrix.getByText('Niet bereikt').count();
    expect(zeroInMatrix).toBeGreaterThan(0);
    expect(await spots.getByText(/niemand bereikt/).count()).toBe(zeroInMatrix);
    const gaps = (await spots.locator('tbody tr td:nth-of-type(2)').allTextContents()).map(Number);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    expect(await matrix.getByText('Niet bereikt').count()).toBeGreaterThan(0);
    await screenshot(p, 'alignment-09-blinde-vlekken');

    await p.getByRole('radio', { name: 'Per gemeente' }).check({ force: true });
    await p.getByRole('table', { name: /Bereik per gemeente/ }).waitFor();
    // Tabel 2 of the report: leerbedrijven per gemeente, labelled as such, in every gemeente row.
    await p.getByText('ref. leerbedrijven 1.820', { exact: false }).first().waitFor();
    await p.getByText('ref. leerbedrijven 341', { exact: false }).first().waitFor();
    // The gemeente view marks its blind spots too (the demo's contacts vary with the date, so take the biggest).
    const sliedrecht = spots.locator('tbody tr').first();
    const where = (await sliedrecht.getByRole('rowheader').textContent())!;
    expect(where).toMatch(/^(Dordrecht|Alblasserdam|Hendrik-Ido-Ambacht|Papendrecht|Sliedrecht|Zwijndrecht|Buiten de regio|Gemeente onbekend), /);
    expect(await p.getByRole('table', { name: /Bereik per gemeente/ }).getByText('Niet bereikt').count()).toBeGreaterThan(0);
    await screenshot(p, 'alignment-08-bereik-gemeente');

    // Click-through to the companies still to approach, and on to an agreement in this week's meeting.
    await sliedrecht.getByRole('button', { name: /^Bedrijven/ }).click();
    const list = p.getByRole('dialog', { name: where });
    await list.getByRole('link').first().waitFor();
    await list.getByRole('button', { name: 'Sluiten' }).click();
    await sliedrecht.getByRole('button', { name: /^Afspraak maken/ }).click();
    const agreement = p.getByRole('dialog', { name: 'Afspraak vastleggen' });
    await p.getByRole('button', { name: 'Als afspraak vastleggen' }).click();
    expect(await agreement.getByLabel('Wat is afgesproken?').inputValue()).toContain(`Blinde vlek ${where}:`);
    expect(await agreement.getByRole('combobox', { name: 'Bedrijf' }).inputValue()).not.toBe('');
    await agreement.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await agreement.waitFor({ state: 'hidden' });
    await p.getByRole('table', { name: 'Afspraken' }).getByText(`Blinde vlek ${where}:`, { exact: false }).waitFor();
  });
});
