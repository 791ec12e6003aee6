import path from 'node:path';
import type { IpcHandlers } from '../ipc';
import { appInfo, openExternal, type AppDeps } from './app';
import type { AtomicWriteDeps } from './atomicWrite';
import { listBackups, readBackup, writeBackup } from './backup';
import { saveFileAs } from './file';
import { chooseFolder, listFolder, readFromFolder, removeFromFolder, writeNewInFolder } from './folder';
import { printDialog, printToPdf, type PrintTarget } from './print';
import type { ShowSaveDialog } from './saveDialog';
import { deleteSecret, getSecret, setSecret, type SafeStorageLike } from './secrets';

/** Every side effect the handlers need, so the whole set runs against temp folders in tests. */
export type HandlerDeps = AtomicWriteDeps & {
  app: AppDeps;
  userData: string;
  safeStorage: SafeStorageLike;
  showSaveDialog: ShowSaveDialog;
  chooseFolder: () => Promise<string | null>;
};

/** What the wiring tells a handler about the window that asked. */
export type HandlerContext = { printTarget: PrintTarget | null };

export function backupDirOf(userData: string): string {
  return path.join(userData, 'backups');
}

export function createHandlers(deps: HandlerDeps): IpcHandlers<HandlerContext> {
  const backup = { ...deps, backupDir: backupDirOf(deps.userData) };
  const secrets = { ...deps, file: path.join(deps.userData, 'secrets.json') };
  return {
    'app:info': () => appInfo(deps.app),
    'app:openExternal': (req) => openExternal(deps.app, req),
    'print:toPdf': (req, ctx) => printToPdf(deps, ctx.printTarget, req),
    'print:dialog': (_req, ctx) => printDialog(ctx.printTarget),
    'file:saveAs': (req) => saveFileAs(deps, req),
    'folder:choose': () => chooseFolder(deps),
    'folder:list': (req) => listFolder(deps, req),
    'folder:read': (req) => readFromFolder(deps, req),
    'folder:writeNew': (req) => writeNewInFolder(deps, req),
    'folder:remove': (req) => removeFromFolder(deps, req),
    'secrets:set': (req) => setSecret(secrets, req),
    'secrets:get': (req) => getSecret(secrets, req),
    'secrets:delete': (req) => deleteSecret(secrets, req),
    'backup:write': (req) => writeBackup(backup, req),
    'backup:list': () => listBackups(backup),
    'backup:read': (req) => readBackup(backup, req),
  };
}
