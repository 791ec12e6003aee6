import { useState } from 'react';
import type { Guide } from '../../../shared/domain/guide';
import type { Interview } from '../../../shared/domain/interview';
import { summarize } from '../../../shared/guides/engine';
import type { AnswersUpdate } from '../../db/repositories/interviews';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Page';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';
import type { FollowUpDraft } from '../../db/repositories/contactLogs';
import { checkPlanned, FollowUpPlanner, newPlanned, type PlannedFollowUp } from './FollowUpPlanner';

const t = tx.finishDialog;

/** Confirms afronden, shows the summary the contactmoment will get, and plans the follow-ups agreed. */
export function FinishDialog({
  isOpen,
  onOpenChange,
  guide,
  interview,
  update,
  sector,
  me,
  onConfirm,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  guide: Guide;
  interview: Interview;
  update: AnswersUpdate;
  sector: string | null;
  me: { advisorId: string; name: string };
  onConfirm: (followUps: FollowUpDraft[]) => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [planned, setPlanned] = useState<PlannedFollowUp[]>(() => [newPlanned(me.advisorId)]);
  const [plannedErrors, setPlannedErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const preview = isOpen
    ? summarize(
        guide,
        { ...interview, ...update, status: 'afgerond', finishedAt: new Date().toISOString() },
        (sector ?? null) as Interview['sector'],
      )
    : '';
  return (
    <Modal title={t.title} isOpen={isOpen} onOpenChange={onOpenChange} wide>
      <p>{t.body}</p>
      <pre className="summary-preview">{preview}</pre>
      <FollowUpPlanner rows={planned} onChange={setPlanned} errors={plannedErrors} me={me} />
      {error && <Notice tone="error">{error}</Notice>}
      <div className="modal-actions">
        <Button variant="secondary" onPress={() => onOpenChange(false)} isDisabled={busy}>
          {t.cancel}
        </Button>
        <Button
          variant="primary"
          isDisabled={busy}
          onPress={async () => {
            const checked = checkPlanned(planned);
            setPlannedErrors(checked.errors);
            if (Object.keys(checked.errors).length > 0) return;
            setBusy(true);
            setError(null);
            try {
              await onConfirm(checked.drafts);
            } catch (e) {
              setError(e instanceof Error ? e.message : String(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          {t.confirm}
        </Button>
      </div>
    </Modal>
  );
}
