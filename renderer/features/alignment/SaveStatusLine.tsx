import type { SaveStatus } from '../../ui/useDebouncedSave';
import { Button } from '../../ui/Button';
import { alignmentReach as t } from '../../../shared/i18n/nl/alignmentReach';

/** Where the autosave stands, in words; a failed write says so and offers to try again. */
export function SaveStatusLine({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const text =
    status.kind === 'idle'
      ? t.save.idle
      : status.kind === 'pending'
        ? t.save.pending
        : status.kind === 'saving'
          ? t.save.saving
          : status.kind === 'saved'
            ? t.save.saved(status.at)
            : t.save.error(status.message);
  return (
    <p className={`save-status no-print${status.kind === 'error' ? ' is-error' : ''}`} role={status.kind === 'error' ? 'alert' : 'status'}>
      {text}
      {status.kind === 'error' && (
        <>
          {' '}
          <Button variant="quiet" onPress={onRetry}>
            {t.save.retry}
          </Button>
        </>
      )}
    </p>
  );
}
