import { readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeApp,
  completeFirstRun,
  launchApp,
  newProfileDir,
  screenshot,
  type App,
} from './browser';
import { startDavServer, type DavServer } from '../setup/davServers';

/**
 * Two app instances (separate Chromium profiles, browser mode) synchronising through a real
 * WebDAV server: `rclone serve webdav` on 127.0.0.1. The app is served from another port, so
 * the browser needs CORS, which rclone 1.60 cannot send; a small proxy in front of rclone adds
 * the headers, as a Nextcloud or Apache admin would configure for browser mode.
 */

const LONG = { timeout: 60_000 };
const USER = 'team';
const PASS = 'dav-wachtwoord';
const PASSPHRASE = 'vier losse woorden als teamwachtwoord';

let rclone: DavServer;
let proxy: http.Server;
let davDir: string;
let davUrl: string;

/** CORS in front of rclone; keeps the Host header so rclone accepts MOVE's Destination. */
function corsProxy(targetPort: number): http.Server {
  return http.createServer((req, res) => {
    const cors = {
      'Access-Control-Allow-Origin': req.headers.origin ?? '*',
      'Access-Control-Allow-Methods': 'GET, PUT, DELETE, OPTIONS, PROPFIND, MKCOL, MOVE',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, Depth, Destination, Overwrite',
      'Access-Control-Max-Age': '600',
    };
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.writeHead(204, cors).end();
      return;
    }
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: targetPort,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...cors });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502, cors).end());
    req.pipe(upstream);
  });
}

function allBytes(dir: string): string {
  let out = '';
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    out += statSync(full).isDirectory() ? allBytes(full) : readFileSync(full).toString('latin1');
  }
  return out;
}

async function configureWebdav(page: Page): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/synchronisatie`);
  await page.getByRole('heading', { level: 1, name: 'Synchronisatie' }).waitFor();
  await page
    .getByText('In de browserversie bewaart Veldwerk het wachtwoord alleen')
    .first()
    .waitFor();
  await page.getByLabel('Adres van de WebDAV-map').fill(davUrl);
  await page.getByLabel('Gebruikersnaam').fill(USER);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASS);
  await page
    .getByRole('checkbox', { name: 'Versleutelen met een teamwachtwoord' })
    .check({ force: true });
  await page.getByRole('textbox', { name: 'Teamwachtwoord' }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Verbinding testen' }).click();
  await page.getByText(/Verbinding werkt/).waitFor(LONG);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Instellingen opgeslagen.').waitFor(LONG);
  await page.locator('[data-testid="sync-last-round"]').waitFor(LONG);
  await idle(page);
}

async function idle(page: Page): Promise<void> {
  await page.locator('[data-testid="sync-indicator"][data-running="nee"]').waitFor(LONG);
}

/** Press "Nu synchroniseren" and wait until a new report is stored. */
async function syncNow(page: Page): Promise<string> {
  await page.goto(`${page.url().split('#')[0]}#/synchronisatie`);
  const round = page.locator('[data-testid="sync-last-round"]');
  const before = (await round.count()) > 0 ? await round.getAttribute('data-at') : null;
  await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
  await page.waitForFunction(
    (prev) => {
      const at = document.querySelector('[data-testid="sync-last-round"]')?.getAttribute('data-at');
      return at !== undefined && at !== null && at !== prev;
    },
    before,
    LONG,
  );
  await idle(page);
  return (await round.textContent()) ?? '';
}

