import { Link } from 'react-aria-components';
import { formatDateTime } from '../../shared/i18n';
import { shell } from '../../shared/i18n/nl/shell';
import { syncUi } from '../../shared/i18n/nl/sync';
import { useSyncStatus } from '../db/queries/syncStatus';
import { SyncHost } from '../features/sync/SyncHost';
import { useSyncState } from '../features/sync/useSyncState';

const t = syncUi.indicator;

/**
 * Always visible: is this laptop's work shared yet, how much is still waiting, is it syncing.
 * Being mounted for the whole session, it also hosts the sync service (`SyncHost`).
 */
export function SyncIndicator() {
  const status = useSyncStatus();
  const { running, progress } = useSyncState();
  if (!status) {
    return (
      <>
        <SyncHost />
      </>
    );
  }
  const pending = shell.syncPending(status.pending);
  const head = running
    ? progress?.phase === 'push'
      ? syncUi.phase.push(progress.done)
      : progress?.phase === 'pull'
        ? syncUi.phase.pull(progress.done)
        : syncUi.syncing
    : !status.configured
      ? t.notConfigured
      : status.lastFailed
        ? t.failed
        : status.lastSuccessAt
          ? t.last(formatDateTime(status.lastSuccessAt))
          : t.never;
  const parts = [head, pending];
  if (status.openConflicts > 0) parts.push(t.conflicts(status.openConflicts));
  const tone = running
    ? 'sync-running'
    : status.configured && (status.lastFailed || status.openConflicts > 0)
      ? 'sync-error'
      : !status.configured || status.pending > 0
        ? 'sync-pending'
        : 'sync-ok';
  return (
    <>
      <SyncHost />
      <Link href="/synchronisatie" className={`sync-indicator ${tone}`} aria-live="polite">
        <span className="sync-dot" aria-hidden="true" />
        <span data-testid="sync-indicator" data-running={running ? 'ja' : 'nee'}>
          {parts.join(' · ')}
        </span>
      </Link>
    </>
  );
}
