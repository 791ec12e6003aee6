import { z } from 'zod';

/**
 * The one IPC contract between the renderer (through the preload) and the main process.
 * Each channel is `domain:verb`; its request schema is checked in main before use, and the
 * types on both sides derive from these schemas.
 */

const relativePath = z
  .string()
  .min(1)
  .max(500)
  .refine((p) => !p.split(/[\\/]/).some((part) => part === '..' || part === ''), {
    message: 'Pad mag geen lege delen of ".." bevatten.',
  })
  .refine((p) => !/^[a-zA-Z]:|^[\\/]/.test(p), { message: 'Pad moet relatief zijn.' });

const absoluteFolder = z.string().min(1).max(1000);
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'Verwacht binaire gegevens.' });
const fileFilter = z.object({ name: z.string().max(100), extensions: z.array(z.string().max(10)).max(10) });

export const appInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  electron: z.string(),
  paths: z.object({ userData: z.string(), backups: z.string(), logs: z.string() }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const folderEntrySchema = z.object({ path: z.string(), size: z.number(), mtimeMs: z.number() });
export type FolderEntry = z.infer<typeof folderEntrySchema>;

export const backupEntrySchema = z.object({ name: z.string(), size: z.number(), mtimeMs: z.number() });
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
  'folder:choose': { request: z.undefined() },
  'folder:list': { request: z.object({ root: absoluteFolder, prefix: z.string().max(500) }) },
  'folder:read': { request: z.object({ root: absoluteFolder, path: relativePath }) },
  /** Write a new file atomically (temporary name, then rename); refuses to overwrite. */
  'folder:writeNew': {
    request: z.object({ root: absoluteFolder, path: relativePath, bytes, overwrite: z.boolean().optional() }),
  },
  'folder:remove': { request: z.object({ root: absoluteFolder, path: relativePath }) },
  /** Secrets (WebDAV password, team passphrase) kept with Electron safeStorage. */
  'secrets:set': { request: z.object({ key: z.string().min(1).max(100), value: z.string().max(10000) }) },
  'secrets:get': { request: z.object({ key: z.string().min(1).max(100) }) },
  'secrets:delete': { request: z.object({ key: z.string().min(1).max(100) }) },
  /** Versioned JSON backups in the user data folder; the main process keeps the last 14. */
  'backup:write': {
    request: z.object({ name: z.string().regex(/^[\w.-]+\.json$/), bytes, keep: z.number().int().min(1).max(100).optional() }),
  },
  'backup:list': { request: z.undefined() },
  'backup:read': { request: z.object({ name: z.string().regex(/^[\w.-]+\.json$/) }) },
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
  'folder:choose': { path: string } | null;
  'folder:list': FolderEntry[];
  'folder:read': Uint8Array;
  'folder:writeNew': { path: string };
  'folder:remove': { removed: boolean };
  'secrets:set': { stored: boolean; encrypted: boolean };
  'secrets:get': { value: string | null };
  'secrets:delete': { removed: boolean };
  'backup:write': { path: string; removed: string[] };
  'backup:list': BackupEntry[];
  'backup:read': Uint8Array;
};

export type IpcErrorCode =
  | 'invalid-input'
  | 'forbidden-sender'
  | 'not-found'
  | 'exists'
  | 'io'
  | 'unavailable'
  | 'cancelled'
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
    list: IpcCaller<'folder:list'>;
    read: IpcCaller<'folder:read'>;
    writeNew: IpcCaller<'folder:writeNew'>;
    remove: IpcCaller<'folder:remove'>;
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
  };
};
