import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import log from 'electron-log/node';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ipcContract } from '../shared/ipc/contract';
import {
  backupDirOf,
  createHandlers,
  type HandlerContext,
  type HandlerDeps,
} from './handlers/createHandlers';
import { printDialog, printToPdf } from './handlers/print';
import { createIpcDispatcher, handleAll, type IpcSender } from './ipc';
import { configureMainLog, describeError, installMainErrorHandlers, logsDirOf } from './logging';
import { PRIVACY_ROUTE, buildMenuTemplate } from './menu';
import { nl } from '../shared/i18n/nl/desktop';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { APP_SCHEME, APP_START_URL } from './security';
import { configureSpellcheck } from './spellcheck';
import { createMainWindowOptions, hardenWebContents, type HardenDeps } from './window';

/*
 * Wiring only: every decision lives in a module that is tested without Electron.
 * Bundled to dist/electron/main.cjs; the renderer is in dist/renderer, the preload beside us.
 */

const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;

// The log goes to <userData>/logs from the first line on; unexpected errors end up there.
const logsDir = logsDirOf(app.getPath('userData'));
configureMainLog(log, {
  dir: logsDir,
  home: os.homedir(),
  userData: app.getPath('userData'),
  console: !app.isPackaged,
});
installMainErrorHandlers(process, log);

const hardenDeps: HardenDeps = {
  openExternal: (url) => shell.openExternal(url),
  // The scheme and host only: a refused URL's path or query could name a company or person.
  onBlocked: (what, url) =>
    log.warn(`blocked ${what}`, url.replace(/^([a-z][\w+.-]*:\/*[^/?#]*).*$/i, '$1')),
};

function parentWindow(): BrowserWindow | undefined {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
}

function handlerDeps(): HandlerDeps {
  const userData = app.getPath('userData');
  return {
    fs,
    userData,
    safeStorage,
    app: {
      version: app.getVersion(),
      platform: process.platform,
      electronVersion: process.versions.electron ?? '',
      paths: { userData, backups: backupDirOf(userData), logs: logsDir },
      openExternal: (url) => shell.openExternal(url),
    },
    // Node's fetch: tested against real servers in electron/handlers/webdav.test.ts.
    fetch: (url, init) => fetch(url, init),
    confirmServer: async ({ url, username }) => {
      const options = {
        type: 'question' as const,
        title: nl.dialog.confirmServerTitle,
        message: nl.dialog.confirmServerMessage,
        detail: nl.dialog.confirmServerDetail(url, username),
        buttons: [nl.dialog.allow, nl.dialog.cancel],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const parent = parentWindow();
      const result = parent
        ? await dialog.showMessageBox(parent, options)
        : await dialog.showMessageBox(options);
      return result.response === 0;
    },
    showSaveDialog: async ({ title, defaultName, filters }) => {
      const options = {
        title,
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters,
      };
      const parent = parentWindow();
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseFolder: async () => {
      const options = {
        title: nl.dialog.chooseFolder,
        properties: ['openDirectory', 'createDirectory'] as const,
      };
      const parent = parentWindow();
      const mutable = { ...options, properties: [...options.properties] };
      const result = parent
        ? await dialog.showOpenDialog(parent, mutable)
        : await dialog.showOpenDialog(mutable);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

function describeSender(event: IpcMainInvokeEvent): { sender: IpcSender; ctx: HandlerContext } {
  const frame = event.senderFrame;
  const own = parentWindow();
  return {
    sender: {
      frameUrl: frame?.url,
      isMainFrame: frame !== null && frame.parent === null,
      isOwnWindow: own !== undefined && event.sender.id === own.webContents.id,
    },
    ctx: { printTarget: event.sender },
  };
}

function focusedContents(): WebContents | null {
  return (BrowserWindow.getFocusedWindow() ?? parentWindow())?.webContents ?? null;
}

function createMenu(deps: HandlerDeps): Menu {
  const report = (error: unknown) => log.error('menu', describeError(error));
  return Menu.buildFromTemplate(
    buildMenuTemplate({
      isPackaged: app.isPackaged,
      platform: process.platform,
      actions: {
        print: () => void printDialog(focusedContents()).catch(report),
        savePdf: () =>
          void printToPdf(deps, focusedContents(), { suggestedName: 'Veldwerk.pdf' }).catch(report),
        about: () =>
          void dialog
            .showMessageBox({
              type: 'info',
              title: nl.dialog.aboutTitle,
              message: 'Veldwerk',
              detail: nl.dialog.aboutDetail(app.getVersion(), process.versions.electron ?? ''),
              buttons: [nl.dialog.ok],
            })
            .catch(report),
        // A hash change in the page: the router shows the screen without reloading the app.
        privacy: () =>
          void parentWindow()
            ?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(PRIVACY_ROUTE)}`)
            .catch(report),
        openLogs: () =>
          void fs
            .mkdir(logsDir, { recursive: true })
            .then(() => shell.openPath(logsDir))
            .then((failure) => failure && log.warn('open logs folder', failure))
            .catch(report),
      },
    }),
  );
}

function createWindow(): void {
  const window = new BrowserWindow(createMainWindowOptions({ preloadPath }));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_START_URL).catch((error: unknown) => {
    log.error('load failed', describeError(error));
    dialog.showErrorBox('Veldwerk', nl.startup.loadFailed);
  });
}

// Must happen before `ready`: the scheme needs the privileges of a real web origin
// (IndexedDB, fetch, secure context).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
// Dutch UI locale for Chromium's own widgets (date and time inputs, spellcheck, dialogs), so
// dates read as 23-11-2026 whatever the laptop's system language is.
app.commandLine.appendSwitch('lang', 'nl-NL');

if (!app.requestSingleInstanceLock()) {
  // Another Veldwerk is running; it receives `second-instance` and comes to the front.
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = parentWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  // Every web contents, including any the app never meant to create, gets the same rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, hardenDeps));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createWindow();
  });

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: rendererRoot, fs }));
    configureSpellcheck(session.defaultSession, process.platform);
    const deps = handlerDeps();
    const dispatch = createIpcDispatcher(ipcContract, createHandlers(deps), {
      logError: (channel, error) => log.error(`ipc ${channel}`, describeError(error)),
    });
    handleAll(ipcMain, ipcContract, dispatch, describeSender);
    Menu.setApplicationMenu(createMenu(deps));
    createWindow();
  });
}
