import { syncUi as t } from '../../shared/i18n/nl/sync';
import { emptyReport, syncOnce } from '../../shared/sync/engine';
import type { MassDeletionSummary, SyncProgress, SyncReport } from '../../shared/sync/ports';
import type { SyncTransport } from '../../shared/sync/transport';
import { ensureDeviceId } from '../db/clock';
import { getDb, type VeldwerkDb } from '../db/database';
import { LAST_REPORT_KEY, LAST_SYNC_KEY } from '../db/queries/syncStatus';
import { LATEST_VERSION } from '../db/schema';
import { reportBackground } from '../platform/problemReporter';
import { dexieStore } from './dexieStore';
import { eraseFromBackupsInBackground } from '../db/backupErasure';
import {
  PASSPHRASE_SECRET,
  PASSWORD_SECRET,
  getSecret,
  makeTransport,
  readTarget,
} from './syncConfig';

/** Keep equal to package.json: the target's manifest refuses apps older than its creator. */
export const APP_VERSION = '0.1.0';
export const AUTO_SYNC_MS = 5 * 60_000;
const PROBLEM_RETENTION_MS = 30 * 24 * 60 * 60_000;

export type SyncState = {
  running: boolean;
  progress: SyncProgress | null;
  /** A mass deletion waiting for the advisor's answer. */
  confirm: { summary: MassDeletionSummary; answer: (ok: boolean) => void } | null;
};

export type StoredReport = SyncReport & { at: number; trigger: SyncTrigger };
export type SyncTrigger = 'handmatig' | 'automatisch' | 'online';

function failedReport(message: string): SyncReport {
  return { ...emptyReport(), ok: false, stoppedBy: 'transport', problems: [{ kind: 'transport', message }] };
}

/**
 * Runs sync rounds for this device: one at a time (also across browser tabs, with a Web Lock),
 * on request, when the network comes back, and every five minutes while a target is set.
 * Every round's report is stored, so the screen shows what really happened.
 */
export function createSyncService(db: VeldwerkDb, transportFor = makeTransport) {
  let state: SyncState = { running: false, progress: null, confirm: null };
  let current: Promise<StoredReport | null> | null = null;
  const listeners = new Set<() => void>();
  const set = (patch: Partial<SyncState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  };

  async function prepare(): Promise<
    { transport: SyncTransport; passphrase: string | null } | { message: string } | null
  > {
    const config = await readTarget(db);
    if (!config) return null;
    const password = config.kind === 'webdav' ? await getSecret(PASSWORD_SECRET) : null;
    const made = transportFor(config, password);
    if (!made.ok) return { message: made.message };
    const passphrase = config.encrypted ? await getSecret(PASSPHRASE_SECRET) : null;
    if (config.encrypted && !passphrase) return { message: t.passphraseMissing };
    return { transport: made.transport, passphrase };
  }

  async function runOnce(ready: {
    transport: SyncTransport;
    passphrase: string | null;
  }): Promise<SyncReport> {
    const deviceId = await db.transaction('rw', db.settings, () => ensureDeviceId(db));
    return syncOnce({
      transport: ready.transport,
      local: dexieStore(db, { afterErasure: eraseFromBackupsInBackground }),
      deviceId,
      now: () => Date.now(),
      appVersion: APP_VERSION,
      schemaVersion: LATEST_VERSION,
      ...(ready.passphrase !== null && { crypto: { passphrase: ready.passphrase } }),
      onProgress: (progress) => set({ progress }),
      confirmMassDeletion: (summary) =>
        new Promise<boolean>((resolve) =>
          set({
            confirm: {
              summary,
              answer: (ok) => {
                set({ confirm: null });
                resolve(ok);
              },
            },
          }),
        ),
    }).catch((error: unknown) => failedReport(t.unexpected(String(error))));
  }

  async function round(trigger: SyncTrigger): Promise<StoredReport | null> {
    const ready = await prepare();
    if (ready === null) return null;
    let report: SyncReport;
    if ('message' in ready) {
      report = failedReport(ready.message);
    } else {
      report = await runOnce(ready);
      // A rolled-back or cloned database just continued under a new device id: go on at once.
      if (report.problems.some((p) => p.kind === 'identity-renewed')) {
        const again = await runOnce(ready);
        report = { ...again, problems: [...report.problems, ...again.problems] };
      }
    }
    const at = Date.now();
    const stored: StoredReport = { ...report, at, trigger };
    await db.transaction('rw', db.settings, db.problems, async () => {
      await db.settings.put({ key: LAST_REPORT_KEY, value: JSON.parse(JSON.stringify(stored)) });
      if (report.ok) await db.settings.put({ key: LAST_SYNC_KEY, value: at });
      await db.problems
        .where('at')
        .below(at - PROBLEM_RETENTION_MS)
        .filter((p) => p.kind.startsWith('sync:'))
        .delete();
    });
    return stored;
  }

  async function exclusive(trigger: SyncTrigger): Promise<StoredReport | null> {
    set({ running: true, progress: null });
    try {
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      if (!locks) return await round(trigger);
      return await locks.request('veldwerk-sync', () => round(trigger));
    } finally {
      set({ running: false, progress: null, confirm: null });
    }
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    /** Start a round, or join the one that is running. Null when no target is set. */
    syncNow(trigger: SyncTrigger = 'handmatig'): Promise<StoredReport | null> {
      current ??= exclusive(trigger).finally(() => {
        current = null;
      });
      return current;
    },
    /** Automatic rounds: now, when the network returns, and every five minutes. */
    start(): () => void {
      const auto = (trigger: SyncTrigger) => {
        if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
        this.syncNow(trigger).catch(reportBackground('sync'));
      };
      const onOnline = () => auto('online');
      window.addEventListener('online', onOnline);
      const timer = window.setInterval(() => auto('automatisch'), AUTO_SYNC_MS);
      const first = window.setTimeout(() => auto('automatisch'), 2_000);
      return () => {
        window.removeEventListener('online', onOnline);
        window.clearInterval(timer);
        window.clearTimeout(first);
      };
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;

let instance: SyncService | null = null;

/** The app's sync service over the app's database. */
export function getSyncService(): SyncService {
  instance ??= createSyncService(getDb());
  return instance;
}
