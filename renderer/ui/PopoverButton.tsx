import type { ReactNode } from 'react';
import { Dialog, DialogTrigger, Popover } from 'react-aria-components';
import { Button, type ButtonProps } from './Button';

/** A button that opens a non-modal popover dialog (filters, column choice, menus). */
export function PopoverButton({
  label,
  children,
  variant = 'secondary',
  dialogLabel,
  isOpen,
  onOpenChange,
  ...buttonProps
}: Omit<ButtonProps, 'children'> & {
  label: ReactNode;
  dialogLabel: string;
  children: ReactNode;
  isOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={onOpenChange}>
      <Button variant={variant} {...buttonProps}>
        {label}
      </Button>
      <Popover className="popover" placement="bottom start">
        <Dialog className="popover-dialog popover-panel" aria-label={dialogLabel}>
          {children}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
