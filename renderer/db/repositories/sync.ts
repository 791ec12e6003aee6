import { getDb, type ConflictRow } from '../database';
import { resolveConflict, type Resolution } from '../../syncAdapter/resolveConflict';
import { saveTarget, type TargetConfig } from '../../syncAdapter/syncConfig';

/** The Synchronisatie screen's writes, on the open database (see `queries/sync.ts`). */

/** Store the shared target, or forget it with `null`. */
export function saveSyncTarget(target: TargetConfig | null): Promise<void> {
  return saveTarget(getDb(), target);
}

/** Settle one conflict the way the advisor chose (see `resolveConflict`). */
export function resolveSyncConflict(conflict: ConflictRow, resolution: Resolution): Promise<void> {
  return resolveConflict(getDb(), conflict, resolution);
}
