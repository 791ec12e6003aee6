import { z } from 'zod';
import { nl } from '../i18n/nl/desktop';

/**
 * The one IPC contract between the renderer (through the preload) and the main process.
 * Each channel is `domain:verb`; its request schema is checked in main before use, and the
 * types on both sides derive from these schemas.
 */

const relativePath = z
  .string()
  .min(1)
  .max(500)
  .refine((p) => !p.split(/[\\/]/).some((part) => part === '..' || part === '.' || part === ''), {
    message: nl.contract.pathParts,
  })
  .refine((p) => !/^[a-zA-Z]:|^[\\/]/.test(p), { message: nl.contract.pathRelative })
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
  .refine((p) => !/[\u0000-\u001f]/.test(p), { message: nl.contract.pathChars });

/** A prefix to list under (`devices/`, `devices/abc/`, or `` for everything): relative, no `..`. */
const relativePrefix = z
  .string()
  .max(500)
  .refine((p) => !p.split(/[\\/]/).some((part) => part === '..' || part === '.'), {
    message: nl.contract.prefixParts,
  })
  .refine((p) => !/^[a-zA-Z]:|^[\\/]/.test(p), { message: nl.contract.prefixRelative });

/**
 * The largest file the sync transports move in one request, both ways. A segment is about
 * 1 MB; one batch (a big import) can be larger, so the bound leaves room while keeping a
 * hostile or broken server from filling the main process's memory.
 */
export const MAX_TRANSFER_BYTES = 64 * 1024 * 1024;

/**
 * An opaque id the main process hands out for a folder the advisor picked in its dialog or a
 * WebDAV server the advisor confirmed; the renderer never names a path or a server itself.
 */
const grantId = z.string().regex(/^[a-z0-9]{24}$/, { message: nl.contract.unknownGrant });

const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, {
  message: nl.contract.bytes,
});
const transferBytes = bytes.refine((v) => v.byteLength <= MAX_TRANSFER_BYTES, {
  message: nl.contract.tooLarge,
});
const fileFilter = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().max(10)).max(10),
});

