import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Locator, Page } from 'playwright-core';
import PostalMime from 'postal-mime';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/dates/localDate';
import { closeApp, completeFirstRun, launchApp, newProfileDir, OUTPUT, type App } from './browser';

/*
 * The visit cycle as an advisor walks it: prepare on one page, hold the interview, finish it
 * with a follow-up, see the status move, leave a bezoekverslag behind, put the follow-up in the
 * calendar, and add a zzp-er from Ctrl+L. Screens at 1366×768.
 */

const COMPANY = 'Bakkerij Van Wijk';
const CONTACT = 'Petra van Wijk';
const EMAIL = 'petra@bakkerij-vanwijk.example';
const PRIVATE_NOTE = 'PRIVÉ: eigenaar twijfelt over verkoop van de zaak';
const FOLLOW_UP = 'BBL-leerling bakker voorstellen';
const OUT = join(OUTPUT, 'visit');
const LONG = { timeout: 30_000 };

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(join(OUTPUT, 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(OUTPUT, 'screenshots', `${name}.png`) });
}

async function choose(
  page: Page,
  scope: Page | Locator,
  label: RegExp,
  option: string,
): Promise<void> {
  await scope.getByRole('button', { name: label }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function printPdf(page: Page, name: string): Promise<{ text: string; pages: number }> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', file, join(OUT, name)]);
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    pages: Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0,
    ),
  };
}

async function download(page: Page, button: Locator, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(OUT, name);
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

/** Every row of one table, read straight from IndexedDB. */
async function allRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('veldwerk');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((res) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => res(r.result as Record<string, unknown>[]);
    });
    db.close();
    return rows;
  }, store);
}

const companyRow = async (page: Page, name: string) =>
  (await allRows(page, 'companies')).find((c) => c.name === name);

/** The date two weeks from today in Amsterdam, where the app runs (browser.ts sets its zone). */
const inTwoWeeks = () => {
  const [y, m, d] = addDays(localToday(), 14).split('-');
  return { dutch: `${d}-${m}-${y}`, iso: `${y}${m}${d}` };
};

