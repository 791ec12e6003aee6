import path from 'node:path';
import type { IpcHandlers } from '../ipc';
import { appInfo, openExternal, type AppDeps } from './app';
import type { AtomicWriteDeps } from './atomicWrite';
import { listBackups, readBackup, replaceBackup, writeBackup } from './backup';
import { saveFileAs } from './file';
import {
  chooseFolder,
  folderGrantSchema,
  forgetFolder,
  listFolder,
  readFromFolder,
  removeFromFolder,
  writeNewInFolder,
  type FolderDeps,
} from './folder';
import { grantStore } from './grants';
import { printDialog, printToPdf, type PrintTarget } from './print';
import type { ShowSaveDialog } from './saveDialog';
import { deleteSecret, getSecret, setSecret, type SafeStorageLike } from './secrets';
import {
  connectServer,
  forgetServer,
  listOnServer,
  readFromServer,
  removeFromServer,
  serverGrantSchema,
  writeNewOnServer,
  type WebdavDeps,
} from './webdav';
import type { PlatformFetch } from './webdavFetch';

/** Every side effect the handlers need, so the whole set runs against temp folders in tests. */
export type HandlerDeps = AtomicWriteDeps & {
  app: AppDeps;
  userData: string;
  safeStorage: SafeStorageLike;
  showSaveDialog: ShowSaveDialog;
  chooseFolder: () => Promise<string | null>;
  /** The fetch WebDAV requests go out with (Node's in the app and in tests). */
  fetch: PlatformFetch;
  confirmServer: WebdavDeps['confirmServer'];
  now?: () => number;
  /** WebDAV request timeout; the transport's default (30 s) when absent. */
  webdavTimeoutMs?: number;
  /** Largest WebDAV body either way; MAX_TRANSFER_BYTES when absent. */
  webdavMaxBodyBytes?: number;
};

/** What the wiring tells a handler about the window that asked. */
export type HandlerContext = { printTarget: PrintTarget | null };

export function backupDirOf(userData: string): string {
  return path.join(userData, 'backups');
}

/** Where the main process keeps what it granted: picked folders, confirmed servers. */
export function grantsDirOf(userData: string): string {
  return path.join(userData, 'grants');
}

export function createHandlers(deps: HandlerDeps): IpcHandlers<HandlerContext> {
  const backup = { ...deps, backupDir: backupDirOf(deps.userData) };
  const secrets = { ...deps, file: path.join(deps.userData, 'secrets.json') };
  const grants = grantsDirOf(deps.userData);
  const folder: FolderDeps = {
    ...deps,
    folders: grantStore({ ...deps, file: path.join(grants, 'folders.json') }, folderGrantSchema),
  };
  const webdav: WebdavDeps = {
    servers: grantStore({ ...deps, file: path.join(grants, 'webdav.json') }, serverGrantSchema),
    // Server passwords apart from the renderer's secrets: `secrets:get` cannot read them.
    passwords: { ...deps, file: path.join(grants, 'webdav-passwords.json') },
    fetch: deps.fetch,
    confirmServer: deps.confirmServer,
    ...(deps.now && { now: deps.now }),
    ...(deps.webdavTimeoutMs !== undefined && { timeoutMs: deps.webdavTimeoutMs }),
    ...(deps.webdavMaxBodyBytes !== undefined && { maxBodyBytes: deps.webdavMaxBodyBytes }),
  };
  return {
    'app:info': () => appInfo(deps.app),
    'app:openExternal': (req) => openExternal(deps.app, req),
    'print:toPdf': (req, ctx) => printToPdf(deps, ctx.printTarget, req),
    'print:dialog': (_req, ctx) => printDialog(ctx.printTarget),
    'file:saveAs': (req) => saveFileAs(deps, req),
    'folder:choose': () => chooseFolder(folder),
    'folder:forget': (req) => forgetFolder(folder, req),
    'folder:list': (req) => listFolder(folder, req),
    'folder:read': (req) => readFromFolder(folder, req),
    'folder:writeNew': (req) => writeNewInFolder(folder, req),
    'folder:remove': (req) => removeFromFolder(folder, req),
    'webdav:connect': (req) => connectServer(webdav, req),
    'webdav:forget': (req) => forgetServer(webdav, req),
    'webdav:list': (req) => listOnServer(webdav, req),
    'webdav:read': (req) => readFromServer(webdav, req),
    'webdav:writeNew': (req) => writeNewOnServer(webdav, req),
    'webdav:remove': (req) => removeFromServer(webdav, req),
    'secrets:set': (req) => setSecret(secrets, req),
    'secrets:get': (req) => getSecret(secrets, req),
    'secrets:delete': (req) => deleteSecret(secrets, req),
    'backup:write': (req) => writeBackup(backup, req),
    'backup:list': () => listBackups(backup),
    'backup:read': (req) => readBackup(backup, req),
    'backup:replace': (req) => replaceBackup(backup, req),
  };
}
