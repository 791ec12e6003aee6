import { useLiveQuery } from 'dexie-react-hooks';
import type { JsonValue } from '../../../shared/sync/types';
import { getDb, type PeerRow, type ProblemRow } from '../database';

export const LAST_PUSHED_SEQ_KEY = 'sync.lastPushedSeq';
export const LAST_SYNC_KEY = 'sync.lastSuccessAt';
export const SYNC_TARGET_KEY = 'sync.target';
/** The last round's report (`SyncReport` plus `at`), for the Synchronisatie screen. */
export const LAST_REPORT_KEY = 'sync.lastReport';
/** Per peer device, the highest seq applied here: the causal stamp of new local batches. */
export const SEEN_SEQS_KEY = 'sync.seen';

export type SyncStatus = {
  configured: boolean;
  pending: number;
  lastSuccessAt: number | null;
  /** Whether the most recent round failed (null: no round yet). */
  lastFailed: boolean | null;
  openConflicts: number;
};

const num = (v: JsonValue | undefined) => (typeof v === 'number' ? v : null);

/** What the always-visible sync indicator shows: honest counts straight from the outbox. */
export function useSyncStatus(): SyncStatus | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [target, pushed, last, report, newest, openConflicts] = await Promise.all([
      db.settings.get(SYNC_TARGET_KEY),
      db.settings.get(LAST_PUSHED_SEQ_KEY),
      db.settings.get(LAST_SYNC_KEY),
      db.settings.get(LAST_REPORT_KEY),
      db.outbox.orderBy('seq').last(),
      db.conflicts.where('status').equals('open').count(),
    ]);
    const ok = (report?.value as { ok?: unknown } | undefined)?.ok;
    return {
      configured: Boolean(target?.value),
      pending: Math.max(0, (newest?.seq ?? 0) - (num(pushed?.value) ?? 0)),
      lastSuccessAt: num(last?.value),
      lastFailed: typeof ok === 'boolean' ? !ok : null,
      openConflicts,
    };
  }, []);
}

export type SyncDetails = SyncStatus & {
  /** The stored report of the last round (see renderer/syncAdapter/syncService.ts `StoredReport`). */
  lastReport: JsonValue | null;
  peers: PeerRow[];
  recentProblems: ProblemRow[];
};

/** Everything the Synchronisatie screen shows about past rounds and partner devices. */
export function useSyncDetails(): SyncDetails | undefined {
  const status = useSyncStatus();
  const rest = useLiveQuery(async () => {
    const db = getDb();
    const [report, peers, problems] = await Promise.all([
      db.settings.get(LAST_REPORT_KEY),
      db.peers.toArray(),
      db.problems
        .orderBy('at')
        .reverse()
        .filter((p) => p.kind.startsWith('sync:'))
        .limit(20)
        .toArray(),
    ]);
    return { lastReport: report?.value ?? null, peers, recentProblems: problems };
  }, []);
  return status && rest ? { ...status, ...rest } : undefined;
}
