import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import Module, { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcContract } from '../shared/ipc/contract';

/**
 * Builds main.cjs and preload.cjs exactly as `npm run build:electron` does (into a temp folder)
 * and runs them against a recording stand-in for the `electron` module: proof that the bundles
 * load, wire every channel and open the window on app://veldwerk, without the Electron binary.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
let out: string;

type Call = { what: string; args: unknown[] };

function fakeElectron(calls: Call[]) {
  const record =
    (what: string, result?: unknown) =>
    (...args: unknown[]) => {
      calls.push({ what, args });
      return result;
    };
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  class BrowserWindow {
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    webContents = { id: 1 };
    constructor(options: unknown) {
      calls.push({ what: 'BrowserWindow', args: [options] });
    }
    once = record('window.once');
    on = record('window.on');
    isDestroyed = () => false;
    loadURL = (url: string) => (calls.push({ what: 'loadURL', args: [url] }), Promise.resolve());
  }
  const electron = {
    app: {
      enableSandbox: record('enableSandbox'),
      commandLine: { appendSwitch: record('appendSwitch') },
      requestSingleInstanceLock: () => true,
      on: record('app.on'),
      quit: record('quit'),
      whenReady: () => whenReady,
      isReady: () => true,
      isPackaged: false,
      getPath: (name: string) => path.join(out, 'paths', name),
      getVersion: () => '0.1.0',
    },
    protocol: {
      registerSchemesAsPrivileged: record('registerSchemesAsPrivileged'),
      handle: record('protocol.handle'),
    },
    session: {
      defaultSession: {
        availableSpellCheckerLanguages: ['en-US', 'nl'],
        setSpellCheckerLanguages: record('setSpellCheckerLanguages'),
        setSpellCheckerDictionaryDownloadURL: record('setSpellCheckerDictionaryDownloadURL'),
      },
    },
    ipcMain: { handle: record('ipcMain.handle') },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: record('setApplicationMenu'),
    },
    BrowserWindow,
    dialog: {},
    shell: {},
    safeStorage: {},
    contextBridge: { exposeInMainWorld: record('exposeInMainWorld') },
    ipcRenderer: {
      invoke: (channel: string, request: unknown) => Promise.resolve({ channel, request }),
    },
  };
  return { electron, ready };
}

/** Load a CommonJS bundle with `require('electron')` answered by the stand-in. */
function loadWithFakeElectron(file: string, electron: unknown): void {
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })
    ._load;
  const original = load;
  (Module as unknown as { _load: typeof load })._load = (request, ...rest) =>
    request === 'electron' ? electron : original(request, ...rest);
  try {
    createRequire(import.meta.url)(file);
  } finally {
    (Module as unknown as { _load: typeof load })._load = original;
  }
}

beforeAll(async () => {
  out = await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-bundle-'));
  for (const config of ['vite.config.ts', 'vite.preload.config.ts']) {
    await build({
      configFile: path.join(here, config),
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: false },
    });
  }
}, 60_000);

afterAll(() => fs.rm(out, { recursive: true, force: true }));

describe('electron bundles', () => {
  it('main.cjs requires only electron and Node built-ins (zod and shared/ are bundled)', async () => {
    const code = await fs.readFile(path.join(out, 'main.cjs'), 'utf8');
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required).toContain('electron');
    const builtins = new Set(builtinModules);
    expect(
      required.filter((r) => r !== 'electron' && !r?.startsWith('node:') && !builtins.has(r ?? '')),
    ).toEqual([]);
    // No require of a computed name that could reach into node_modules at run time.
    expect(code).not.toMatch(/require\((?!["'])/);
    expect(code).not.toContain('import.meta');
  });

  it('preload.cjs is one file whose only require is electron', async () => {
    const code = await fs.readFile(path.join(out, 'preload.cjs'), 'utf8');
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
  });

  it('main.cjs wires the protocol, every IPC channel, the menu and a secure window', async () => {
    const calls: Call[] = [];
    const { electron, ready } = fakeElectron(calls);
    loadWithFakeElectron(path.join(out, 'main.cjs'), electron);
    expect(calls.find((c) => c.what === 'registerSchemesAsPrivileged')?.args[0]).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    expect(calls.some((c) => c.what === 'enableSandbox')).toBe(true);
    expect(calls).toContainEqual({ what: 'appendSwitch', args: ['lang', 'nl-NL'] });
    ready();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.find((c) => c.what === 'protocol.handle')?.args[0]).toBe('app');
    const channels = calls.filter((c) => c.what === 'ipcMain.handle').map((c) => c.args[0]);
    expect(channels.sort()).toEqual(Object.keys(ipcContract).sort());
    const window = calls.find((c) => c.what === 'BrowserWindow')?.args[0] as {
      webPreferences: Record<string, unknown>;
    };
    expect(window.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window.webPreferences.preload).toBe(path.join(out, 'preload.cjs'));
    expect(calls.find((c) => c.what === 'loadURL')?.args[0]).toBe('app://veldwerk/index.html');
    // Spellcheck never downloads from a third party (Linux here: the URL points into the app).
    expect(calls.find((c) => c.what === 'setSpellCheckerDictionaryDownloadURL')?.args[0]).toBe(
      'app://veldwerk/dictionaries/',
    );
    expect(calls).toContainEqual({ what: 'setSpellCheckerLanguages', args: [['nl']] });
    // Help → Logboek openen is in the menu the app sets.
    const menu = calls.find((c) => c.what === 'setApplicationMenu')?.args[0] as {
      label?: string;
      submenu?: { label?: string }[];
    }[];
    expect(menu.find((m) => m.label === 'Help')?.submenu?.map((i) => i.label)).toContain(
      'Logboek openen',
    );
  });

  it('preload.cjs exposes window.veldwerk with one function a channel, each invoking its own channel', async () => {
    const calls: Call[] = [];
    const { electron } = fakeElectron(calls);
    loadWithFakeElectron(path.join(out, 'preload.cjs'), electron);
    const exposed = calls.find((c) => c.what === 'exposeInMainWorld');
    expect(exposed?.args[0]).toBe('veldwerk');
    const api = exposed?.args[1] as Record<
      string,
      Record<string, (req?: unknown) => Promise<{ channel: string }>>
    >;
    const seen: string[] = [];
    for (const [group, fns] of Object.entries(api)) {
      for (const [name, fn] of Object.entries(fns)) {
        const { channel } = await fn({});
        expect(channel.split(':')[0]).toBe(group);
        expect(channel.split(':')[1]).toBe(name);
        seen.push(channel);
      }
    }
    expect(seen.sort()).toEqual(Object.keys(ipcContract).sort());
    expect(JSON.stringify(Object.keys(api))).not.toContain('invoke');
  });
});
