import type { FormEvent, ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Page';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

/** The frame of a kennisbank editor: a modal form with an error line and Annuleren / Opslaan. */
export function EditorDialog({ title, isOpen, onOpenChange, onSubmit, error, busy, children }: {
  title: string;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onSubmit: (e: FormEvent) => void;
  error: string | null;
  busy: boolean;
  children: ReactNode;
}) {
  return (
    <Modal title={title} isOpen={isOpen} onOpenChange={onOpenChange} wide isDismissable={!busy}>
      <form onSubmit={onSubmit} noValidate className="kb-editor">
        {children}
        {error && <Notice tone="error">{error}</Notice>}
        <div className="modal-actions">
          <Button variant="quiet" onPress={() => onOpenChange(false)} isDisabled={busy}>
            {kf.cancel}
          </Button>
          <Button variant="primary" type="submit" isDisabled={busy}>
            {kf.save}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
