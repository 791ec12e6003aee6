import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../database';

export const LAST_PUSHED_SEQ_KEY = 'sync.lastPushedSeq';
export const LAST_SYNC_KEY = 'sync.lastSuccessAt';
export const SYNC_TARGET_KEY = 'sync.target';

export type SyncStatus = {
  configured: boolean;
  pending: number;
  lastSuccessAt: number | null;
};

/** What the always-visible sync indicator shows: honest counts straight from the outbox. */
export function useSyncStatus(): SyncStatus | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [target, pushed, last, newest] = await Promise.all([
      db.settings.get(SYNC_TARGET_KEY),
      db.settings.get(LAST_PUSHED_SEQ_KEY),
      db.settings.get(LAST_SYNC_KEY),
      db.outbox.orderBy('seq').last(),
    ]);
    const pushedSeq = typeof pushed?.value === 'number' ? pushed.value : 0;
    return {
      configured: Boolean(target?.value),
      pending: Math.max(0, (newest?.seq ?? 0) - pushedSeq),
      lastSuccessAt: typeof last?.value === 'number' ? last.value : null,
    };
  }, []);
}
