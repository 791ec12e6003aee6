import { useState } from 'react';
import { DropZone, FileTrigger, Text } from 'react-aria-components';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Page';
import { importing } from '../../../shared/i18n/nl/import';

const ACCEPT = ['.csv', '.txt', '.xlsx', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** Step 1: pick a CSV or XLSX file, by button or by dropping it. */
export function ImportFileStep({ onFile, error }: { onFile: (file: File) => void; error?: string }) {
  const [over, setOver] = useState(false);
  return (
    <>
      {error && <Notice tone="error" title={importing.preview.fileNotRead}>{error}</Notice>}
      <DropZone
        className={`drop-zone${over ? ' dragging' : ''}`}
        aria-label="Sleep hier een CSV- of Excel-bestand naartoe"
        onDropEnter={() => setOver(true)}
        onDropExit={() => setOver(false)}
        onDrop={async (e) => {
          setOver(false);
          for (const item of e.items) {
            if (item.kind === 'file') {
              onFile(await item.getFile());
              return;
            }
          }
        }}
      >
        <Text slot="label">
          <strong>Sleep een bestand hierheen</strong> of kies het van uw computer.
        </Text>
        <p className="muted">
          CSV (komma, puntkomma of tab) of Excel (.xlsx), bijvoorbeeld een uittreksel uit het KvK-handelsregister. Er
          wordt niets opgeslagen voordat u de import bevestigt.
        </p>
        <FileTrigger acceptedFileTypes={ACCEPT} onSelect={(files) => files?.[0] && onFile(files[0])}>
          <Button variant="primary">Bestand kiezen</Button>
        </FileTrigger>
      </DropZone>
    </>
  );
}
