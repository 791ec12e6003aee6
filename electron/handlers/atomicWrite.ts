import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { errno, IpcFailure } from '../errors';
import { nl } from '../../shared/i18n/nl/desktop';
import type { FsLike } from './fsTypes';

export type AtomicWriteDeps = {
  fs: FsLike;
  /** Waits between rename attempts; injected so tests do not sleep. */
  sleep?: (ms: number) => Promise<void>;
};

/** Errors Windows gives for a moment while a virus scanner or indexer holds the file. */
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_DELAYS_MS = [50, 100, 200, 400, 800];

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `.<name>.tmp-<random>` beside the target: same folder, so the rename never crosses devices. */
export function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.tmp-${randomBytes(6).toString('hex')}`);
}

/** True for a temporary file of an unfinished write, which readers must not see. */
export function isTempName(name: string): boolean {
  return /^\..+\.tmp-[0-9a-f]+$/.test(name);
}

async function exists(fs: FsLike, file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch (error) {
    if (errno(error) === 'ENOENT') return false;
    throw error;
  }
}

async function renameWithRetry(deps: AtomicWriteDeps, from: string, to: string): Promise<void> {
  const sleep = deps.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      await deps.fs.rename(from, to);
      return;
    } catch (error) {
      const delay = RENAME_DELAYS_MS[attempt];
      if (delay === undefined || !TRANSIENT_RENAME_ERRORS.has(errno(error) ?? '')) throw error;
      await sleep(delay);
    }
  }
}

/**
 * Write `bytes` to `target` so that a reader (another laptop, a cloud sync client) sees either
 * no file or the whole file: write and fsync a temporary file in the same folder, then rename.
 *
 * Without `overwrite` an existing target is refused. The check and the rename are two steps;
 * that small window is acceptable because every segment file has exactly one writer (its own
 * device folder), so two writers never race for one name.
 */
export async function writeAtomic(
  deps: AtomicWriteDeps,
  target: string,
  bytes: Uint8Array,
  options: { overwrite: boolean },
): Promise<void> {
  const { fs } = deps;
  if (!options.overwrite && (await exists(fs, target))) throw new IpcFailure('exists', nl.errors.exists);
  const temp = tempNameFor(target);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!options.overwrite && (await exists(fs, target))) throw new IpcFailure('exists', nl.errors.exists);
    await renameWithRetry(deps, temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
