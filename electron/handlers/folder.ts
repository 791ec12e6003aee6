import path from 'node:path';
import type { FolderEntry, IpcRequest, IpcResponses } from '../../shared/ipc/contract';
import { errno, IpcFailure } from '../errors';
import { nl } from '../../shared/i18n/nl/desktop';
import { isTempName, writeAtomic, type AtomicWriteDeps } from './atomicWrite';
import { z } from 'zod';
import { assertNoEscape, confinedPath, isInside, resolveRoot, splitRelative } from './confine';
import type { GrantStore } from './grants';

/**
 * The folder sync transport: list, read, write-new and remove under a root the advisor picked in
 * the main process's folder dialog. The renderer names that root only by the opaque id the pick
 * returned; every path is relative to the root and confined to it.
 */
export const folderGrantSchema = z.object({ path: z.string().min(1), grantedAt: z.number() });
export type FolderGrant = z.infer<typeof folderGrantSchema>;

export type FolderDeps = AtomicWriteDeps & {
  chooseFolder: () => Promise<string | null>;
  folders: GrantStore<FolderGrant>;
  now?: () => number;
};

/** The granted root of a request; an id the advisor never granted is refused (`not-granted`). */
async function rootOf(deps: FolderDeps, folderId: string): Promise<string> {
  return (await deps.folders.get(folderId)).path;
}

/** The folder to start walking from: the directory part of the prefix (`devices/a/` → `devices/a`). */
function prefixDirectory(prefix: string): string[] {
  if (prefix === '') return [];
  if (path.isAbsolute(prefix) || /^[a-zA-Z]:/.test(prefix))
    throw new IpcFailure('invalid-input', nl.errors.badPrefix);
  const parts = splitRelative(prefix);
  if (parts.some((p) => p === '..' || p === '.'))
    throw new IpcFailure('invalid-input', nl.errors.badPrefix);
  return parts.slice(0, -1).filter((p) => p !== '');
}

async function walk(
  deps: FolderDeps,
  realRoot: string,
  dir: string,
  out: FolderEntry[],
): Promise<void> {
  let entries;
  try {
    entries = await deps.fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (errno(error) === 'ENOENT' || errno(error) === 'ENOTDIR') return;
    throw error;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // Symlinks are skipped, not followed: a link could point anywhere on the disk.
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      await walk(deps, realRoot, full, out);
    } else if (entry.isFile() && !isTempName(entry.name)) {
      const stat = await deps.fs.lstat(full).catch((error: unknown) => {
        // Removed while we were listing; any other failure makes the listing fail, not skip a file.
        if (errno(error) === 'ENOENT') return null;
        throw error;
      });
      if (!stat) continue;
      out.push({
        path: path.relative(realRoot, full).split(path.sep).join('/'),
        size: stat.size,
        mtimeMs: stat.mtimeMs,
      });
    }
  }
}

export async function listFolder(
  deps: FolderDeps,
  req: IpcRequest<'folder:list'>,
): Promise<IpcResponses['folder:list']> {
  const realRoot = await resolveRoot(deps.fs, await rootOf(deps, req.folderId));
  const prefix = req.prefix.replace(/\\/g, '/');
  const start = path.resolve(realRoot, ...prefixDirectory(prefix));
  if (!isInside(realRoot, start)) throw new IpcFailure('invalid-input', nl.errors.badPrefix);
  await assertNoEscape(deps.fs, realRoot, start);
  const out: FolderEntry[] = [];
  await walk(deps, realRoot, start, out);
  return out
    .filter((entry) => entry.path.startsWith(prefix))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export async function readFromFolder(
  deps: FolderDeps,
  req: IpcRequest<'folder:read'>,
): Promise<IpcResponses['folder:read']> {
  const { target } = await confinedPath(deps.fs, await rootOf(deps, req.folderId), req.path);
  const stat = await deps.fs.stat(target);
  if (stat.isDirectory()) throw new IpcFailure('invalid-input', nl.errors.isFolder);
  const buffer = await deps.fs.readFile(target);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export async function writeNewInFolder(
  deps: FolderDeps,
  req: IpcRequest<'folder:writeNew'>,
): Promise<IpcResponses['folder:writeNew']> {
  const { realRoot, target } = await confinedPath(
    deps.fs,
    await rootOf(deps, req.folderId),
    req.path,
  );
  await deps.fs.mkdir(path.dirname(target), { recursive: true });
  // Check again now the folders exist: a symlinked folder created meanwhile must not lead out.
  await assertNoEscape(deps.fs, realRoot, path.dirname(target));
  await writeAtomic(deps, target, req.bytes, { overwrite: false });
  return { path: path.relative(realRoot, target).split(path.sep).join('/') };
}

export async function removeFromFolder(
  deps: FolderDeps,
  req: IpcRequest<'folder:remove'>,
): Promise<IpcResponses['folder:remove']> {
  const { target } = await confinedPath(deps.fs, await rootOf(deps, req.folderId), req.path);
  try {
    const stat = await deps.fs.lstat(target);
    if (stat.isDirectory()) throw new IpcFailure('invalid-input', nl.errors.isFolder);
    await deps.fs.unlink(target);
    return { removed: true };
  } catch (error) {
    if (errno(error) === 'ENOENT') return { removed: false };
    throw error;
  }
}

/**
 * The only way a folder becomes reachable: the advisor picks it in the main process's dialog.
 * The real path (symlinks resolved) is kept; picking the same folder again gives the same id.
 */
export async function chooseFolder(deps: FolderDeps): Promise<IpcResponses['folder:choose']> {
  const chosen = await deps.chooseFolder();
  if (chosen === null) return null;
  const realRoot = await resolveRoot(deps.fs, chosen);
  const grant = { path: realRoot, grantedAt: (deps.now ?? Date.now)() };
  const { id } = await deps.folders.grant(grant, (existing) => existing.path === realRoot);
  return { folderId: id, path: realRoot };
}

export async function forgetFolder(
  deps: FolderDeps,
  req: IpcRequest<'folder:forget'>,
): Promise<IpcResponses['folder:forget']> {
  return { removed: await deps.folders.revoke(req.folderId) };
}
