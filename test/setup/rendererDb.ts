import { cleanup } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach } from 'vitest';
import { VeldwerkDb, setDb } from '../../renderer/db/database';
import { problems } from '../../renderer/platform/problemReporter';

/**
 * The shared setup of renderer tests that use the database: before each test a fresh
 * database (fake-indexeddb, see renderer.ts) with a unique name, installed as the app's
 * database; after it the DOM, the problem reporter, saved backups in localStorage and the
 * database are cleared, so no test sees what another left.
 *
 * `onOpen` receives the new database (assign it to the test's `db`). Options:
 * - `seed`: runs on the open database before it is installed;
 * - `install: false`: the test installs it itself (setDb);
 * - `quietProblems: false`: keep the reporter without a sink, to test what it records.
 */
export function withTestDatabase(
  name: string,
  onOpen: (db: VeldwerkDb) => void,
  options: { seed?: (db: VeldwerkDb) => Promise<unknown>; install?: boolean; quietProblems?: boolean } = {},
): void {
  let db: VeldwerkDb | null = null;
  beforeEach(async () => {
    db = new VeldwerkDb(`${name}-${crypto.randomUUID()}`);
    await db.open();
    await options.seed?.(db);
    if (options.install !== false) setDb(db);
    if (options.quietProblems !== false) problems.setSink(async () => undefined);
    onOpen(db);
  });
  afterEach(async () => {
    cleanup();
    problems.dismiss();
    problems.setSink(null);
    setDb(null);
    localStorage.clear();
    db?.close();
    await db?.delete();
    db = null;
  });
}

/** Wraps a rendered hook or component in a router, for hooks that guard navigation. */
export const routerWrapper = ({ children }: { children: ReactNode }) => createElement(MemoryRouter, null, children);
