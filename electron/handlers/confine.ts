import path from 'node:path';
import { IpcFailure } from '../errors';
import { nl } from '../../shared/i18n/nl/desktop';
import type { FsLike } from './fsTypes';

/** Split a relative path given by the renderer; `/` and `\` both separate, as on Windows. */
export function splitRelative(relative: string): string[] {
  return relative.split(/[\\/]/);
}

/** True when `child` is `parent` itself or lies inside it (both already resolved). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Resolve the sync root to its real path; it must be an absolute path to an existing folder. */
export async function resolveRoot(fs: FsLike, root: string): Promise<string> {
  if (!path.isAbsolute(root)) throw new IpcFailure('invalid-input', nl.errors.rootNotAbsolute);
  try {
    const real = await fs.realpath(root);
    if (!(await fs.stat(real)).isDirectory()) throw new IpcFailure('not-found', nl.errors.rootNotFolder);
    return real;
  } catch (error) {
    if (error instanceof IpcFailure) throw error;
    throw new IpcFailure('not-found', nl.errors.rootNotFolder);
  }
}

/**
 * The absolute path of `relative` inside `realRoot`, refusing anything that would land outside
 * it: `..`, absolute paths, drive letters, and empty segments.
 */
export function lexicalTarget(realRoot: string, relative: string): string {
  const parts = splitRelative(relative);
  if (relative === '' || parts.some((p) => p === '' || p === '.' || p === '..') || /^[a-zA-Z]:/.test(relative)) {
    throw new IpcFailure('invalid-input', nl.errors.outsideRoot);
  }
  const target = path.resolve(realRoot, ...parts);
  if (!isInside(realRoot, target) || target === realRoot) throw new IpcFailure('invalid-input', nl.errors.outsideRoot);
  return target;
}

/** The nearest existing ancestor of `target` (or `target` itself), resolved through symlinks. */
async function realAncestor(fs: FsLike, target: string): Promise<string> {
  let current = target;
  for (;;) {
    try {
      return await fs.realpath(current);
    } catch (error) {
      const parent = path.dirname(current);
      if (parent === current) throw error;
      current = parent;
    }
  }
}

/**
 * Refuse a target whose existing part resolves outside the root through a symlink. Checked on
 * the nearest existing ancestor, so it works for files that are about to be created too.
 */
export async function assertNoEscape(fs: FsLike, realRoot: string, target: string): Promise<void> {
  const real = await realAncestor(fs, target);
  if (!isInside(realRoot, real)) throw new IpcFailure('invalid-input', nl.errors.outsideRoot);
}

/** `lexicalTarget` plus the symlink check: the one way handlers turn a request into a path. */
export async function confinedPath(fs: FsLike, root: string, relative: string): Promise<{ realRoot: string; target: string }> {
  const realRoot = await resolveRoot(fs, root);
  const target = lexicalTarget(realRoot, relative);
  await assertNoEscape(fs, realRoot, target);
  return { realRoot, target };
}
