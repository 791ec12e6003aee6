import { useCallback, useEffect, useState } from 'react';
import { reportBackground } from '../../platform/problemReporter';
import { listSnapshots, type SnapshotEntry } from '../snapshots';

/** Automatic snapshots (desktop: backup folder; browser: local snapshot store). */
export function useSnapshots(): { snapshots: SnapshotEntry[] | undefined; refresh: () => void } {
  const [snapshots, setSnapshots] = useState<SnapshotEntry[]>();
  const refresh = useCallback(() => {
    void listSnapshots()
      .then(setSnapshots)
      .catch((error: unknown) => {
        // The list shows none, and the reason is recorded where the advisor can read it.
        reportBackground('snapshots', { lostWork: false })(error);
        setSnapshots([]);
      });
  }, []);
  useEffect(refresh, [refresh]);
  return { snapshots, refresh };
}