describe('the visit cycle', () => {
  let app: App | undefined;
  const page = () => app!.page;
  let companyUrl = '';
  afterAll(async () => {
    if (app) await closeApp(app);
  });

  it('sets up a company with a contact person and a private note', async () => {
    app = await launchApp(newProfileDir(), '/portefeuille');
    await page().setViewportSize({ width: 1366, height: 768 });
    await completeFirstRun(page(), 'Sanne Adviseur', 'LeerWerkLoket Drechtsteden');
    await page().getByRole('button', { name: 'Bedrijf toevoegen' }).first().click();
    const dialog = page().getByRole('dialog', { name: 'Bedrijf toevoegen' });
    await dialog.getByLabel('Handelsnaam').fill(COMPANY);
    await dialog.getByLabel('Aantal werknemers').fill('8');
    await choose(page(), dialog, /Gemeente/, 'Sliedrecht');
    await dialog.getByRole('button', { name: 'Toevoegen en openen' }).click();
    // A new company opens ready to fill in.
    await page().getByRole('form', { name: 'Bedrijfsgegevens bewerken' }).waitFor(LONG);
    await choose(page(), page(), /Sector/, 'Detailhandel');
    await page().getByText('Opgeslagen', { exact: true }).waitFor(LONG);
    await page().getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await page().getByRole('textbox', { name: 'Naam', exact: true }).fill(CONTACT);
    await page().getByRole('textbox', { name: 'Functie', exact: true }).fill('Eigenaar');
    await page().getByRole('textbox', { name: 'E-mail', exact: true }).fill(EMAIL);
    await page().getByRole('button', { name: 'Contactpersoon opslaan' }).click();
    await page().getByText(CONTACT).first().waitFor();
    await page().getByRole('button', { name: 'Klaar met bewerken' }).click();
    await page().getByRole('heading', { level: 2, name: 'Wie ze zijn' }).waitFor(LONG);
    companyUrl = page().url();

    // A private contactmoment: on this device only, and never in anything for the employer.
    await page().keyboard.press('Control+L');
    const log = page().getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await log.getByLabel('Samenvatting').fill(PRIVATE_NOTE);
    await log.getByRole('radio', { name: /Privé/ }).focus();
    await page().keyboard.press('Space');
    await page().keyboard.press('Control+Enter');
    await log.waitFor({ state: 'hidden' });
    expect((await companyRow(page(), COMPANY))?.status).toBe('nog-niet-benaderd');
  });

  it('prepares the visit: the reading view, and the bezoekkaart on one A4 page', async () => {
    await page().getByTestId('visit-status').getByText('Nog niet benaderd').waitFor();
    await page().getByText(`${CONTACT}`).first().waitFor();
    await shot(page(), 'bezoek-01-leesweergave');
    await page().getByRole('button', { name: 'Bezoek voorbereiden' }).click();
    await page()
      .getByRole('article', { name: `Bezoekkaart ${COMPANY}` })
      .waitFor(LONG);
    await shot(page(), 'bezoek-02-voorbereiden');
    const { text, pages } = await printPdf(page(), 'bezoekkaart');
    expect(pages).toBe(1);
    for (const expected of [
      `Bezoekkaart ${COMPANY}`,
      'Wie ze zijn',
      '8 medewerkers (ingevuld)',
      'Sliedrecht',
      CONTACT,
      'petra@bakkerij-',
      'Regelingen die passen',
      'Aantekeningen tijdens het bezoek',
    ]) {
      expect(text).toContain(expected);
    }
    // With the guide chosen, the blank guide follows the bezoekkaart on its own pages.
    await choose(
      page(),
      page(),
      /Leidraad meenemen/,
      'Bedrijven die al actief zijn met Leren en Werken',
    );
    const withGuide = await printPdf(page(), 'bezoekkaart-met-leidraad');
    expect(withGuide.pages).toBeGreaterThan(1);
    expect(withGuide.text.split('\f')[0]).toContain(`Bezoekkaart ${COMPANY}`);
    expect(withGuide.text.split('\f').slice(1).join('')).toContain(
      'Bedrijven die al actief zijn met Leren en Werken',
    );
    await page().getByRole('button', { name: /Terug/ }).click();
    await page().getByRole('heading', { level: 2, name: 'Wie ze zijn' }).waitFor(LONG);
  });

  it('holds the interview and finishes it with a follow-up; the status moves and the page ends on the company', async () => {
    const panel = page().getByRole('region', { name: 'Gesprekken' });
    await panel.getByRole('button', { name: 'Gesprek starten' }).click();
    const start = page().getByRole('dialog', { name: 'Gesprek starten' });
    await start.getByText('Bedrijven die al actief zijn met Leren en Werken (versie 2)').click();
    await start.getByRole('button', { name: 'Gesprek starten' }).click();
    const q = (key: string) => page().locator(`#q-${key}`);
    await q('resp_functie').getByRole('textbox').fill('Eigenaar');
    await q('bpv_ervaring').getByText('Ja', { exact: true }).click();
    await q('bpv_ja_soort').getByText('BBL (beroepsbegeleidende leerweg)', { exact: true }).click();
    await q('bpv_ja_goed').getByRole('textbox').fill('De leerling bakt al zelfstandig brood.');
    await q('bpv_ja_beter').getByRole('textbox').fill('Meer contact met de school.');
    for (const key of ['stage_ervaring', 'kort_ervaring', 'evc_ervaring'])
      await q(key).getByText('Nee', { exact: true }).click();
    await page()
      .getByText(/Opgeslagen om \d\d:\d\d/)
      .waitFor(LONG);

    await page().getByRole('button', { name: 'Afronden' }).first().click();
    const finish = page().getByRole('dialog', { name: 'Gesprek afronden' });
    await finish
      .getByText(
        /Wat zijn uw ervaringen: wat gaat goed\?\s+De leerling bakt al zelfstandig brood\./,
      )
      .waitFor();
    await finish.getByLabel('Wat', { exact: true }).fill(FOLLOW_UP);
    await finish.getByLabel('Wanneer').fill(inTwoWeeks().dutch);
    await shot(page(), 'bezoek-03-afronden-met-actie');
    await finish.getByRole('button', { name: 'Afronden' }).click();
    const facts = page().getByRole('dialog', { name: 'Gegevens overnemen in het bedrijf' });
    await facts.getByRole('button', { name: 'Aangevinkte gegevens overnemen' }).click();

    // Back on the company: the status moved, the follow-up is open, the timeline says why.
    await page().getByRole('heading', { level: 2, name: 'Wie ze zijn' }).waitFor(LONG);
    await page().getByText('Het gesprek is afgerond en het contactmoment is aangemaakt.').waitFor();
    expect(page().url()).toBe(companyUrl);
    await page().getByTestId('visit-status').getByText('In gesprek').waitFor();
    await page().getByRole('list', { name: 'Open acties' }).getByText(FOLLOW_UP).waitFor();
    await page()
      .getByRole('list', { name: 'Tijdlijn' })
      .getByText(/Status gewijzigd van Nog niet benaderd naar In gesprek/)
      .waitFor(LONG);
    await shot(page(), 'bezoek-04-na-afronden');
    expect((await companyRow(page(), COMPANY))?.status).toBe('in-gesprek');
  });

  it('exports the follow-up as an .ics that parses back with a stable UID in Europe/Amsterdam', async () => {
    const button = page().getByRole('button', { name: 'Alle open acties naar agenda' });
    const first = await download(page(), button, 'acties-1.ics');
    const again = await download(page(), button, 'acties-2.ics');
    const parse = (text: string) =>
      new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v));
    const [event] = parse(first);
    expect(event?.summary).toBe(`${FOLLOW_UP} – ${COMPANY}`);
    expect(event?.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    expect(first).toContain(`DTSTART;TZID=Europe/Amsterdam:${inTwoWeeks().iso}T090000`);
    expect(first).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam');
    // One follow-up on its own gives the same event (same UID): re-importing updates it.
    const single = await download(
      page(),
      page().getByRole('button', { name: `In agenda zetten: ${FOLLOW_UP}` }),
      'actie.ics',
    );
    expect(parse(again)[0]?.uid).toBe(event?.uid);
    expect(parse(single).map((e) => e.uid)).toEqual([event?.uid]);

    // "Mijn acties" exports every open dated action at once, with the same UIDs.
    await page()
      .getByRole('link', { name: /Mijn acties/ })
      .click();
    await page().getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor();
    const mine = await download(
      page(),
      page().getByRole('button', { name: 'Alle open acties naar agenda' }),
      'mijn-acties.ics',
    );
    expect(parse(mine).map((e) => e.uid)).toEqual([event?.uid]);
    await page().goto(companyUrl);
    await page().getByRole('heading', { level: 2, name: 'Wie ze zijn' }).waitFor(LONG);
  });

  it('leaves a bezoekverslag behind: PDF and .eml to the contact person, no private note, logged as sent', async () => {
    await page().getByRole('button', { name: 'Bezoekverslag maken' }).click();
    const body = page().getByLabel('Tekst van de brief');
    await body.waitFor(LONG);
    const letter = await body.inputValue();
    expect(letter).toMatch(/^Beste Petra van Wijk,/);
    expect(letter).toContain(FOLLOW_UP);
    expect(letter).toContain('Sanne Adviseur\nLeerWerkLoket Drechtsteden');
    expect(letter).not.toContain('PRIVÉ');
    await body.fill(
      letter.replace(
        'Met vriendelijke groet,',
        'Tot de volgende keer in de bakkerij.\n\nMet vriendelijke groet,',
      ),
    );
    await shot(page(), 'bezoek-05-bezoekverslag');

    const pdf = await printPdf(page(), 'bezoekverslag');
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Verslag van ons gesprek');
    expect(pdf.text).toContain(FOLLOW_UP);
    expect(pdf.text).toContain('Tot de volgende keer in de bakkerij.');
    expect(pdf.text).not.toContain('PRIV');

    const eml = await download(
      page(),
      page().getByRole('button', { name: 'E-mailconcept maken (.eml)' }),
      'bezoekverslag.eml',
    );
    const mail = await PostalMime.parse(eml);
    expect(mail.to).toEqual([{ name: CONTACT, address: EMAIL }]);
    expect(mail.subject).toContain(COMPANY);
    expect(mail.text).toContain('Tot de volgende keer in de bakkerij.');
    expect(mail.text).not.toContain('PRIV');

    await page().getByRole('button', { name: 'Vastleggen als verstuurd' }).click();
    await page().getByText('Vastgelegd als verstuurd in de tijdlijn.').waitFor();
    const sent = (await allRows(page(), 'contactLogs')).filter((l) => l.channel === 'e-mail');
    expect(sent).toHaveLength(1);
    expect(String(sent[0]?.summary)).toMatch(/^Bezoekverslag verstuurd: Verslag van ons gesprek/);
    expect(sent[0]?.visibility).toBe('gedeeld');
  });

  it('shows a status set in the contact dialog on the company page at once', async () => {
    await page().goto(companyUrl);
    await page().getByTestId('visit-status').getByText('In gesprek').waitFor(LONG);
    await page().keyboard.press('Control+L');
    const dialog = page().getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await dialog
      .getByLabel('Samenvatting')
      .fill('Belde terug: de BBL-leerling start in september.');
    await choose(page(), dialog, /Status van het bedrijf bijwerken/, 'Actief met Leren & Werken');
    await page().keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page().getByTestId('visit-status').getByText('Actief met Leren & Werken').waitFor();
    // The editor, opened now, starts from that status too.
    await page()
      .locator('.page-actions')
      .getByRole('button', { name: 'Bewerken', exact: true })
      .click();
    await page()
      .getByRole('button', { name: /^Actief met Leren & Werken/ })
      .first()
      .waitFor();
    await page().getByRole('button', { name: 'Klaar met bewerken' }).click();
    await page().getByRole('heading', { level: 2, name: 'Wie ze zijn' }).waitFor();
  });

  it('adds a zzp-er from Ctrl+L, asking the kind and the gemeente instead of guessing', async () => {
    await page().keyboard.press('Control+L');
    const dialog = page().getByRole('dialog', { name: 'Contactmoment vastleggen' });
    await dialog.getByRole('combobox', { name: 'Bedrijf' }).fill('Stukadoor Bos');
    await page().getByRole('option', { name: 'Nieuw bedrijf: “Stukadoor Bos”' }).click();
    await dialog.getByLabel('Samenvatting').fill('Kennismaking op de bouwplaats.');
    await page().keyboard.press('Control+Enter');
    await dialog.getByText('Kies of het een MKB-bedrijf of een zzp-er is.').waitFor();
    await dialog.getByText('Kies de gemeente van het nieuwe bedrijf.').waitFor();
    // The keyboard way: focus the radio and press Space.
    await dialog.getByRole('radio', { name: 'Zzp-er' }).focus();
    await page().keyboard.press('Space');
    await choose(page(), dialog, /Gemeente van het nieuwe bedrijf/, 'Papendrecht');
    await shot(page(), 'bezoek-06-snelinvoer-zzp');
    await page().keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(async () => (await companyRow(page(), 'Stukadoor Bos'))?.kind, LONG)
      .toBe('zzp');
    expect(await companyRow(page(), 'Stukadoor Bos')).toMatchObject({
      gemeente: 'papendrecht',
      sizeClass: 'zzp',
      status: 'in-gesprek',
    });
  });
});
