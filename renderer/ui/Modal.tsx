import type { ReactNode } from 'react';
import { Dialog, Heading, Modal as AriaModal, ModalOverlay } from 'react-aria-components';

/**
 * A modal dialog: focus is trapped inside, Esc closes (unless `isDismissable` is false for a
 * dialog that must be answered), focus returns to the opener.
 */
export function Modal({
  title,
  isOpen,
  onOpenChange,
  children,
  wide,
  isDismissable = true,
}: {
  title: string;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
  wide?: boolean;
  isDismissable?: boolean;
}) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={isDismissable}
      isKeyboardDismissDisabled={!isDismissable}
    >
      <AriaModal className={`modal${wide ? ' modal-wide' : ''}`}>
        <Dialog className="modal-dialog">
          <Heading slot="title">{title}</Heading>
          {children}
        </Dialog>
      </AriaModal>
    </ModalOverlay>
  );
}
