import { syncUi } from '../../../shared/i18n/nl/sync';
import type { MassDeletionSummary } from '../../../shared/sync/ports';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';

const t = syncUi.massDeletion;

/** The engine's mass-deletion breaker: nothing is deleted until the advisor says yes. */
export function MassDeletionDialog({
  summary,
  onAnswer,
}: {
  summary: MassDeletionSummary;
  onAnswer: (ok: boolean) => void;
}) {
  return (
    <Modal
      title={t.title}
      isOpen
      onOpenChange={(open) => !open && onAnswer(false)}
      isDismissable={false}
    >
      <p>{summary.message}</p>
      <ul>
        {summary.tables.map((row) => (
          <li key={row.table}>
            {t.detail(syncUi.tables[row.table] ?? row.table, row.deleting, row.live)}
          </li>
        ))}
      </ul>
      {summary.examples.length > 0 && (
        <>
          <p>{t.examples}</p>
          <ul className="mass-deletion-examples">
            {summary.examples.map((name, i) => (
              <li key={`${i}-${name}`}>{name}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t.explain}</p>
      <div className="modal-actions">
        <Button onPress={() => onAnswer(false)} autoFocus>
          {t.refuse}
        </Button>
        <Button variant="danger" onPress={() => onAnswer(true)}>
          {t.confirm}
        </Button>
      </div>
    </Modal>
  );
}
