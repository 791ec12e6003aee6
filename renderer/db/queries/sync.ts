import { useLiveQuery } from 'dexie-react-hooks';
import { readTarget, type TargetConfig } from '../../syncAdapter/syncConfig';
import { getDb } from '../database';

export type { PeerRow } from '../database';

/**
 * The Synchronisatie screen's reads. `renderer/features/sync` (the screens) reaches the database
 * only through this module and `repositories/sync.ts`; `renderer/syncAdapter` (the engine adapter) is
 * part of the data layer and takes the database as an argument.
 */

/** The configured shared target, live; `undefined` while loading, `{ value: null }` when none is set. */
export function useSyncTarget(): { value: TargetConfig | null } | undefined {
  return useLiveQuery(async () => ({ value: await readTarget(getDb()) }), []);
}
