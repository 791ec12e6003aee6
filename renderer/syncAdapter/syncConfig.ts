import { z } from 'zod';
import { shell } from '../../shared/i18n/nl/shell';
import { syncUi as t } from '../../shared/i18n/nl/sync';
import type { SyncTransport } from '../../shared/sync/transport';
import { parseWebdavUrl, webdavTransport } from '../../shared/sync/webdavTransport';
import type { VeldwerkDb } from '../db/database';
import { SYNC_TARGET_KEY } from '../db/queries/syncStatus';
import { desktopApi } from '../platform/platform';
import { browserFetch } from './browserFetch';
import { folderTransport } from './folderTransport';
import { ipcWebdavTransport } from './ipcWebdavTransport';

/**
 * Where this device synchronises to. Secrets are never part of it (see `syncSecrets`).
 * In the desktop app the main process holds the folder and the server: `folderId` and
 * `serverId` are the ids it granted (`path` is shown, never used to reach the folder). Targets
 * saved before those ids existed still parse; the advisor picks or confirms them once more.
 */
export const targetConfigSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('folder'),
    path: z.string().min(1),
    folderId: z.string().optional(),
    encrypted: z.boolean(),
  }),
  z.object({
    kind: z.literal('webdav'),
    url: z.string().min(1),
    username: z.string(),
    serverId: z.string().optional(),
    encrypted: z.boolean(),
  }),
]);
export type TargetConfig = z.infer<typeof targetConfigSchema>;

export const PASSWORD_SECRET = 'sync.webdavPassword';
export const PASSPHRASE_SECRET = 'sync.passphrase';

/** Browser mode has no safe place on disk: secrets live in this tab's memory only. */
const sessionSecrets = new Map<string, string>();

export const secretsPersist = () => desktopApi() !== null;

export async function getSecret(key: string): Promise<string | null> {
  const api = desktopApi();
  if (!api) return sessionSecrets.get(key) ?? null;
  const result = await api.secrets.get({ key });
  return result.ok ? result.data.value : null;
}

/**
 * Store or forget a secret. Returns false when the desktop app could only use Linux's fixed-key
 * fallback (no keyring): stored, but not really protected, which the screen says.
 */
export async function setSecret(key: string, value: string | null): Promise<boolean> {
  const api = desktopApi();
  if (!api) {
    if (value === null) sessionSecrets.delete(key);
    else sessionSecrets.set(key, value);
    return true;
  }
  if (value === null) {
    const removed = await api.secrets.delete({ key });
    if (!removed.ok) throw new Error(removed.error.message);
    return true;
  }
  const stored = await api.secrets.set({ key, value });
  if (!stored.ok) throw new Error(stored.error.message);
  return stored.data.encrypted;
}

export async function readTarget(db: VeldwerkDb): Promise<TargetConfig | null> {
  const parsed = targetConfigSchema.safeParse((await db.settings.get(SYNC_TARGET_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveTarget(db: VeldwerkDb, config: TargetConfig | null): Promise<void> {
  if (config === null) await db.settings.delete(SYNC_TARGET_KEY);
  else await db.settings.put({ key: SYNC_TARGET_KEY, value: config });
}

export type TransportResult =
  { ok: true; transport: SyncTransport } | { ok: false; message: string };

/** The transport for a target, or the plain reason it cannot be used here and now. */
export function makeTransport(config: TargetConfig, password: string | null): TransportResult {
  const api = desktopApi();
  if (config.kind === 'folder') {
    if (!api) return { ok: false, message: t.folderNeedsDesktop };
    if (!config.folderId) return { ok: false, message: shell.access.folderRepick(config.path) };
    return { ok: true, transport: folderTransport(api, config.folderId, config.path) };
  }
  const url = parseWebdavUrl(config.url);
  if (!url.ok) return { ok: false, message: url.message };
  // The desktop app reaches the server through the main process (no CORS there); the password
  // is kept there too.
  if (api) {
    if (!config.serverId) return { ok: false, message: shell.access.webdavReconfirm(config.url) };
    return { ok: true, transport: ipcWebdavTransport(api, config.serverId, config.url) };
  }
  if (config.username !== '' && password === null)
    return { ok: false, message: t.passwordNeeded(secretsPersist()) };
  return {
    ok: true,
    transport: webdavTransport({
      url: config.url,
      ...(config.username !== '' && { username: config.username, password: password ?? '' }),
      fetch: browserFetch,
    }),
  };
}
