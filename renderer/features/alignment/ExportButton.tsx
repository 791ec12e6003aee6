import { useState } from 'react';
import type { Meeting } from '../../../shared/domain/meeting';
import { saveFile } from '../../platform/platform';
import { Button } from '../../ui/Button';
import { exportFileName, overviewWorkbook } from './exportOverview';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import type { OverviewContext } from './useOverview';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "Exporteren naar Excel": every list of the agenda, one sheet each. */
export function ExportButton({
  context,
  meeting,
  beforeExport,
}: {
  context: OverviewContext | undefined;
  meeting?: Meeting;
  /** Write pending edits first (the meeting's autosave), so the file holds what is on screen. */
  beforeExport?: () => Promise<unknown>;
}) {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <Button
        isDisabled={!context}
        onPress={async () => {
          if (!context) return;
          setStatus(null);
          try {
            await beforeExport?.();
            const bytes = await overviewWorkbook(context, meeting);
            if (await saveFile(exportFileName(context.overview.period), bytes, XLSX_MIME)) setStatus(ui.overview.exported);
          } catch (e) {
            setStatus(e instanceof Error ? e.message : String(e));
          }
        }}
      >
        {ui.overview.export}
      </Button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </>
  );
}
