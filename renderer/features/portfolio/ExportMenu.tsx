import { useState } from 'react';
import { Button } from '../../ui/Button';
import { PopoverButton } from '../../ui/PopoverButton';
import { exportView } from './exportView';
import type { PreparedRow, RowContext } from './tableModel';
import type { ViewState } from './viewState';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** Export exactly what the table shows: visible columns in their order, filters applied. */
export function ExportMenu({ rows, view, ctx }: { rows: PreparedRow[]; view: ViewState; ctx: RowContext }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      await exportView(format, rows, view, ctx);
      setOpen(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <PopoverButton label={px.list.exporteren} dialogLabel={px.list.huidigeWeergaveExporteren} isOpen={open} onOpenChange={setOpen}>
      <p>
        {rows.length === 1 ? px.list.t1Bedrijf : px.list.companies(rows.length)} {px.list.metDeZichtbareKolommen}
      </p>
      <div className="wizard-actions">
        <Button isDisabled={busy} onPress={() => run('csv')}>
          CSV (Excel)
        </Button>
        <Button isDisabled={busy} onPress={() => run('xlsx')}>
          Excel-werkmap (.xlsx)
        </Button>
      </div>
    </PopoverButton>
  );
}
