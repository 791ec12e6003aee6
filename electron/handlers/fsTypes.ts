import type * as fsPromises from 'node:fs/promises';

/**
 * The part of `node:fs/promises` the handlers use. Injected so tests can make one call fail
 * (a Windows EPERM on rename) while everything else touches a real temp directory.
 */
export type FsLike = Pick<
  typeof fsPromises,
  'readFile' | 'writeFile' | 'rename' | 'unlink' | 'lstat' | 'stat' | 'realpath' | 'mkdir' | 'readdir' | 'open' | 'rm' | 'utimes'
> &
  /** Exclusive publication of a finished file (see `writeAtomic`); absent → exclusive create. */
  Partial<Pick<typeof fsPromises, 'link'>>;
