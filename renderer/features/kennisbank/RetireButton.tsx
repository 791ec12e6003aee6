import { useState } from 'react';
import type { ReferenceTable } from '../../../shared/domain/referenceSet';
import { setRetired } from '../../db/repositories/reference';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Page';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';

/** Retire a begrip, regeling or netwerk (it stays for history and links), or bring it back. */
export function RetireButton({ table, id, retired }: { table: ReferenceTable; id: string; retired: boolean }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="quiet"
        onPress={() => {
          setError(null);
          setRetired(table, id, !retired).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
        }}
      >
        {retired ? kx.unretire : kx.retire}
      </Button>
      {error && <Notice tone="error">{error}</Notice>}
    </>
  );
}
