import type { ExportColumn } from '../export/columns';
import { toCsv } from '../export/csv';
import { importing } from '../i18n/nl/import';
import { portfolio } from '../i18n/nl/portfolio';
import type { ImportPlan, PlanRow } from './plan';

/** Why a row was not imported, in Dutch: its errors first, then what made it a skip. */
export function rejectReason(row: PlanRow): string {
  const parts: string[] = [];
  for (const i of row.issues) if (i.severity === 'error') parts.push(i.column ? importing.column(i.column, i.message) : i.message);
  if (row.action === 'skip') {
    for (const i of row.issues) if (i.severity === 'warning' && i.column === '') parts.push(i.message);
    const dup = row.duplicates[0];
    if (dup && row.duplicateOfRow === null) parts.push(`${dup.message}. ${portfolio.duplicate.existing}.`);
    if (row.missingKvk && parts.length === 0) parts.push(importing.row.noKvk);
  }
  return parts.join(' ');
}

/**
 * The rows that were skipped or refused, as CSV for Dutch Excel: the file's own columns in
 * their order, plus a "Melding" column that says what to fix, so the advisor can correct the
 * rows and import this file again.
 */
export function rejectedRowsCsv(
  sheetRows: readonly (readonly string[])[],
  headers: readonly string[],
  plan: ImportPlan,
): { csv: string; count: number } {
  const rejected = plan.rows.filter((r) => r.action === 'skip' || r.action === 'error');
  let width = headers.length;
  for (const r of rejected) width = Math.max(width, sheetRows[r.rowNumber - 1]?.length ?? 0);
  const columns: ExportColumn<PlanRow>[] = Array.from({ length: width }, (_, c) => ({
    header: headers[c] ?? '',
    type: 'text' as const,
    value: (r: PlanRow) => sheetRows[r.rowNumber - 1]?.[c] ?? '',
  }));
  columns.push({ header: importing.done.messageColumn, type: 'text', value: rejectReason });
  return { csv: toCsv(columns, rejected), count: rejected.length };
}
