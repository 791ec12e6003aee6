import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const OUTPUT = resolve(import.meta.dirname, '../../test-output');

export type App = { context: BrowserContext; page: Page; profileDir: string; baseUrl: string };

/** A fresh persistent Chromium profile directory (IndexedDB survives a restart within it). */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'veldwerk-e2e-'));
}

export async function launchApp(profileDir = newProfileDir(), path = '/'): Promise<App> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (err) => console.error(`[pagina-fout] ${err.message}`));
  const baseUrl = inject('baseUrl').replace(/\/$/, '');
  await page.goto(`${baseUrl}/#${path}`);
  return { context, page, profileDir, baseUrl };
}

export async function closeApp(app: App, { keepProfile = false } = {}): Promise<void> {
  await app.context.close();
  if (!keepProfile) rmSync(app.profileDir, { recursive: true, force: true });
}

/** Save a full-page screenshot under test-output/screenshots for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(OUTPUT, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  // The sidebar is sticky: at the top of the page it shows where it would for a person.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Complete the first-run dialog as a new advisor would. */
export async function completeFirstRun(
  page: Page,
  name = 'Sanne Adviseur',
  organisation: 'LeerWerkLoket Drechtsteden' | 'Baanbrekend Drechtsteden' = 'LeerWerkLoket Drechtsteden',
): Promise<void> {
  await page.getByRole('heading', { name: 'Welkom bij Veldwerk' }).waitFor();
  await page.getByLabel('Uw naam').fill(name);
  await page.getByRole('radio', { name: organisation }).check({ force: true });
  await page.getByRole('button', { name: 'Aan de slag' }).click();
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).waitFor();
}

/**
 * A Chromium we start ourselves, so a test can kill it like a power cut (SIGKILL, no clean
 * shutdown) and start it again on the same profile. Playwright attaches over CDP.
 */
export type KillableApp = App & { kill: () => Promise<void> };

export async function launchKillableApp(profileDir: string, path = '/'): Promise<KillableApp> {
  const { spawn } = await import('node:child_process');
  const child = spawn(
    CHROMIUM,
    [...CHROMIUM_ARGS, `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', '--window-size=1366,768', 'about:blank'],
    // Its own process group, so the kill takes the renderer and GPU processes down with it.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const wsEndpoint = await new Promise<string>((resolveWs, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`Chromium startte niet: ${buffer}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolveWs(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium stopte (${code}): ${buffer}`)));
  });
  const browser = await chromium.connectOverCDP(wsEndpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (err) => console.error(`[pagina-fout] ${err.message}`));
  const baseUrl = inject('baseUrl').replace(/\/$/, '');
  await page.goto(`${baseUrl}/#${path}`);
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
  };
  return { context, page, profileDir, baseUrl, kill };
}
