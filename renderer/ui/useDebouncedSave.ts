import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { reportBackground } from '../platform/problemReporter';

/**
 * One way to autosave an editor (issue 19: every editor should use this).
 *
 * - `schedule(value)` remembers the newest value and writes it after `delayMs` of quiet;
 * - the pending value is written at once (flushed) when the component unmounts, when the route
 *   changes, when the page is hidden or closed (`pagehide`, `beforeunload`), and on `flush()`;
 * - writes are chained: a second write starts only after the first ended, always with the newest
 *   value, so an older value can never land after a newer one;
 * - a failed write is recorded (problems table, "not saved" notice), shown in `status`, and the
 *   value stays pending, so the next change or `flush()` tries again. Nothing is dropped silently.
 *   With `backupKey` the failed value is also copied to localStorage (see below), so a write that
 *   fails as the editor closes is not lost with it.
 *
 * IndexedDB writes are asynchronous and may not finish while a page unloads. With `backupKey`
 * the pending value is also copied synchronously to localStorage on `pagehide`; the editor reads
 * it back with `readSaveBackup` on its next open and the copy is removed after a write succeeds.
 *
 * Used by the alignment meeting (features/alignment/useMeetingDraft.ts, a whole editor), the
 * contact draft (contacts/useContactDraft.ts), interview answers (interviews/useAnswersAutosave.ts),
 * the company page (portfolio/useAutosave.ts, which validates before writing) and the guide
 * editor (interviews/GuideEditor.tsx).
 *
 * Usage:
 *
 *     const autosave = useDebouncedSave<Draft>({ source: 'meeting', backupKey: `meeting:${id}`, save: saveMeeting });
 *     const onChange = (next: Draft) => { setDraft(next); autosave.schedule(next); };
 *     // show autosave.status (idle / pending / saving / saved / error) and offer autosave.flush() on error;
 *     // call `await autosave.flush()` before leaving on purpose (print, export); autosave.cancel() after a delete.
 *
 * Needs a react-router context (it listens to route changes).
 */

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string };

export type DebouncedSaveOptions<T> = {
  /** Writes one value; rejects when it was not written. Keep it stable (useCallback) or not: the newest is used. */
  save: (value: T) => Promise<unknown>;
  /** Quiet time before a write, in ms (default 400: the brief asks at most 0.5 s). */
  delayMs?: number;
  /** The problem reporter's source name, e.g. `meeting`. */
  source: string;
  /** localStorage key for the synchronous safety copy on `pagehide` (see above). */
  backupKey?: string;
};

export type DebouncedSave<T> = {
  /** Remember `value` as the newest and write it after the quiet time. */
  schedule: (value: T) => void;
  /** Write the pending value now; resolves true when nothing is left unsaved. */
  flush: () => Promise<boolean>;
  /** Forget the pending value (after a delete, or "discard"); removes the backup copy. */
  cancel: () => void;
  status: SaveStatus;
  /** True while a value waits to be written or failed to be written. */
  hasPending: () => boolean;
};

export const DEFAULT_SAVE_DELAY_MS = 400;
const BACKUP_PREFIX = 'veldwerk:niet-opgeslagen:';

type Backup<T> = { at: number; value: T };

/** The safety copy left by a page that closed before its write finished, or null. */
export function readSaveBackup<T>(backupKey: string): Backup<T> | null {
  try {
    const raw = localStorage.getItem(BACKUP_PREFIX + backupKey);
    return raw ? (JSON.parse(raw) as Backup<T>) : null;
  } catch {
    return null;
  }
}

export function clearSaveBackup(backupKey: string): void {
  try {
    localStorage.removeItem(BACKUP_PREFIX + backupKey);
  } catch {
    // storage unavailable: nothing to remove
  }
}

function writeBackup<T>(backupKey: string, value: T): void {
  try {
    localStorage.setItem(BACKUP_PREFIX + backupKey, JSON.stringify({ at: Date.now(), value } satisfies Backup<T>));
  } catch {
    // storage full or unavailable: the IndexedDB flush is still attempted
  }
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useDebouncedSave<T>(options: DebouncedSaveOptions<T>): DebouncedSave<T> {
  const { delayMs = DEFAULT_SAVE_DELAY_MS, source, backupKey } = options;
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const saveRef = useRef(options.save);
  saveRef.current = options.save;
  const pending = useRef<{ value: T } | null>(null);
  /** The value being written: a page closed mid-write must still leave its copy. */
  const inFlight = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const mounted = useRef(true);
  const report = useRef(reportBackground(source, { lostWork: true }));
  report.current = reportBackground(source, { lostWork: true });

  const setStatusIfMounted = (next: SaveStatus) => {
    if (mounted.current) setStatus(next);
  };

  const flush = useCallback((): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(async () => {
      const item = pending.current;
      if (!item) return true;
      pending.current = null;
      inFlight.current = item;
      setStatusIfMounted({ kind: 'saving' });
      try {
        await saveRef.current(item.value);
      } catch (e) {
        inFlight.current = null;
        // Keep it pending unless something newer arrived meanwhile: that one is written next.
        pending.current ??= item;
        // The editor may be gone already (a failed write on leaving): keep the safety copy so
        // its next open brings the value back.
        if (backupKey) writeBackup(backupKey, pending.current.value);
        setStatusIfMounted({ kind: 'error', message: describe(e) });
        report.current(e);
        return false;
      }
      inFlight.current = null;
      if (pending.current) {
        setStatusIfMounted({ kind: 'pending' });
        return false;
      }
      if (backupKey) clearSaveBackup(backupKey);
      setStatusIfMounted({ kind: 'saved', at: Date.now() });
      return true;
    });
    return chain.current;
  }, [backupKey]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setStatus({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    if (backupKey) clearSaveBackup(backupKey);
    setStatus({ kind: 'idle' });
  }, [backupKey]);

  // Page hidden, reloaded or closed: copy synchronously, then try the real write.
  useEffect(() => {
    const onHide = () => {
      const unsaved = pending.current ?? inFlight.current;
      if (!unsaved) return;
      if (backupKey) writeBackup(backupKey, unsaved.value);
      void flush();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
    };
  }, [backupKey, flush]);

  // Route change (a link in the page, the sidebar, back/forward): write what is pending.
  const location = useLocation();
  const firstLocation = useRef(true);
  useEffect(() => {
    if (firstLocation.current) {
      firstLocation.current = false;
      return;
    }
    if (pending.current) void flush();
  }, [location.key, flush]);

  // Unmount: the component is gone, the write is not.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (pending.current) void flush();
    };
  }, [flush]);

  const hasPending = useCallback(() => pending.current !== null, []);
  return { schedule, flush, cancel, status, hasPending };
}
