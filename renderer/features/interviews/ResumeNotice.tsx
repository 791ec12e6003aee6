import { Button } from '../../ui/Button';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

/** Shown when a concept with answers is opened again: continue where the advisor left off. */
export function ResumeNotice({
  at,
  onResume,
  onDismiss,
}: {
  at: string;
  onResume: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className="notice notice-info resume-notice" role="status">
      <strong className="notice-title">{tx.conduct.resumeTitle}</strong>
      <p>{tx.conduct.resumeBody(at)}</p>
      <div className="resume-actions">
        <Button variant="primary" onPress={onResume} autoFocus>
          {tx.conduct.resume}
        </Button>
        <Button variant="quiet" onPress={onDismiss}>
          {tx.conduct.fromStart}
        </Button>
      </div>
    </div>
  );
}
