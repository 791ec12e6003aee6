import { Link } from 'react-aria-components';
import { formatCount, formatDateTime } from '../../shared/i18n';
import { useSyncStatus } from '../db/queries/syncStatus';

/** Always visible: is this laptop's work shared yet, and how much is still waiting. */
export function SyncIndicator() {
  const status = useSyncStatus();
  if (!status) return null;
  const pending = formatCount(status.pending, 'wijziging wacht', 'wijzigingen wachten');
  const text = !status.configured
    ? `Synchronisatie niet ingesteld · ${pending}`
    : status.lastSuccessAt
      ? `Laatst gesynchroniseerd ${formatDateTime(status.lastSuccessAt)} · ${pending}`
      : `Nog niet gesynchroniseerd · ${pending}`;
  const tone = !status.configured || status.pending > 0 ? 'sync-pending' : 'sync-ok';
  return (
    <Link href="/synchronisatie" className={`sync-indicator ${tone}`} aria-live="polite">
      <span className="sync-dot" aria-hidden="true" />
      <span data-testid="sync-indicator">{text}</span>
    </Link>
  );
}
