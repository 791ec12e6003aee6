import type { RowContext, PreparedRow } from './tableModel';
import type { ViewState } from './viewState';

export function ExportMenu(_props: { rows: PreparedRow[]; view: ViewState; ctx: RowContext }) {
  return null;
}
