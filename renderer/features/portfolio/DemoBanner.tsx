import { useState } from 'react';
import { formatInt } from '../../../shared/i18n/format';
import { useDemoCount } from '../../db/queries/companies';
import { removeDemo } from '../../db/repositories/demo';
import { Button } from '../../ui/Button';

/** Always visible while demo rows exist, so nobody mistakes them for real companies. */
export function DemoBanner() {
  const count = useDemoCount();
  const [busy, setBusy] = useState(false);
  if (!count) return null;
  return (
    <div className="demo-banner" role="status">
      <span>
        <strong>U werkt met demogegevens.</strong> {formatInt(count)} fictieve bedrijven zijn gemarkeerd met “demo”.
      </span>
      <Button
        variant="secondary"
        isDisabled={busy}
        onPress={async () => {
          setBusy(true);
          try {
            await removeDemo();
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? 'Bezig met verwijderen…' : 'Demogegevens verwijderen'}
      </Button>
    </div>
  );
}