export const appInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  electron: z.string(),
  paths: z.object({ userData: z.string(), backups: z.string(), logs: z.string() }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const folderEntrySchema = z.object({
  path: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
});
export type FolderEntry = z.infer<typeof folderEntrySchema>;

export const backupEntrySchema = z.object({
  name: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const ipcContract = {
  'app:info': { request: z.undefined() },
  'app:openExternal': { request: z.object({ url: z.string().max(2000) }) },
  /** Save the current page as PDF (printToPDF) to a file the user picks. */
  'print:toPdf': {
    request: z.object({
      suggestedName: z.string().min(1).max(200),
      landscape: z.boolean().optional(),
    }),
  },
  /** Show the system print dialog for the current page. */
  'print:dialog': { request: z.undefined() },
  /** Save bytes produced in the renderer (CSV, XLSX, JSON exports) to a file the user picks. */
  'file:saveAs': {
    request: z.object({
      suggestedName: z.string().min(1).max(200),
      bytes,
      filters: z.array(fileFilter).max(5).optional(),
    }),
  },
  /**
   * The folder capability: a root exists only after the advisor picked it in the main process's
   * dialog; the renderer gets an opaque id for it. Every other folder request names that id and
   * a path relative to it. Unknown keys (such as the former `root` or `overwrite`) are refused.
   */
  'folder:choose': { request: z.undefined() },
  'folder:forget': { request: z.strictObject({ folderId: grantId }) },
  'folder:list': { request: z.strictObject({ folderId: grantId, prefix: relativePrefix }) },
  'folder:read': { request: z.strictObject({ folderId: grantId, path: relativePath }) },
  /** Write a new file atomically (temporary name, then rename); never overwrites. */
  'folder:writeNew': {
    request: z.strictObject({ folderId: grantId, path: relativePath, bytes: transferBytes }),
  },
  'folder:remove': { request: z.strictObject({ folderId: grantId, path: relativePath }) },
  /**
   * WebDAV from the main process (no CORS there). `connect` registers the server the advisor
   * entered (confirmed in a main-process dialog the first time) and keeps its password with
   * safeStorage; a `null` password keeps the stored one. Requests reach only that server.
   */
  'webdav:connect': {
    request: z.strictObject({
      url: z.string().min(1).max(2000),
      username: z.string().max(200),
      password: z.string().max(1000).nullable(),
    }),
  },
  'webdav:forget': { request: z.strictObject({ serverId: grantId }) },
  'webdav:list': { request: z.strictObject({ serverId: grantId, prefix: relativePrefix }) },
  'webdav:read': { request: z.strictObject({ serverId: grantId, path: relativePath }) },
  'webdav:writeNew': {
    request: z.strictObject({ serverId: grantId, path: relativePath, bytes: transferBytes }),
  },
  'webdav:remove': { request: z.strictObject({ serverId: grantId, path: relativePath }) },
  /** Secrets (WebDAV password, team passphrase) kept with Electron safeStorage. */
  'secrets:set': {
    request: z.object({ key: z.string().min(1).max(100), value: z.string().max(10000) }),
  },
  'secrets:get': { request: z.object({ key: z.string().min(1).max(100) }) },
  'secrets:delete': { request: z.object({ key: z.string().min(1).max(100) }) },
  /** Versioned JSON backups in the user data folder; the main process keeps the last 14. */
  'backup:write': {
    request: z.object({
      name: z.string().regex(/^[\w.-]+\.json$/),
      bytes,
      keep: z.number().int().min(1).max(100).optional(),
    }),
  },
  'backup:list': { request: z.undefined() },
  'backup:read': { request: z.object({ name: z.string().regex(/^[\w.-]+\.json$/) }) },
  /**
   * Rewrites an existing backup in place, keeping its date (an AVG erasure scrubs the person from
   * the backups too). Never creates a backup and never removes one.
   */
  'backup:replace': { request: z.object({ name: z.string().regex(/^[\w.-]+\.json$/), bytes }) },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
export type IpcRequest<C extends IpcChannel> = z.infer<IpcContract[C]['request']>;

/** What each channel answers with (data of a successful result). */
export type IpcResponses = {
  'app:info': AppInfo;
  'app:openExternal': { opened: boolean };
  'print:toPdf': { saved: boolean; path?: string };
  'print:dialog': { printed: boolean };
  'file:saveAs': { saved: boolean; path?: string };
  /** `path` is for display only; requests name the folder by `folderId`. */
  'folder:choose': { folderId: string; path: string } | null;
  'folder:forget': { removed: boolean };
  'folder:list': FolderEntry[];
  'folder:read': Uint8Array;
  'folder:writeNew': { path: string };
  'folder:remove': { removed: boolean };
  /** `encrypted: false`: the password is stored, but only with Linux's fixed-key fallback. */
  'webdav:connect': { serverId: string; encrypted: boolean };
  'webdav:forget': { removed: boolean };
  'webdav:list': FolderEntry[];
  'webdav:read': Uint8Array;
  'webdav:writeNew': { path: string };
  'webdav:remove': { removed: boolean };
  'secrets:set': { stored: boolean; encrypted: boolean };
  'secrets:get': { value: string | null };
  'secrets:delete': { removed: boolean };
  'backup:write': { path: string; removed: string[] };
  'backup:list': BackupEntry[];
  'backup:read': Uint8Array;
  'backup:replace': { path: string };
};

export type IpcErrorCode =
  | 'invalid-input'
  | 'forbidden-sender'
  | 'not-found'
  | 'exists'
  | 'io'
  | 'unavailable'
  | 'cancelled'
  /** A folder or server id the main process never granted (or no longer keeps). */
  | 'not-granted'
  /** The WebDAV server refused the credentials. */
  | 'unauthorized'
  /** The folder or server cannot be reached now (offline, timeout, drive not mounted). */
  | 'unreachable'
  | 'too-large'
  | 'internal';

export type IpcError = { code: IpcErrorCode; message: string };
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError };

/** A function per channel as the renderer sees it. */
export type IpcCaller<C extends IpcChannel> =
  IpcRequest<C> extends undefined
    ? () => Promise<IpcResult<IpcResponses[C]>>
    : (request: IpcRequest<C>) => Promise<IpcResult<IpcResponses[C]>>;

/** The API exposed on `window.veldwerk` by the preload: named, narrow, one function a channel. */
export type VeldwerkApi = {
  app: { info: IpcCaller<'app:info'>; openExternal: IpcCaller<'app:openExternal'> };
  print: { toPdf: IpcCaller<'print:toPdf'>; dialog: IpcCaller<'print:dialog'> };
  file: { saveAs: IpcCaller<'file:saveAs'> };
  folder: {
    choose: IpcCaller<'folder:choose'>;
    forget: IpcCaller<'folder:forget'>;
    list: IpcCaller<'folder:list'>;
    read: IpcCaller<'folder:read'>;
    writeNew: IpcCaller<'folder:writeNew'>;
    remove: IpcCaller<'folder:remove'>;
  };
  webdav: {
    connect: IpcCaller<'webdav:connect'>;
    forget: IpcCaller<'webdav:forget'>;
    list: IpcCaller<'webdav:list'>;
    read: IpcCaller<'webdav:read'>;
    writeNew: IpcCaller<'webdav:writeNew'>;
    remove: IpcCaller<'webdav:remove'>;
  };
  secrets: {
    set: IpcCaller<'secrets:set'>;
    get: IpcCaller<'secrets:get'>;
    delete: IpcCaller<'secrets:delete'>;
  };
  backup: {
    write: IpcCaller<'backup:write'>;
    list: IpcCaller<'backup:list'>;
    read: IpcCaller<'backup:read'>;
    replace: IpcCaller<'backup:replace'>;
  };
};
