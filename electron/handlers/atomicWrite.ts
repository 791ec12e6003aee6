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

/** `link` errors that mean the file system has no hard links (FAT, some network and cloud drives). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EINVAL']);

async function writeAndSync(fs: FsLike, file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const exists_ = () => new IpcFailure('exists', nl.errors.exists);

/**
 * Publish a finished temporary file under `target` only if no file has that name: a hard link
 * fails atomically when the name exists, so two laptops creating the same file at once (two
 * first rounds writing `veldwerk.json`) can never replace each other's file, as a rename would.
 * Without hard links the target is created exclusively and written in place; readers then may
 * see it unfinished for a moment, which segment checksums and the manifest check catch.
 */
async function publishExclusive(fs: FsLike, temp: string, target: string, bytes: Uint8Array): Promise<void> {
  if (fs.link) {
    try {
      await fs.link(temp, target);
      return;
    } catch (error) {
      if (errno(error) === 'EEXIST') throw exists_();
      if (!NO_HARD_LINKS.has(errno(error) ?? '')) throw error;
    }
  }
  try {
    await writeAndSync(fs, target, bytes);
  } catch (error) {
    if (errno(error) === 'EEXIST') throw exists_();
    throw error;
  }
}

/**
 * Write `bytes` to `target` so that a reader (another laptop, a cloud sync client) sees either
 * no file or the whole file: write and fsync a temporary file in the same folder, then rename
 * it over the target (`overwrite`) or link it exclusively (otherwise: an existing target is
 * refused with `exists`, also when another writer creates it at the same moment).
 */
export async function writeAtomic(
  deps: AtomicWriteDeps,
  target: string,
  bytes: Uint8Array,
  options: { overwrite: boolean },
): Promise<void> {
  const { fs } = deps;
  if (!options.overwrite && (await exists(fs, target))) throw exists_();
  const temp = tempNameFor(target);
  let published = false;
  try {
    await writeAndSync(fs, temp, bytes);
    if (options.overwrite) {
      await renameWithRetry(deps, temp, target);
      published = true;
    } else {
      await publishExclusive(fs, temp, target, bytes);
    }
  } finally {
    // The write's own error is what the caller needs; a temp file left behind is ignored by every listing.
    if (!published) await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}
