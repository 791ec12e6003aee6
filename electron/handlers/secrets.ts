import path from 'node:path';
import type { IpcRequest, IpcResponses } from '../../shared/ipc/contract';
import { IpcFailure } from '../errors';
import { nl } from '../../shared/i18n/nl/desktop';
import { writeAtomic, type AtomicWriteDeps } from './atomicWrite';

/** The slice of Electron's `safeStorage` used here. */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Uint8Array;
  decryptString(encrypted: Buffer): string;
  /** Linux only; `basic_text` means a fixed key, i.e. obfuscation rather than protection. */
  getSelectedStorageBackend?: () => string;
};

export type SecretsDeps = AtomicWriteDeps & { file: string; safeStorage: SafeStorageLike };

type SecretsFile = { version: 1; entries: Record<string, string> };

async function load(deps: SecretsDeps): Promise<SecretsFile> {
  try {
    const parsed: unknown = JSON.parse(await deps.fs.readFile(deps.file, 'utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'entries' in parsed &&
      typeof parsed.entries === 'object' &&
      parsed.entries !== null
    ) {
      // No prototype: a key such as "__proto__" must be stored as data, not change the object.
      const entries: Record<string, string> = Object.create(null);
      for (const [key, value] of Object.entries(parsed.entries))
        if (typeof value === 'string') entries[key] = value;
      return { version: 1, entries };
    }
  } catch (error) {
    if (!(
      typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      error.code === 'ENOENT'
    )) {
      // A corrupt file holds nothing we could decrypt anyway; starting empty is the way out.
      if (!(error instanceof SyntaxError)) throw error;
    }
  }
  return { version: 1, entries: Object.create(null) };
}

async function save(deps: SecretsDeps, data: SecretsFile): Promise<void> {
  await deps.fs.mkdir(path.dirname(deps.file), { recursive: true });
  await writeAtomic(deps, deps.file, new TextEncoder().encode(JSON.stringify(data, null, 2)), {
    overwrite: true,
  });
}

/** Whether what safeStorage produces is protected by the OS keychain and not a built-in key. */
export function isStrongStorage(storage: SafeStorageLike): boolean {
  return storage.getSelectedStorageBackend?.() !== 'basic_text';
}

/**
 * Store a secret encrypted by the operating system (DPAPI, Keychain, libsecret/kwallet). When
 * no encryption is available it refuses: a password in plain text on disk is worse than asking
 * again. `encrypted: false` tells the UI that Linux fell back to a fixed key (no keyring).
 */
export async function setSecret(
  deps: SecretsDeps,
  req: IpcRequest<'secrets:set'>,
): Promise<IpcResponses['secrets:set']> {
  if (!deps.safeStorage.isEncryptionAvailable())
    throw new IpcFailure('unavailable', nl.errors.noEncryption);
  const cipher = deps.safeStorage.encryptString(req.value);
  const data = await load(deps);
  data.entries[req.key] = Buffer.from(cipher).toString('base64');
  await save(deps, data);
  return { stored: true, encrypted: isStrongStorage(deps.safeStorage) };
}

export async function getSecret(
  deps: SecretsDeps,
  req: IpcRequest<'secrets:get'>,
): Promise<IpcResponses['secrets:get']> {
  const data = await load(deps);
  const stored = Object.hasOwn(data.entries, req.key) ? data.entries[req.key] : undefined;
  if (stored === undefined) return { value: null };
  if (!deps.safeStorage.isEncryptionAvailable())
    throw new IpcFailure('unavailable', nl.errors.noEncryption);
  try {
    return { value: deps.safeStorage.decryptString(Buffer.from(stored, 'base64')) };
  } catch {
    throw new IpcFailure('unavailable', nl.errors.secretUnreadable);
  }
}

export async function deleteSecret(
  deps: SecretsDeps,
  req: IpcRequest<'secrets:delete'>,
): Promise<IpcResponses['secrets:delete']> {
  const data = await load(deps);
  if (!Object.hasOwn(data.entries, req.key)) return { removed: false };
  delete data.entries[req.key];
  await save(deps, data);
  return { removed: true };
}
