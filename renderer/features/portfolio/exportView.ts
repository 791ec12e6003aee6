import { localToday } from '../../../shared/dates/localDate';
import { toCsvBytes } from '../../../shared/export/csv';
import type { ExportColumn } from '../../../shared/export/columns';
import { saveFile } from '../../platform/platform';
import { COLUMN_BY_ID, COLUMN_SPECS, DEFAULT_VISIBILITY } from './columns';
import type { PreparedRow, RowContext } from './tableModel';
import type { ViewState } from './viewState';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** The visible columns of a view, in the order the table shows them. */
export function exportColumns(view: ViewState, ctx: RowContext): ExportColumn<PreparedRow>[] {
  const order = [
    ...view.columnOrder.filter((id) => COLUMN_BY_ID.has(id)),
    ...COLUMN_SPECS.map((c) => c.id).filter((id) => !view.columnOrder.includes(id)),
  ];
  const visibility = { ...DEFAULT_VISIBILITY, ...view.columnVisibility };
  return order
    .filter((id) => visibility[id] !== false)
    .map((id) => {
      const spec = COLUMN_BY_ID.get(id)!;
      if (id === 'employees') return { header: spec.header, type: 'number', value: (r) => r.row.employees ?? null };
      if (id === 'kvk') return { header: spec.header, type: 'text', value: (r) => r.row.kvk ?? '' };
      return { header: spec.header, value: (r) => spec.text(r.row, ctx) };
    });
}

export async function exportView(format: 'csv' | 'xlsx', rows: PreparedRow[], view: ViewState, ctx: RowContext): Promise<boolean> {
  const columns = exportColumns(view, ctx);
  const stamp = localToday();
  if (format === 'csv') {
    return saveFile(`portefeuille-${stamp}.csv`, toCsvBytes(columns, rows), 'text/csv;charset=utf-8');
  }
  // exceljs is large: loaded only when someone exports a workbook.
  const { toXlsx } = await import('../../../shared/export/xlsx');
  const bytes = await toXlsx([{ name: px.columns.portefeuille, columns, rows }]);
  return saveFile(`portefeuille-${stamp}.xlsx`, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}
