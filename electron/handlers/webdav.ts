import { z } from 'zod';
import {
  MAX_TRANSFER_BYTES,
  type IpcErrorCode,
  type IpcRequest,
  type IpcResponses,
} from '../../shared/ipc/contract';
import { isTransportError, type SyncTransport } from '../../shared/sync/transport';
import { parseWebdavUrl, webdavTransport } from '../../shared/sync/webdavTransport';
import { IpcFailure } from '../errors';
import { nl } from '../../shared/i18n/nl/desktop';
import type { GrantStore } from './grants';
import { deleteSecret, getSecret, isStrongStorage, setSecret, type SecretsDeps } from './secrets';
import { boundedFetch, type PlatformFetch } from './webdavFetch';

/**
 * WebDAV from the main process. The renderer of the desktop app cannot reach a WebDAV server
 * itself: its origin is app://veldwerk and servers do not answer CORS preflights, and its CSP
 * allows no connection out. Instead it asks here, naming the server by the id `webdav:connect`
 * returned. The requests are made by the same shared transport browser mode uses, with a fetch
 * that reaches only that server (see webdavFetch.ts).
 */
export const serverGrantSchema = z.object({
  url: z.string().min(1),
  username: z.string(),
  grantedAt: z.number(),
});
export type ServerGrant = z.infer<typeof serverGrantSchema>;

export type ServerConfirmation = { url: string; username: string };

export type WebdavDeps = {
  servers: GrantStore<ServerGrant>;
  /** Passwords, encrypted with safeStorage, keyed by server id (a file of their own). */
  passwords: SecretsDeps;
  fetch: PlatformFetch;
  /**
   * Asks the advisor, in a main-process dialog the page cannot draw or answer, whether
   * Veldwerk may synchronise with this server. Only asked for a server not granted before.
   */
  confirmServer: (server: ServerConfirmation) => Promise<boolean>;
  now?: () => number;
  timeoutMs?: number;
  maxBodyBytes?: number;
};

/**
 * The URL as the advisor means it: scheme and host in lower case, the folder path decoded once
 * (a pasted `Team%20Veldwerk` and a typed `Team Veldwerk` are one server), a trailing slash.
 */
function normalise(url: string): { url: string; origin: string } {
  // Credentials belong in their own fields (the password in safeStorage), never in the address
  // that is kept in a plain file.
  let full: URL;
  try {
    full = new URL(url.trim());
  } catch {
    throw new IpcFailure('invalid-input', nl.errors.badServerUrl);
  }
  if (full.username !== '' || full.password !== '')
    throw new IpcFailure('invalid-input', nl.errors.credentialsInUrl);
  const parsed = parseWebdavUrl(url);
  if (!parsed.ok) throw new IpcFailure('invalid-input', parsed.message);
  return { url: `${parsed.url.origin}${parsed.url.path}`, origin: parsed.url.origin };
}

const sameServer = (url: string, username: string) => (grant: ServerGrant) =>
  grant.url === url && grant.username === username;

/**
 * Grant (or find) the server the advisor entered. A new server is confirmed in the dialog first;
 * a known one keeps its id. A given password replaces the stored one; `null` keeps it.
 */
export async function connectServer(
  deps: WebdavDeps,
  req: IpcRequest<'webdav:connect'>,
): Promise<IpcResponses['webdav:connect']> {
  const { url } = normalise(req.url);
  const username = req.username.trim();
  const same = sameServer(url, username);
  let serverId = await deps.servers.find(same);
  if (serverId === null) {
    if (username !== '' && req.password === null)
      throw new IpcFailure('invalid-input', nl.errors.passwordNeeded);
    if (!(await deps.confirmServer({ url, username })))
      throw new IpcFailure('cancelled', nl.errors.serverNotConfirmed);
    serverId = (
      await deps.servers.grant({ url, username, grantedAt: (deps.now ?? Date.now)() }, same)
    ).id;
  }
  if (username === '' || req.password === null) {
    if (username !== '' && (await getSecret(deps.passwords, { key: serverId })).value === null) {
      throw new IpcFailure('invalid-input', nl.errors.passwordNeeded);
    }
    return { serverId, encrypted: isStrongStorage(deps.passwords.safeStorage) };
  }
  const stored = await setSecret(deps.passwords, { key: serverId, value: req.password });
  return { serverId, encrypted: stored.encrypted };
}

