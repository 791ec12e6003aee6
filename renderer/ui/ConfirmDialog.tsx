import type { ReactNode } from 'react';
import { Button } from './Button';
import { Modal } from './Modal';
import { t } from '../../shared/i18n';

/** Ask before something that cannot be undone; focus starts on "cancel", the safe choice. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = t.actions.cancel,
  isOpen,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  isOpen: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal title={title} isOpen={isOpen} onOpenChange={(open) => !open && onCancel()}>
      <div className="confirm-body">{children}</div>
      <div className="modal-actions">
        <Button autoFocus onPress={onCancel}>
          {cancelLabel}
        </Button>
        <Button variant="danger" onPress={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Modal>
  );
}
