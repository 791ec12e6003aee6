import type { Profile } from '../../../shared/domain/common';
import { useFollowUp } from '../../db/queries/followUps';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Page';
import { FollowUpEditForm } from './FollowUpEditForm';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import { t } from '../../../shared/i18n';

type Props = {
  /** The follow-up to edit; null keeps the dialog closed. */
  followUpId: string | null;
  profile: Profile;
  onClose: () => void;
  /** After a save or delete, with what to tell the advisor. */
  onDone?: (message: string) => void;
};

/** "Vervolgactie bewerken": title, owner, due date, notes, status and visibility; or delete it. */
export function FollowUpEditDialog({ followUpId, profile, onClose, onDone }: Props) {
  const followUp = useFollowUp(followUpId);
  return (
    <Modal title={ui.editFollowUp.title} isOpen={followUpId !== null} onOpenChange={(o) => !o && onClose()}>
      {followUp === undefined && followUpId && <p role="status">{t.loading}</p>}
      {followUp === null && followUpId && (
        <>
          <Notice tone="warning">{ui.editFollowUp.gone}</Notice>
          <div className="modal-actions">
            <Button onPress={onClose}>{ui.editLog.close}</Button>
          </div>
        </>
      )}
      {followUp && <FollowUpEditForm key={followUp.id} followUp={followUp} profile={profile} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}
