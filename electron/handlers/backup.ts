import path from 'node:path';
import type { BackupEntry, IpcRequest, IpcResponses } from '../../shared/ipc/contract';
import { errno, IpcFailure } from '../errors';
import { nl } from '../../shared/i18n/nl/desktop';
import { isTempName, writeAtomic, type AtomicWriteDeps } from './atomicWrite';

/** Versioned JSON backups in `<userData>/backups`; only the newest `keep` are kept. */
export type BackupDeps = AtomicWriteDeps & { backupDir: string };

export const DEFAULT_BACKUP_KEEP = 14;
const BACKUP_NAME = /^[\w.-]+\.json$/;

/** The contract already checks the name; checked again because this is what touches the disk. */
function backupPath(deps: BackupDeps, name: string): string {
  if (!BACKUP_NAME.test(name) || name.startsWith('.') || path.basename(name) !== name) {
    throw new IpcFailure('invalid-input', nl.errors.outsideRoot);
  }
  return path.join(deps.backupDir, name);
}

/** Every backup, newest first (by modification time, then by name so equal times stay stable). */
export async function listBackups(deps: BackupDeps): Promise<IpcResponses['backup:list']> {
  let names: string[];
  try {
    names = await deps.fs.readdir(deps.backupDir);
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    if (!BACKUP_NAME.test(name) || isTempName(name) || name.startsWith('.')) continue;
    const stat = await deps.fs.lstat(path.join(deps.backupDir, name)).catch((error: unknown) => {
      // A backup removed while we were listing is simply not listed; anything else fails the list.
      if (errno(error) === 'ENOENT') return null;
      throw error;
    });
    if (stat?.isFile()) entries.push({ name, size: stat.size, mtimeMs: stat.mtimeMs });
  }
  return entries.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

export async function writeBackup(deps: BackupDeps, req: IpcRequest<'backup:write'>): Promise<IpcResponses['backup:write']> {
  const target = backupPath(deps, req.name);
  await deps.fs.mkdir(deps.backupDir, { recursive: true });
  // Writing the same name again replaces that backup (e.g. two backups within one second).
  await writeAtomic(deps, target, req.bytes, { overwrite: true });

  const keep = req.keep ?? DEFAULT_BACKUP_KEEP;
  // The backup just written always survives, even if clocks make an older file look newer.
  const others = (await listBackups(deps)).filter((entry) => entry.name !== req.name);
  const removed: string[] = [];
  for (const entry of others.slice(keep - 1)) {
    await deps.fs.rm(path.join(deps.backupDir, entry.name), { force: true });
    removed.push(entry.name);
  }
  return { path: target, removed };
}

/**
 * Rewrites an existing backup atomically and gives it back its modification time, which is the
 * date the advisor sees and the order in which old backups are removed.
 */
export async function replaceBackup(deps: BackupDeps, req: IpcRequest<'backup:replace'>): Promise<IpcResponses['backup:replace']> {
  const target = backupPath(deps, req.name);
  const before = await deps.fs.lstat(target).catch((error: unknown) => {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') {
      throw new IpcFailure('not-found', nl.errors.backupMissing);
    }
    throw error;
  });
  if (!before.isFile()) throw new IpcFailure('not-found', nl.errors.backupMissing);
  await writeAtomic(deps, target, req.bytes, { overwrite: true });
  await deps.fs.utimes(target, before.atime, before.mtime);
  return { path: target };
}

export async function readBackup(deps: BackupDeps, req: IpcRequest<'backup:read'>): Promise<IpcResponses['backup:read']> {
  const buffer = await deps.fs.readFile(backupPath(deps, req.name));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
