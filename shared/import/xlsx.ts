import ExcelJS from 'exceljs';
import type { ImportFile, RawSheet } from './types';

type CellValue = ExcelJS.CellValue;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** One cell as the text a user sees, the way the import reads it. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: CellValue }).result ?? null);
    if ('hyperlink' in v) return cellText((v as { text?: CellValue }).text ?? v.hyperlink);
    if ('error' in v) return '';
  }
  return String(v);
}

/**
 * Reads every worksheet of an .xlsx file; empty rows are kept so row numbers stay right.
 *
 * Merged cells: exceljs gives every cell of a merge the value of its top-left cell. A merge
 * downwards (a company name over two rows) keeps that value in each row. A merge to the right
 * (a heading "Adres" over street and house number, a group heading over several columns) keeps
 * it only in its left cell; the cells to its right are '' and listed in `continued`, so the
 * import can tell a group heading from a column heading and map both columns under "Adres".
 */
export async function parseXlsx(bytes: Uint8Array, fileName = 'bestand.xlsx'): Promise<ImportFile> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer as an ArrayBuffer, which JSZip underneath reads in Node and
  // browsers alike; a view on part of a larger buffer is copied out first.
  const { buffer } = bytes;
  const whole = buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength;
  await workbook.xlsx.load(whole ? buffer : bytes.slice().buffer);
  const sheets: RawSheet[] = [];
  for (const ws of workbook.worksheets) {
    const rows: string[][] = [];
    const continued: Record<number, number[]> = {};
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      while (rows.length < rowNumber - 1) rows.push([]);
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        while (cells.length < col - 1) cells.push('');
        const master = cell.isMerged ? cell.master : cell;
        if (master !== cell && Number(master.col) !== col) {
          cells.push('');
          (continued[rowNumber - 1] ??= []).push(col - 1);
        } else {
          cells.push(cellText(master.value).trim());
        }
      });
      rows.push(cells);
    });
    sheets.push(Object.keys(continued).length > 0 ? { name: ws.name, rows, continued } : { name: ws.name, rows });
  }
  return { format: 'xlsx', fileName, sheets };
}
