import { useState } from 'react';
import { Button } from '../../ui/Button';
import { TermFormDialog } from './TermFormDialog';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';

export function NewTermButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" onPress={() => setOpen(true)}>
        {kx.terms.add}
      </Button>
      {open && <TermFormDialog term={null} isOpen={open} onOpenChange={setOpen} />}
    </>
  );
}
