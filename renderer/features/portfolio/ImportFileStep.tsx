import { useState } from 'react';
import { DropZone, FileTrigger, Text } from 'react-aria-components';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Page';
import { importing } from '../../../shared/i18n/nl/import';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

const ACCEPT = ['.csv', '.txt', '.xlsx', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** Step 1: pick a CSV or XLSX file, by button or by dropping it. */
export function ImportFileStep({ onFile, error }: { onFile: (file: File) => void; error?: string }) {
  const [over, setOver] = useState(false);
  return (
    <>
      {error && <Notice tone="error" title={importing.preview.fileNotRead}>{error}</Notice>}
      <DropZone
        className={`drop-zone${over ? ' dragging' : ''}`}
        aria-label={px.importScreen.sleepHierEenCsv}
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
          <strong>{px.importScreen.sleepEenBestandHierheen}</strong> {px.importScreen.ofKiesHetVan}
        </Text>
        <p className="muted">
          {px.importScreen.csvKommaPuntkommaOf}
        </p>
        <FileTrigger acceptedFileTypes={ACCEPT} onSelect={(files) => files?.[0] && onFile(files[0])}>
          <Button variant="primary">{px.importScreen.bestandKiezen}</Button>
        </FileTrigger>
      </DropZone>
    </>
  );
}
