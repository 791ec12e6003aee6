import { useCallback, useEffect, useState } from 'react';
import { listSnapshots, type SnapshotEntry } from '../snapshots';

/** Automatic snapshots (desktop: backup folder; browser: local snapshot store). */
export function useSnapshots(): { snapshots: SnapshotEntry[] | undefined; refresh: () => void } {
  const [snapshots, setSnapshots] = useState<SnapshotEntry[]>();
  const refresh = useCallback(() => {
    void listSnapshots()
      .then(setSnapshots)
      .catch(() => setSnapshots([]));
  }, []);
  useEffect(refresh, [refresh]);
  return { snapshots, refresh };
}