export async function forgetServer(
  deps: WebdavDeps,
  req: IpcRequest<'webdav:forget'>,
): Promise<IpcResponses['webdav:forget']> {
  await deleteSecret(deps.passwords, { key: req.serverId });
  return { removed: await deps.servers.revoke(req.serverId) };
}

const KIND_TO_CODE: Record<string, IpcErrorCode> = {
  unreachable: 'unreachable',
  unauthorized: 'unauthorized',
  'not-found': 'not-found',
  exists: 'exists',
  'too-large': 'too-large',
  io: 'io',
};

/**
 * One transport a server, kept while its address and password stay the same, so the folders it
 * already made are not made again for every file. Dropped after any failure.
 */
const transports = new WeakMap<
  WebdavDeps,
  Map<string, { key: string; transport: SyncTransport }>
>();

function transportFor(
  deps: WebdavDeps,
  serverId: string,
  grant: ServerGrant,
  password: string | null,
): SyncTransport {
  const cache =
    transports.get(deps) ?? new Map<string, { key: string; transport: SyncTransport }>();
  transports.set(deps, cache);
  const key = JSON.stringify([grant.url, grant.username, password]);
  const cached = cache.get(serverId);
  if (cached?.key === key) return cached.transport;
  const { origin } = normalise(grant.url);
  const transport = webdavTransport({
    url: grant.url,
    ...(grant.username !== '' && { username: grant.username, password: password ?? '' }),
    fetch: boundedFetch(deps.fetch, {
      origin,
      ...(deps.maxBodyBytes !== undefined && { maxBodyBytes: deps.maxBodyBytes }),
    }),
    ...(deps.timeoutMs !== undefined && { timeoutMs: deps.timeoutMs }),
  });
  cache.set(serverId, { key, transport });
  return transport;
}

/** The transport's typed errors, carried to the renderer with their Dutch message. */
async function viaTransport<T>(
  deps: WebdavDeps,
  serverId: string,
  work: (transport: SyncTransport) => Promise<T>,
): Promise<T> {
  const grant = await deps.servers.get(serverId);
  const password =
    grant.username === '' ? null : (await getSecret(deps.passwords, { key: serverId })).value;
  if (grant.username !== '' && password === null)
    throw new IpcFailure('unauthorized', nl.errors.passwordNeeded);
  try {
    return await work(transportFor(deps, serverId, grant, password));
  } catch (error) {
    transports.get(deps)?.delete(serverId);
    if (isTransportError(error))
      throw new IpcFailure(KIND_TO_CODE[error.kind] ?? 'io', error.userMessage);
    throw error;
  }
}

export const listOnServer = (
  deps: WebdavDeps,
  req: IpcRequest<'webdav:list'>,
): Promise<IpcResponses['webdav:list']> =>
  viaTransport(deps, req.serverId, (t) => t.list(req.prefix));

export const readFromServer = (
  deps: WebdavDeps,
  req: IpcRequest<'webdav:read'>,
): Promise<IpcResponses['webdav:read']> =>
  viaTransport(deps, req.serverId, (t) => t.read(req.path));

export async function writeNewOnServer(
  deps: WebdavDeps,
  req: IpcRequest<'webdav:writeNew'>,
): Promise<IpcResponses['webdav:writeNew']> {
  const grant = await deps.servers.get(req.serverId);
  if (req.bytes.byteLength > (deps.maxBodyBytes ?? MAX_TRANSFER_BYTES)) {
    throw new IpcFailure('too-large', nl.errors.tooLarge(grant.url));
  }
  return viaTransport(deps, req.serverId, async (t) => {
    await t.writeNew(req.path, req.bytes);
    return { path: req.path };
  });
}

export const removeFromServer = (
  deps: WebdavDeps,
  req: IpcRequest<'webdav:remove'>,
): Promise<IpcResponses['webdav:remove']> =>
  viaTransport(deps, req.serverId, async (t) => {
    await t.remove?.(req.path);
    return { removed: true };
  });
