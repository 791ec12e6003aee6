import { useState } from 'react';
import { Button } from '../../ui/Button';
import { NetworkFormDialog } from './NetworkFormDialog';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';

export function NewNetworkButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" onPress={() => setOpen(true)}>
        {kx.networks.add}
      </Button>
      {open && <NetworkFormDialog network={null} isOpen={open} onOpenChange={setOpen} />}
    </>
  );
}
