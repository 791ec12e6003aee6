import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
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
import { appPdfOptions } from './pdf';

const PDF_DIR = join(OUTPUT, 'pdf');
const COMPANY = 'Installatiebedrijf Van Dam';

/** A question container on the interview screen, found by its stable key. */
const q = (page: Page, key: string) => page.locator(`#q-${key}`);
const choose = (page: Page, key: string, label: string) =>
  q(page, key).getByText(label, { exact: true }).click();

/** A screenshot of what the advisor sees (the viewport), for dialogs and focused questions. */
async function view(page: Page, name: string): Promise<void> {
  const dir = join(OUTPUT, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

async function focusedQuestion(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('.q')?.id ?? null);
}

/**
 * Print the current page to PDF, then read its text and render the pages. By default with the
 * desktop app's own print options (footer included); `browser: true` prints as a plain browser
 * tab does, without Chromium's footer.
 */
async function printToPdf(
  page: Page,
  name: string,
  { browser = false } = {},
): Promise<{ text: string; pages: number }> {
  mkdirSync(PDF_DIR, { recursive: true });
  const file = join(PDF_DIR, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({
    path: file,
    ...(browser ? { format: 'A4', preferCSSPageSize: true, printBackground: true } : appPdfOptions()),
  });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0,
  );
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', file, join(PDF_DIR, name)]);
  return { text, pages };
}

describe('gesprekken', () => {
  const profileDir = newProfileDir();
  let app: App | undefined;
  let interviewUrl = '';
  const page = () => app!.page;
  afterAll(async () => {
    if (app) await closeApp(app);
  });

  it('starts an interview with a company created on the spot and follows its branches', async () => {
    app = await launchApp(profileDir, '/gesprekken');
    await completeFirstRun(page());
    await page().getByRole('heading', { level: 1, name: 'Gesprekken' }).waitFor();
    await page().getByRole('button', { name: 'Gesprek starten' }).click();
    const dialog = page().getByRole('dialog', { name: 'Gesprek starten' });
    await dialog.getByText('Nieuw bedrijf', { exact: true }).click();
    await dialog.getByLabel('Naam van het bedrijf of de zzp-er').fill(COMPANY);
    await dialog.getByText('Bedrijven die al actief zijn met Leren en Werken (versie 2)').click();
    await view(page(), 'gesprekken-01-starten');
    await dialog.getByRole('button', { name: 'Gesprek starten' }).click();
    await page().getByRole('heading', { level: 1, name: COMPANY }).waitFor();
    interviewUrl = page().url().split('#')[1]!;
    expect(interviewUrl).toMatch(/^\/gesprekken\/[0-9a-f-]{36}$/);

    await q(page(), 'resp_functie').getByRole('textbox').fill('Eigenaar');
    await q(page(), 'bedrijf_medewerkers').getByRole('textbox').fill('12');

    // "Zo ja": the bpv follow-ups appear, the "Zo nee" ones stay away.
    expect(await q(page(), 'bpv_ja_hoelang').count()).toBe(0);
    await choose(page(), 'bpv_ervaring', 'Ja');
    await q(page(), 'bpv_ja_hoelang').waitFor();
    expect(await q(page(), 'bpv_nee_waarom').count()).toBe(0);
    await choose(page(), 'bpv_ja_soort', 'BBL (beroepsbegeleidende leerweg)');
    await q(page(), 'bpv_ja_goed')
      .getByRole('textbox')
      .fill('De leerling draait goed mee in de werkplaats.');

    // "Zo nee" on EVC: the other branch.
    await choose(page(), 'evc_ervaring', 'Nee');
    await q(page(), 'evc_nee_waarom').waitFor();
    expect(await q(page(), 'evc_ja_hoelang').count()).toBe(0);
    await page()
      .getByText(/Opgeslagen om \d\d:\d\d/)
      .waitFor();
    await screenshot(page(), 'gesprekken-02-vertakkingen');
  });

  it('keeps every answer over a reload and a restart, and offers to resume', async () => {
    // Typed and reloaded at once: the pagehide flush must save it.
    await q(page(), 'evc_nee_waarom')
      .getByRole('textbox')
      .fill('Nooit van gehoord; klinkt nuttig.');
    await page().reload();
    await page().getByText('Hervatten?').waitFor();
    await view(page(), 'gesprekken-03-hervatten');
    await page().getByRole('button', { name: 'Hervatten' }).click();
    expect(await q(page(), 'evc_nee_waarom').getByRole('textbox').inputValue()).toBe(
      'Nooit van gehoord; klinkt nuttig.',
    );
    expect(await q(page(), 'resp_functie').getByRole('textbox').inputValue()).toBe('Eigenaar');

    await app!.context.close();
    app = await launchApp(profileDir, interviewUrl);
    await page().getByText('Hervatten?').waitFor();
    expect(await q(page(), 'bpv_ja_goed').getByRole('textbox').inputValue()).toBe(
      'De leerling draait goed mee in de werkplaats.',
    );
    expect(await q(page(), 'bedrijf_medewerkers').getByRole('textbox').inputValue()).toBe('12');
    expect(
      await q(page(), 'bpv_ja_soort')
        .getByRole('checkbox', { name: 'BBL (beroepsbegeleidende leerweg)' })
        .isChecked(),
    ).toBe(true);
  });

  it('"Controleer" jumps to the first open required question', async () => {
    await page().getByRole('button', { name: 'Controleer' }).first().click();
    await expect.poll(() => focusedQuestion(page())).toBe('q-stage_ervaring');
    await q(page(), 'stage_ervaring').getByText('Deze vraag moet nog beantwoord worden.').waitFor();
    await view(page(), 'gesprekken-04-controleer');
    await choose(page(), 'stage_ervaring', 'Nee');
    await choose(page(), 'kort_ervaring', 'Nee');
    await page().getByRole('button', { name: 'Controleer' }).first().click();
    await page().getByText('Alle verplichte vragen zijn beantwoord.').waitFor();
  });

  it('finishes the interview: contactmoment in the same step, facts copied only when ticked', async () => {
    await page().getByRole('button', { name: 'Afronden' }).first().click();
    const finish = page().getByRole('dialog', { name: 'Gesprek afronden' });
    await finish.getByText(/Doet al aan: .*Bpv \(BBL\)/).waitFor();
    await finish.getByRole('button', { name: 'Afronden' }).click();
    const facts = page().getByRole('dialog', { name: 'Gegevens overnemen in het bedrijf' });
    await facts.getByRole('rowheader', { name: 'Aantal medewerkers' }).waitFor();
    await view(page(), 'gesprekken-05-gegevens-overnemen');
    await facts.getByRole('button', { name: 'Aangevinkte gegevens overnemen' }).click();
    // Afronden ends on the company's reading view; the interview keeps its contactmoment.
    await page()
      .getByText(/gegevens? overgenomen in het bedrijf/)
      .waitFor();
    await page().goto(`${app!.baseUrl}/#${interviewUrl}`);
    await page()
      .getByRole('heading', { name: /Contactmoment: Bedrijfsbezoek/ })
      .waitFor();
    expect(await page().getByText('Eigenaar').first().isVisible()).toBe(true);
    await view(page(), 'gesprekken-06-afgerond');

    const stored = await page().evaluate(async (id) => {
      const open = indexedDB.open('veldwerk');
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const get = (store: string, key: string) =>
        new Promise<Record<string, unknown>>((res) => {
          const r = db.transaction(store).objectStore(store).get(key);
          r.onsuccess = () => res(r.result as Record<string, unknown>);
        });
      const interview = await get('interviews', id);
      const log = await get('contactLogs', String(interview.contactLogId));
      const company = await get('companies', String(interview.companyId));
      db.close();
      return {
        companyId: String(interview.companyId),
        status: interview.status,
        channel: log?.channel,
        logInterview: log?.interviewId,
        employees: company?.employees,
        activities: company?.activities,
      };
    }, interviewUrl.split('/').pop()!);
    expect(stored).toMatchObject({
      status: 'afgerond',
      channel: 'bedrijfsbezoek',
      logInterview: interviewUrl.split('/').pop(),
      employees: 12,
    });
    expect(stored.activities).toMatchObject({ bpvBbl: 'in-gebruik', evc: 'niet' });

    // The company page lists the interview; the contactmoment shows among the contactmomenten.
    await page().goto(`${app!.baseUrl}/#/portefeuille/${stored.companyId}`);
    const panel = page().getByRole('region', { name: 'Gesprekken', exact: true });
    await panel
      .getByRole('link', { name: 'Bedrijven die al actief zijn met Leren en Werken' })
      .waitFor();
    expect(await panel.getByText('Afgerond').isVisible()).toBe(true);
    await page().goto(`${app!.baseUrl}/#/contactmomenten`);
    await page().getByText(COMPANY).first().waitFor();
    await view(page(), 'gesprekken-06b-contactmomenten');
  });

  it('prints the blank guide on A4 with page numbers and follow-ups under "Zo ja"', async () => {
    await page().goto(`${app!.baseUrl}/#/gesprekken/handleidingen`);
    await page().getByRole('heading', { level: 1, name: 'Gesprekshandleidingen' }).waitFor();
    await screenshot(page(), 'gesprekken-07-handleidingen');
    await page()
      .getByRole('link', {
        name: 'Blanco afdrukken: Bedrijven die al actief zijn met Leren en Werken versie 2',
      })
      .click();
    await page().locator('.print-doc').waitFor();
    const { text, pages } = await printToPdf(page(), 'blanco-mkb-actief');
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain('Bedrijven die al actief zijn met Leren en Werken');
    expect(text).toContain('Versie 2');
    expect(text).toMatch(/Interviewer:/);
    expect(text).toContain('Wat is uw functie binnen uw bedrijf?');
    expect(text).toContain('Zo ja →');
    expect(text).toContain('Zo nee →');
    // A follow-up says when to ask it, also down a chain ("Functie 2" only after "Functie 1").
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      'Alleen als: „Waar is uw bedrijf gevestigd?” is beantwoord met „Buiten de regio”',
    );
    expect(flat).toContain('Alleen als: „Functie 1: naam” is ingevuld');
    const paper = await page().evaluate(() => {
      const mm = (px: number) => (px * 25.4) / 96;
      const lines = [...document.querySelectorAll('.p-lines .p-line')].map((l) =>
        mm(l.getBoundingClientRect().height),
      );
      const yesNo = [...document.querySelectorAll('.p-inline .p-box')];
      const indents = new Set(
        [...document.querySelectorAll('.p-item')].map((i) => getComputedStyle(i).marginLeft),
      );
      return {
        minLine: Math.min(...lines),
        yesNoAllRound: yesNo.every((b) => b.classList.contains('p-box-round')),
        singleRound: document.querySelectorAll('.p-cols-1 .p-box-round, .p-cols-2 .p-box-round')
          .length,
        indents: indents.size,
      };
    });
    expect(paper.minLine).toBeGreaterThanOrEqual(8);
    expect(paper.yesNoAllRound).toBe(true);
    expect(paper.singleRound).toBeGreaterThan(0);
    expect(paper.indents).toBeLessThanOrEqual(2); // not indented, or one level
    expect(text).toContain(`Pagina 1 van ${pages}`);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);

    // Browser mode prints with the page's own numbers (CSS margin boxes), switched on by the
    // print buttons; here switched on by hand, without Chromium's footer.
    await page().evaluate(() =>
      document.documentElement.setAttribute('data-print-page-numbers', ''),
    );
    const own = await printToPdf(page(), 'blanco-eigen-paginanummers', { browser: true });
    expect(own.text).toContain(`Pagina 1 van ${own.pages}`);
    await page().evaluate(() =>
      document.documentElement.removeAttribute('data-print-page-numbers'),
    );
  });

  it('prints the filled interview with its answers, only the relevant questions unless asked', async () => {
    await page().goto(`${app!.baseUrl}/#${interviewUrl}/afdrukken`);
    await page().locator('.print-doc').waitFor();
    const filled = await printToPdf(page(), 'ingevuld-mkb-actief');
    expect(filled.text).toContain(COMPANY);
    expect(filled.text).toContain('Eigenaar');
    expect(filled.text).toContain('De leerling draait goed mee in de werkplaats.');
    expect(filled.text).toContain('Nooit van gehoord; klinkt nuttig.');
    expect(filled.text).toContain(`Pagina 1 van ${filled.pages}`);
    // The EVC "Zo ja" branch did not apply and is left out.
    expect(filled.text.match(/Hoe lang heeft u hier al ervaring mee\?/g)).toHaveLength(1);
    // Chosen options are marked boldly: a solid mark and a bold label.
    const chosen = page().locator('.p-choice.is-chosen', {
      hasText: 'BBL (beroepsbegeleidende leerweg)',
    });
    expect(await chosen.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
    expect(
      await chosen.locator('.p-box').evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(0, 0, 0)');

    await page().getByText('Alle vragen (ook die niet van toepassing waren)').click();
    const all = await printToPdf(page(), 'ingevuld-alle-vragen');
    expect(all.text).toContain('niet van toepassing');
    expect(all.pages).toBeGreaterThan(filled.pages);
  });

  it('exports the answers of every interview held with a guide to CSV', async () => {
    await page().goto(`${app!.baseUrl}/#/gesprekken/handleidingen`);
    const card = page().getByRole('region', {
      name: 'Bedrijven die al actief zijn met Leren en Werken',
    });
    const [download] = await Promise.all([
      page().waitForEvent('download'),
      card.getByRole('button', { name: 'Antwoorden exporteren (CSV)' }).click(),
    ]);
    const file = join(OUTPUT, 'export-mkb-actief.csv');
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain('Wat is uw functie binnen uw bedrijf?');
    expect(csv).toContain(COMPANY);
    expect(csv).toContain('Eigenaar');
    expect(csv).not.toContain('OUDE TEKST');

    const [xlsx] = await Promise.all([
      page().waitForEvent('download'),
      card.getByRole('button', { name: 'Antwoorden exporteren (Excel)' }).click(),
    ]);
    const xlsxFile = join(OUTPUT, 'export-mkb-actief.xlsx');
    await xlsx.saveAs(xlsxFile);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(readFileSync(xlsxFile).subarray(0, 2).toString('latin1')).toBe('PK');
    await page().getByText('1 gesprek geëxporteerd.').waitFor();
  });

  it('edits a used guide as a new version; the held interview keeps its own version', async () => {
    await page()
      .getByRole('link', {
        name: 'Bekijken: Bedrijven die al actief zijn met Leren en Werken versie 2',
      })
      .click();
    await page().getByText('verandert niet meer').waitFor();
    await page().getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await page().getByText('Concept van versie 3').waitFor();
    const first = page().getByRole('region', { name: /^1\. / });
    await first.getByRole('button', { name: 'Toevoegen' }).click();
    await first.getByRole('button', { name: 'Bewerken: Nieuwe vraag' }).click();
    await first.getByLabel('Vraag', { exact: true }).fill('Heeft u een eigen opleidingsbudget?');
    await first
      .getByRole('button', { name: 'Omhoog: Heeft u een eigen opleidingsbudget?' })
      .click();
    await view(page(), 'gesprekken-08-editor');
    await page().getByRole('button', { name: 'Voorbeeld' }).click();
    await page().locator('#voorbeeld-q-vraag').waitFor();
    await page().getByRole('button', { name: 'Publiceren' }).click();
    await page().getByText('Versie 3 is gepubliceerd').waitFor();

    await page().goto(`${app!.baseUrl}/#${interviewUrl}`);
    await page().getByText('Bedrijven die al actief zijn met Leren en Werken · versie 2').waitFor();
    expect(await page().getByText('Heeft u een eigen opleidingsbudget?').count()).toBe(0);
  });
});
