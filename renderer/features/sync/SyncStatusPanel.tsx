import { Link } from 'react-aria-components';
import { formatDateTime, formatInt } from '../../../shared/i18n';
import type { SyncProgress } from '../../../shared/sync/ports';
import { syncUi } from '../../../shared/i18n/nl/sync';
import { formatSkew, type SkewEstimate } from '../../../shared/sync/clockSafety';
import type { SyncDetails } from '../../db/queries/syncStatus';
import { getSyncService, type StoredReport } from '../../syncAdapter/syncService';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Page';
import { ProgressBar } from '../../ui/ProgressBar';
import { useSyncState } from './useSyncState';

const t = syncUi.status;

function progressText(phase: string | undefined, done: number): string {
  if (phase === 'push') return syncUi.phase.push(done);
  if (phase === 'snapshot') return syncUi.phase.snapshot;
  if (phase === 'pull') return syncUi.phase.pull(done);
  if (phase === 'done') return syncUi.phase.done;
  return syncUi.phase.manifest;
}

/**
 * A bar while a new laptop loads the team's snapshot, or while more than one file of partners'
 * changes is read (joining, or back after a long time away); a short round shows only the text.
 */
export function SyncProgressBar({ progress }: { progress: SyncProgress | null }) {
  if (!progress || progress.steps === undefined || progress.step === undefined) return null;
  const snapshot = progress.phase === 'snapshot';
  if (!snapshot && (progress.phase !== 'pull' || progress.steps < 2)) return null;
  const label = snapshot ? syncUi.phase.snapshotBar : syncUi.phase.pullBar;
  const of = snapshot ? syncUi.phase.ofRecords : syncUi.phase.ofFiles;
  const valueText = of(formatInt(progress.step), formatInt(progress.steps));
  return (
    <div className="sync-bar">
      <ProgressBar label={label} value={progress.step} max={progress.steps} valueText={valueText} />
      <span className="sync-bar-text">{valueText}</span>
    </div>
  );
}

/** Last success, what waits, the last round, clock skew, open conflicts and "Nu synchroniseren". */
export function SyncStatusPanel({ details }: { details: SyncDetails }) {
  const { running, progress } = useSyncState();
  const report = details.lastReport as StoredReport | null;
  return (
    <section className="card sync-status" aria-labelledby="sync-status-title">
      <div className="sync-status-head">
        <h2 id="sync-status-title">{t.heading}</h2>
        <Button
          variant="primary"
          isDisabled={running || !details.configured}
          onPress={() => void getSyncService().syncNow()}
        >
          {running ? syncUi.syncing : syncUi.syncNow}
        </Button>
      </div>
      {running && (
        <p className="sync-progress" role="status">
          <span className="sync-spinner" aria-hidden="true" />{' '}
          {progressText(progress?.phase, progress?.done ?? 0)}
        </p>
      )}
      {running && <SyncProgressBar progress={progress} />}
      {!details.configured && <Notice tone="info">{t.notConfigured}</Notice>}
      <dl className="facts">
        <dt>{t.lastSuccess}</dt>
        <dd data-testid="sync-last-success">
          {details.lastSuccessAt ? formatDateTime(details.lastSuccessAt) : t.never}
        </dd>
        <dt>{t.pending}</dt>
        <dd data-testid="sync-pending">{t.pendingCount(details.pending)}</dd>
        {report && (
          <>
            <dt>{t.lastRound}</dt>
            <dd data-testid="sync-last-round" data-at={report.at}>
              {formatDateTime(report.at)}:{' '}
              {report.ok ? t.roundOk(report.pushedBatches, report.appliedBatches) : t.roundFailed}
              {report.quarantinedBatches > 0 && <> · {t.quarantined(report.quarantinedBatches)}</>}
            </dd>
            <dt>{t.clock}</dt>
            <dd>{formatSkew(report.skew as SkewEstimate | null)}</dd>
          </>
        )}
        <dt>{t.openConflicts}</dt>
        <dd>
          {details.openConflicts}
          {details.openConflicts > 0 && (
            <>
              {' · '}
              <Link className="link" href="/synchronisatie/conflicten">
                {t.viewConflicts}
              </Link>
            </>
          )}
        </dd>
      </dl>
    </section>
  );
}
