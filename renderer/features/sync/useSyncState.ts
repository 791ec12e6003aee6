import { useEffect, useSyncExternalStore } from 'react';
import { getSyncService, type SyncState } from '../../syncAdapter/syncService';

/** The running state of the app's sync service (running, progress, pending confirmation). */
export function useSyncState(): SyncState {
  const service = getSyncService();
  return useSyncExternalStore(service.subscribe, service.getState);
}

/** Start automatic synchronisation for as long as the shell is mounted. */
export function useAutoSync(): void {
  useEffect(() => getSyncService().start(), []);
}
