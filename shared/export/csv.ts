import Papa from 'papaparse';
import { portfolio } from '../i18n/nl/portfolio';
import type { ExportCell, ExportColumn, ExportColumnType } from './columns';
import { asDate, wallClock } from './columns';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * CSV that Dutch Excel opens by double-click: ';' between fields (the comma is the decimal
 * sign in nl-NL), a UTF-8 byte order mark so accents survive, CRLF line ends, and dates as
 * dd-mm-jjjj (and uu:mm) in Dutch time.
 */

const BOM = '\uFEFF';

function formatCell(v: ExportCell, type: ExportColumnType | undefined): string {
  const date = asDate(v, type);
  if (date) {
    const w = wallClock(v, date);
    const d = `${pad(w.day)}-${pad(w.month)}-${w.year}`;
    return type === 'date' || (typeof v === 'string' && v.length === 10) ? d : `${d} ${pad(w.hour)}:${pad(w.minute)}`;
  }
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? portfolio.export.yes : portfolio.export.no;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).replace('.', ',') : '';
  return String(v);
}

/**
 * A cell starting with = + - @, a tab or a carriage return is run as a formula by Excel (CSV
 * injection); papaparse puts an apostrophe before it. Cells of only digits, spaces, brackets,
 * dots, commas and dashes after a leading + or - (phone numbers, negative numbers) cannot call a
 * function, so they are left readable.
 */
export const FORMULA_START = /^(?![+-][\d ().,-]*$)[=+\-@\t\r]/;

/** The CSV as text, starting with the BOM. */
export function toCsv<Row>(columns: readonly ExportColumn<Row>[], rows: Iterable<Row>): string {
  const data = Array.from(rows, (row) => columns.map((c) => formatCell(c.value(row), c.type)));
  const body = Papa.unparse(
    { fields: columns.map((c) => c.header), data },
    { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  // Papaparse ends a header without rows with a line break, and a file with rows without one.
  return `${BOM}${body.replace(/\r\n$/, '')}\r\n`;
}

/** The same CSV as UTF-8 bytes, ready to save or download. */
export function toCsvBytes<Row>(columns: readonly ExportColumn<Row>[], rows: Iterable<Row>): Uint8Array {
  return new TextEncoder().encode(toCsv(columns, rows));
}
