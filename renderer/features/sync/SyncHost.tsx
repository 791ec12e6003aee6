import { MassDeletionDialog } from './MassDeletionDialog';
import { useAutoSync, useSyncState } from './useSyncState';

/** Mounted once in the shell: runs automatic sync and asks before a mass deletion. */
export function SyncHost() {
  useAutoSync();
  const { confirm } = useSyncState();
  return confirm ? (
    <MassDeletionDialog summary={confirm.summary} onAnswer={confirm.answer} />
  ) : null;
}
