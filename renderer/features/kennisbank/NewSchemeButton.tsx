import { useState } from 'react';
import { Button } from '../../ui/Button';
import { SchemeFormDialog } from './SchemeFormDialog';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';

export function NewSchemeButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" onPress={() => setOpen(true)}>
        {kx.schemes.add}
      </Button>
      {open && <SchemeFormDialog scheme={null} isOpen={open} onOpenChange={setOpen} />}
    </>
  );
}
