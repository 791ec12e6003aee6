import type { JsonValue } from '../../shared/sync/types';

/**
 * The one place unexpected errors in the renderer go: unhandled promise rejections, uncaught
 * errors, and background work that used to drop its failures (the daily snapshot, automatic
 * sync rounds, draft and autosave writes). Each is recorded in the `problems` table (kind
 * `app:<source>`), and when it meant that something the advisor did was not saved, a calm
 * notice says so. Reporting never throws and never reports itself.
 */

export type ProblemRecord = { at: number; kind: string; message: string; detail?: JsonValue };
export type ProblemSink = (record: ProblemRecord) => Promise<unknown>;
export type ProblemNotice = { id: number; kind: 'not-saved' };

export type ReportOptions = {
  /** The failure means something the advisor did was not saved (a draft, an edit). */
  lostWork?: boolean;
};

/** IndexedDB's and Dexie's failures of a write: whatever caused them, the write did not happen. */
const STORAGE_ERRORS = new Set([
  'QuotaExceededError',
  'DatabaseClosedError',
  'AbortError',
  'ConstraintError',
  'InvalidStateError',
  'ReadOnlyError',
  'OpenFailedError',
  'TransactionInactiveError',
  'UnknownError',
  'DataError',
  'DataCloneError',
]);

export function isStorageError(error: unknown): boolean {
  return error instanceof Error && STORAGE_ERRORS.has(error.name);
}

/** At most this many records a minute, so a failure in a loop cannot fill the table. */
const MAX_PER_MINUTE = 20;

function describe(error: unknown): { message: string; stack: string | null } {
  if (error instanceof Error) {
    return {
      message: `${error.name}: ${error.message}`,
      stack: error.stack?.split('\n').slice(0, 12).join('\n') ?? null,
    };
  }
  if (typeof error === 'string') return { message: error, stack: null };
  return { message: `Non-Error rejection: ${typeof error}`, stack: null };
}

export function createProblemReporter(options: { now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  let sink: ProblemSink | null = null;
  const pending: ProblemRecord[] = [];
  let notice: ProblemNotice | null = null;
  let nextId = 1;
  const listeners = new Set<() => void>();
  let window: { start: number; count: number } = { start: 0, count: 0 };

  function store(record: ProblemRecord): void {
    if (!sink) {
      // Before the database is open: keep a few, write them once it is.
      if (pending.length < MAX_PER_MINUTE) pending.push(record);
      return;
    }
    sink(record).catch((error: unknown) => {
      // The database itself is failing; the console is all that is left.
      console.error('[veldwerk] problem not recorded', record.message, error);
    });
  }

  function report(source: string, error: unknown, reportOptions: ReportOptions = {}): void {
    try {
      const at = now();
      if (at - window.start > 60_000) window = { start: at, count: 0 };
      window.count++;
      const lostWork = reportOptions.lostWork ?? isStorageError(error);
      if (window.count <= MAX_PER_MINUTE) {
        const { message, stack } = describe(error);
        store({ at, kind: `app:${source}`, message, detail: { source, lostWork, stack } });
      }
      if (lostWork) {
        notice = { id: nextId++, kind: 'not-saved' };
        listeners.forEach((listener) => listener());
      }
    } catch (failure) {
      console.error('[veldwerk] reporting failed', failure);
    }
  }

  return {
    report,
    /** A `.catch` handler for background work: `promise.catch(reporter.background('sync'))`. */
    background:
      (source: string, reportOptions?: ReportOptions) =>
      (error: unknown): void =>
        report(source, error, reportOptions),
    /** Where records go (the `problems` table); records made before this are written now. */
    setSink(next: ProblemSink | null): void {
      sink = next;
      if (next) pending.splice(0).forEach(store);
    },
    /** Route the page's unhandled rejections and uncaught errors here; returns the undo. */
    install(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
      const onRejection = (event: PromiseRejectionEvent) => report('unhandled', event.reason);
      const onError = (event: ErrorEvent) => report('error', event.error ?? event.message);
      target.addEventListener('unhandledrejection', onRejection);
      target.addEventListener('error', onError);
      return () => {
        target.removeEventListener('unhandledrejection', onRejection);
        target.removeEventListener('error', onError);
      };
    },
    getNotice: (): ProblemNotice | null => notice,
    dismiss(): void {
      notice = null;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ProblemReporter = ReturnType<typeof createProblemReporter>;

/** The app's reporter. */
export const problems = createProblemReporter();

/** Shorthand for the background paths: `.catch(reportBackground('snapshot'))`. */
export const reportBackground = problems.background;
