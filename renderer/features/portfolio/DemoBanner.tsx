import { useState } from 'react';
import { formatInt } from '../../../shared/i18n/format';
import { useDemoCount } from '../../db/queries/companies';
import { removeDemo } from '../../db/repositories/demo';
import { Button } from '../../ui/Button';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** Always visible while demo rows exist, so nobody mistakes them for real companies. */
export function DemoBanner() {
  const count = useDemoCount();
  const [busy, setBusy] = useState(false);
  if (!count) return null;
  return (
    <div className="demo-banner" role="status">
      <span>
        <strong>{px.list.uWerktMetDemogegevens}</strong> {formatInt(count)} {px.list.fictieveBedrijvenZijnGemarkeerd}
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
        {busy ? px.list.bezigMetVerwijderen : px.list.demogegevensVerwijderen}
      </Button>
    </div>
  );
}
