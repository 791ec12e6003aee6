import { useState } from 'react';
import { formatDateTime, formatInt } from '../../../shared/i18n/format';
import { useImports } from '../../db/queries/companies';
import { undoImport } from '../../db/repositories/companies';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Page';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** The most recent import, with a one-step undo while it has not been undone. */
export function LastImportNotice() {
  const imports = useImports(1);
  const [busy, setBusy] = useState(false);
  const last = imports?.[0];
  if (!last || last.undoneAt) return null;
  return (
    <Notice title={px.importScreen.laatsteImport}>
      <p>
        {last.fileName} ({formatDateTime(last.at)}): {formatInt(last.created.length)} {px.importScreen.nieuw}{' '}
        {formatInt(last.updated.length)} {px.importScreen.bijgewerkt}
      </p>
      <Button
        isDisabled={busy}
        onPress={async () => {
          setBusy(true);
          try {
            await undoImport(last.id);
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? px.importScreen.bezigMetTerugdraaien : px.importScreen.importOngedaanMaken}
      </Button>
    </Notice>
  );
}
