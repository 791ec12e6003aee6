import { useState } from 'react';
import { formatDateTime } from '../../../shared/i18n/format';
import { useCompany } from '../../db/queries/companies';
import type { ContactLogRow } from '../../db/queries/contactLogs';
import { removeContactLog } from '../../db/repositories/contactLogs';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Page';
import { ui } from '../../../shared/i18n/nl/contactsScreens';

type Props = {
  log: ContactLogRow;
  /** Run before the removal (drop the edit draft, so it cannot come back). */
  beforeDelete: () => Promise<void>;
  onDeleted: () => void;
};

/** "Verwijderen" with a confirmation; the log becomes a tombstone so the removal replicates. */
export function DeleteContactLogButton({ log, beforeDelete, onDeleted }: Props) {
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const company = useCompany(log.companyId);
  const ed = ui.editLog;

  async function remove() {
    setAsking(false);
    try {
      await beforeDelete();
      await removeContactLog(log.id);
      onDeleted();
    } catch (e) {
      console.error(e);
      setFailed(true);
    }
  }

  return (
    <>
      <Button variant="danger" className="delete-button" onPress={() => setAsking(true)}>
        {ed.remove}
      </Button>
      {failed && <Notice tone="error">{ed.removeFailed}</Notice>}
      <ConfirmDialog
        title={ed.confirmTitle}
        confirmLabel={ed.remove}
        isOpen={asking}
        onConfirm={() => void remove()}
        onCancel={() => setAsking(false)}
      >
        <p>{ed.confirmBody(company?.name ?? ui.logs.unknownCompany, formatDateTime(log.at))}</p>
        {log.visibility === 'gedeeld' && <p>{ed.confirmShared}</p>}
        <p>{ed.confirmFollowUps}</p>
      </ConfirmDialog>
    </>
  );
}
