import { useState } from 'react';
import type { Guide } from '../../../shared/domain/guide';
import type { Interview } from '../../../shared/domain/interview';
import { summarize } from '../../../shared/guides/engine';
import type { AnswersUpdate } from '../../db/repositories/interviews';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Page';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

const t = tx.finishDialog;

/** Confirms afronden and shows the summary the contactmoment will get. */
export function FinishDialog({
  isOpen,
  onOpenChange,
  guide,
  interview,
  update,
  sector,
  onConfirm,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  guide: Guide;
  interview: Interview;
  update: AnswersUpdate;
  sector: string | null;
  onConfirm: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
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
      {error && <Notice tone="error">{error}</Notice>}
      <div className="modal-actions">
        <Button variant="secondary" onPress={() => onOpenChange(false)} isDisabled={busy}>
          {t.cancel}
        </Button>
        <Button
          variant="primary"
          isDisabled={busy}
          onPress={async () => {
            setBusy(true);
            setError(null);
            try {
              await onConfirm();
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
