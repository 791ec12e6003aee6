import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { ZodType } from 'zod';
import { errno, IpcFailure } from '../errors';
import { nl } from '../../shared/i18n/nl/desktop';
import { writeAtomic, type AtomicWriteDeps } from './atomicWrite';

/**
 * What the main process has granted the renderer, persisted in the user data folder: folders the
 * advisor picked in the dialog, WebDAV servers the advisor confirmed. The renderer holds only
 * the opaque ids; an id that is not here opens nothing.
 *
 * One store a file; reads and writes of a store are serialised, so two requests at once never
 * lose each other's grant.
 */
export type GrantStoreDeps = AtomicWriteDeps & { file: string; newId?: () => string };

export type GrantStore<T> = {
  get(id: string): Promise<T>;
  /** The id of the first grant `same` matches, or a new grant for `value`. */
  grant(value: T, same: (existing: T) => boolean): Promise<{ id: string; created: boolean }>;
  find(same: (existing: T) => boolean): Promise<string | null>;
  revoke(id: string): Promise<boolean>;
};

type GrantFile<T> = { version: 1; grants: Record<string, T> };

const ID = /^[a-z0-9]{24}$/;

/** 24 characters of [a-z0-9] from 15 random bytes: unguessable, and safe in any file name. */
export function newGrantId(): string {
  return BigInt(`0x${randomBytes(15).toString('hex')}`)
    .toString(36)
    .padStart(24, '0')
    .slice(-24);
}

export function grantStore<T>(deps: GrantStoreDeps, schema: ZodType<T>): GrantStore<T> {
  let cache: Map<string, T> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  /** Run one read-modify-write at a time. */
  function serial<R>(work: () => Promise<R>): Promise<R> {
    const next = queue.then(work, work);
    // The queue only orders the work: each caller gets its own failure through `next`.
    queue = next.catch(() => undefined);
    return next;
  }

  async function load(): Promise<Map<string, T>> {
    if (cache) return cache;
    const grants = new Map<string, T>();
    try {
      const parsed: unknown = JSON.parse(await deps.fs.readFile(deps.file, 'utf8'));
      const entries =
        typeof parsed === 'object' &&
        parsed !== null &&
        'grants' in parsed &&
        typeof parsed.grants === 'object'
          ? Object.entries(parsed.grants ?? {})
          : [];
      // A grant that no longer parses (edited by hand, older format) is dropped: the advisor is
      // asked to pick the folder or confirm the server again, which loses no data.
      for (const [id, value] of entries) {
        const checked = schema.safeParse(value);
        if (ID.test(id) && checked.success) grants.set(id, checked.data);
      }
    } catch (error) {
      if (errno(error) !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
    }
    cache = grants;
    return grants;
  }

  async function save(grants: Map<string, T>): Promise<void> {
    const data: GrantFile<T> = { version: 1, grants: Object.fromEntries(grants) };
    await deps.fs.mkdir(path.dirname(deps.file), { recursive: true });
    await writeAtomic(deps, deps.file, new TextEncoder().encode(JSON.stringify(data, null, 2)), {
      overwrite: true,
    });
  }

  function findIn(grants: Map<string, T>, same: (existing: T) => boolean): string | null {
    for (const [id, value] of grants) if (same(value)) return id;
    return null;
  }

  return {
    get: (id) =>
      serial(async () => {
        const value = ID.test(id) ? (await load()).get(id) : undefined;
        if (value === undefined) throw new IpcFailure('not-granted', nl.errors.notGranted);
        return value;
      }),
    find: (same) => serial(async () => findIn(await load(), same)),
    grant: (value, same) =>
      serial(async () => {
        const grants = await load();
        const existing = findIn(grants, same);
        if (existing !== null) return { id: existing, created: false };
        const id = (deps.newId ?? newGrantId)();
        const next = new Map(grants).set(id, value);
        await save(next);
        cache = next;
        return { id, created: true };
      }),
    revoke: (id) =>
      serial(async () => {
        const grants = await load();
        if (!grants.has(id)) return false;
        const next = new Map(grants);
        next.delete(id);
        await save(next);
        cache = next;
        return true;
      }),
  };
}