async function editNotes(page: Page, companyId: string, text: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/portefeuille/${companyId}?weergave=bewerken`);
  await page.getByRole('form', { name: 'Bedrijfsgegevens bewerken' }).waitFor(LONG);
  await page.getByLabel('Notities').fill(text);
  await page.getByText('Opgeslagen', { exact: true }).waitFor(LONG);
}

describe('synchronisation between two app instances over WebDAV', () => {
  let a: App;
  let b: App;

  beforeAll(async () => {
    // The harness waits until the server answers, and fails with the apt command when rclone is missing.
    rclone = await startDavServer('rclone', { user: USER, password: PASS });
    davDir = rclone.dir;
    proxy = corsProxy(Number(new URL(rclone.origin).port));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const address = proxy.address();
    davUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/veldwerk/`;
    a = await launchApp(newProfileDir(), '/portefeuille');
    b = await launchApp(newProfileDir(), '/portefeuille');
    await completeFirstRun(a.page, 'Sanne de Wit', 'LeerWerkLoket Drechtsteden');
    await completeFirstRun(b.page, 'Bram Verhoeven', 'Baanbrekend Drechtsteden');
  });

  afterAll(async () => {
    await Promise.all([a && closeApp(a), b && closeApp(b)]);
    await new Promise((r) => proxy?.close(r));
    await rclone?.stop();
  });

  let companyId = '';

  it('creates a company on A and shows it on B, with only ciphertext on the server', async () => {
    await a.page.getByRole('heading', { level: 1, name: 'Portefeuille' }).waitFor(LONG);
    await a.page.getByRole('button', { name: 'Bedrijf toevoegen' }).first().click();
    await a.page.getByLabel('Handelsnaam').fill('Bakkerij Pietersen');
    await a.page.getByRole('button', { name: 'Toevoegen en openen' }).click();
    await a.page.getByRole('form', { name: 'Bedrijfsgegevens bewerken' }).waitFor(LONG);
    companyId = a.page.url().split('/portefeuille/')[1]!.split('?')[0]!;
    expect(companyId).toMatch(/^[0-9a-f-]{36}$/);

    await configureWebdav(a.page);
    expect(await a.page.locator('[data-testid="sync-last-round"]').textContent()).toContain(
      'gelukt',
    );
    await configureWebdav(b.page);
    await b.page.getByText('Sanne de Wit (LWL)').waitFor(LONG);
    await screenshot(b.page, 'synchronisatie');

    await b.page.goto(`${b.baseUrl}/#/portefeuille/${companyId}?weergave=bewerken`);
    await expect
      .poll(() => b.page.getByLabel('Handelsnaam').inputValue(), LONG)
      .toBe('Bakkerij Pietersen');

    const onServer = allBytes(davDir);
    expect(onServer).toContain('VWENC1');
    for (const secret of ['Pietersen', 'Sanne', 'Verhoeven', 'de Wit'])
      expect(onServer).not.toContain(secret);
  });

  it('keeps both values when A and B edit the same field offline, and shows the conflict', async () => {
    await editNotes(a.page, companyId, 'Wil in september een BBL-leerling.');
    await editNotes(b.page, companyId, 'Belt terug na de zomer.');
    expect(await syncNow(a.page)).toContain('gelukt');
    expect(await syncNow(b.page)).toContain('gelukt');
    expect(await syncNow(a.page)).toContain('gelukt');

    for (const app of [a, b]) {
      await app.page.goto(`${app.baseUrl}/#/synchronisatie/conflicten`);
      const card = app.page.getByRole('article', { name: /Bakkerij Pietersen: Notities/ });
      await card.waitFor(LONG);
      await card.getByText('Wil in september een BBL-leerling.').waitFor();
      await card.getByText('Belt terug na de zomer.').waitFor();
    }
    await b.page.getByText('1 conflict').first().waitFor();
    await screenshot(b.page, 'conflicten');

    // B merges both texts; the merge is an ordinary edit that reaches A.
    const card = b.page.getByRole('article', { name: /Bakkerij Pietersen: Notities/ });
    await card.getByRole('button', { name: 'Samenvoegen' }).click();
    await card
      .getByLabel('Samengevoegde tekst')
      .fill('Belt terug na de zomer; wil in september een BBL-leerling.');
    await card.getByRole('button', { name: 'Samengevoegde tekst opslaan' }).click();
    await b.page.getByText('Er zijn geen open conflicten.').waitFor(LONG);
    await syncNow(b.page);
    await syncNow(a.page);
    await a.page.goto(`${a.baseUrl}/#/portefeuille/${companyId}?weergave=bewerken`);
    await expect
      .poll(() => a.page.getByLabel('Notities').inputValue(), LONG)
      .toBe('Belt terug na de zomer; wil in september een BBL-leerling.');
  });
});
