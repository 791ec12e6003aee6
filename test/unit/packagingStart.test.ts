import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_CONTENT_SECURITY_POLICY as APP_CSP } from '../../shared/security/csp';
// @ts-expect-error build/serve.mjs is plain JavaScript without type declarations.
import * as serve from '../../build/serve.mjs';
// @ts-expect-error build/startPlan.mjs is plain JavaScript without type declarations.
import * as plan from '../../build/startPlan.mjs';

const { CONTENT_SECURITY_POLICY, isVeldwerkServer, resolveRequestPath, startStaticServer } = serve;

type Server = { url: string; port: number; close: () => Promise<void> };

describe('npm start: decisions', () => {
  it('prefers the installed Electron, then one unpacked in .electron-runtime', () => {
    expect(
      plan.electronCandidates({
        projectRoot: '/p',
        platform: 'linux',
        readPathTxt: () => 'electron',
      }),
    ).toEqual([
      path.join('/p/node_modules/electron/dist/electron'),
      path.join('/p/.electron-runtime/electron'),
    ]);
    expect(
      plan.electronCandidates({ projectRoot: '/p', platform: 'win32', readPathTxt: () => null }),
    ).toEqual([path.join('/p/.electron-runtime/electron.exe')]);
  });

  it('starts Electron when present, browser mode when forced or recently failed, else tries one download', () => {
    expect(
      plan.decideMode({ env: {}, electronBinary: '/e', downloadRecentlyFailed: false }),
    ).toEqual({ mode: 'electron', binary: '/e' });
    expect(
      plan.decideMode({
        env: { VELDWERK_FORCE_BROWSER: '1' },
        electronBinary: '/e',
        downloadRecentlyFailed: false,
      }),
    ).toEqual({
      mode: 'browser',
      reason: 'forced',
    });
    expect(
      plan.decideMode({ env: {}, electronBinary: null, downloadRecentlyFailed: false }),
    ).toEqual({ mode: 'download-then-decide' });
    expect(
      plan.decideMode({ env: {}, electronBinary: null, downloadRecentlyFailed: true }),
    ).toEqual({ mode: 'browser', reason: 'missing' });
    expect(
      plan.decideMode({
        env: { VELDWERK_RETRY_DOWNLOAD: '1' },
        electronBinary: null,
        downloadRecentlyFailed: true,
      }).mode,
    ).toBe('download-then-decide');
    expect(plan.downloadRecentlyFailed(1000, 1000 + plan.DOWNLOAD_RETRY_AFTER_MS - 1)).toBe(true);
    expect(plan.downloadRecentlyFailed(null, 5)).toBe(false);
  });

  it('rebuilds when an output is missing or older than a source', () => {
    expect(plan.isOutdated([null, 5], 1)).toBe(true);
    expect(plan.isOutdated([5, 3], 4)).toBe(true);
    expect(plan.isOutdated([5, 6], 4)).toBe(false);
  });

  it('lets the download run even when CI set the skip flag, and opens the browser unless told not to', () => {
    expect(plan.downloadEnv({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1', PATH: '/bin' })).toEqual({
      PATH: '/bin',
    });
    expect(plan.openCommand('linux', 'http://x/', {})).toEqual({
      command: 'xdg-open',
      args: ['http://x/'],
    });
    expect(plan.openCommand('darwin', 'http://x/', {}).command).toBe('open');
    expect(plan.openCommand('linux', 'http://x/', { VELDWERK_NO_OPEN: '1' })).toBeNull();
    expect(plan.electronArgs({ projectRoot: '/p', isRoot: true })).toEqual(['--no-sandbox', '/p']);
  });

  it('says in one message, Dutch first, why browser mode and where', () => {
    const message: string = plan.browserModeMessage('missing', 'http://127.0.0.1:5178/');
    expect(message).toContain(
      'De Electron-runtime ontbreekt en kan niet worden gedownload (geen verbinding met GitHub). Veldwerk start nu in browsermodus: http://127.0.0.1:5178/',
    );
    expect(message).toContain('The Electron runtime is missing');
    // The offline instruction is given in both languages.
    expect(message).toContain(
      'pak electron-v<versie>-<platform>.zip uit in de map .electron-runtime/',
    );
    expect(message).toContain('unpack electron-v<version>-<platform>.zip into .electron-runtime/');
  });

  it('opens a Veldwerk already on the port, and otherwise names the busy port and stops', () => {
    const url = 'http://127.0.0.1:5178/';
    const existing = plan.portBusyPlan({ port: 5178, url, isVeldwerk: true });
    expect(existing.action).toBe('open-existing');
    expect(existing.message).toContain('Veldwerk draait al op http://127.0.0.1:5178/');
    expect(existing.message).toContain('Veldwerk is already running');
    const other = plan.portBusyPlan({ port: 5178, url, isVeldwerk: false });
    expect(other.action).toBe('stop');
    expect(other.message).toContain('Poort 5178 is bezet');
    expect(other.message).toContain('Port 5178 is in use');
  });
});

describe('browser-mode server (build/serve.mjs)', () => {
  let base: string;
  let root: string;
  let server: Server;

  beforeAll(async () => {
    base = await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-serve-'));
    root = path.join(base, 'renderer');
    await fs.mkdir(path.join(root, 'assets'), { recursive: true });
    await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Veldwerk</title>');
    await fs.writeFile(path.join(root, 'assets', 'app.js'), 'export {}');
    await fs.writeFile(path.join(base, 'geheim.txt'), 'geheim');
    await fs.symlink(path.join(base, 'geheim.txt'), path.join(root, 'link.txt'));
    server = await startStaticServer({ root, port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await server.close();
    await fs.rm(base, { recursive: true, force: true });
  });

  it('sends the browser-mode CSP of shared/security/csp.ts', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(APP_CSP);
  });

  it('serves files with their MIME type and the CSP header', async () => {
    const response = await fetch(`${server.url}assets/app.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it('answers routes and folders with index.html, never with a listing', async () => {
    for (const route of ['', 'bedrijven/123', 'assets/']) {
      const response = await fetch(`${server.url}${route}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Veldwerk</title>');
    }
    expect((await fetch(`${server.url}assets/ontbreekt.js`)).status).toBe(404);
  });

  it('never serves files outside the root', async () => {
    for (const attempt of [
      '..%2fgeheim.txt',
      '%2e%2e/geheim.txt',
      'assets/..%5c..%5cgeheim.txt',
      'link.txt',
    ]) {
      const response = await fetch(`${server.url}${attempt}`);
      expect(await response.text()).not.toContain('geheim');
    }
    // URL parsing already folds `..` and `%2e%2e`; whatever comes out stays under the root.
    expect(resolveRequestPath(root, '/../../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveRequestPath(root, '/%2e%2e/geheim.txt')).toBe(path.join(root, 'geheim.txt'));
    expect(resolveRequestPath(root, '/..%2f..%2fgeheim.txt')).toBeNull();
    expect(resolveRequestPath(root, '/a%00.js')).toBeNull();
  });

  it('never moves to another port when the asked one is taken, and recognises itself there', async () => {
    await expect(
      startStaticServer({ root, port: server.port, host: '127.0.0.1' }),
    ).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
    expect(await isVeldwerkServer(server.url)).toBe(true);
    const http = await import('node:http');
    const other = http.createServer((_req, res) => res.end('ander programma'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const address = other.address() as { port: number };
      expect(await isVeldwerkServer(`http://127.0.0.1:${address.port}/`)).toBe(false);
      expect(await isVeldwerkServer('http://127.0.0.1:1/')).toBe(false);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
