import ExcelJS from 'exceljs';
import { portfolio } from '../i18n/nl/portfolio';
import type { ExportCell, ExportColumn } from './columns';
import { asDate, wallClock } from './columns';

export type ExportSheet<Row> = { name: string; columns: readonly ExportColumn<Row>[]; rows: readonly Row[] };

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

// Excel limits sheet names to 31 characters without : \ / ? * [ ].
function sheetName(name: string, used: Set<string>): string {
  const base = (name.replace(/[:\\/?*[\]]/g, ' ').trim() || 'Blad').slice(0, 31);
  let n = base;
  for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  used.add(n.toLowerCase());
  return n;
}

function cellValue(v: ExportCell, type: ExportColumn<unknown>['type']): ExcelJS.CellValue {
  const date = asDate(v, type);
  // Excel has no time zones: write the Dutch wall-clock time as if it were UTC, which is
  // how exceljs turns a Date into an Excel serial number.
  if (date) {
    const w = wallClock(v, date);
    return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
  }
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? portfolio.export.yes : portfolio.export.no;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v;
}

/**
 * An .xlsx workbook, one sheet per entry: bold, frozen heading row, an auto-filter, widths
 * that fit the content, real numbers and real dates (so Excel sorts and filters them).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- sheets of different row types
export async function toXlsx(sheets: readonly ExportSheet<any>[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Veldwerk';
  const used = new Set<string>();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheetName(sheet.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c, i) => {
      const sample = sheet.rows.slice(0, 200).map((r) => String(c.value(r) ?? '').length);
      const width = c.width ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, c.header.length + 2, ...sample.map((n) => n + 2)));
      const numFmt = c.type === 'date' ? 'dd-mm-yyyy' : c.type === 'datetime' ? 'dd-mm-yyyy hh:mm' : undefined;
      const style = { ...(numFmt ? { numFmt } : {}), ...(c.wrap ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}) };
      return { header: c.header, key: `c${i}`, width, style };
    });
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      ws.addRow(sheet.columns.map((c) => cellValue(c.value(row), c.type)));
    }
    if (sheet.columns.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
