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
  return neutraliseFormula(String(v));
}

// A cell starting with = + - @ is run as a formula by Excel (CSV injection). Phone numbers and
// negative numbers are left alone; anything else gets a leading apostrophe.
function neutraliseFormula(s: string): string {
  if (!/^[=+\-@\t\r]/.test(s)) return s;
  if (/^[+-][\d\s().-]*$/.test(s)) return s;
  return `'${s}`;
}

function quote(s: string): string {
  return /[;"\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV as text, starting with the BOM. */
export function toCsv<Row>(columns: readonly ExportColumn<Row>[], rows: Iterable<Row>): string {
  const lines: string[] = [columns.map((c) => quote(neutraliseFormula(c.header))).join(';')];
  for (const row of rows) lines.push(columns.map((c) => quote(formatCell(c.value(row), c.type))).join(';'));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The same CSV as UTF-8 bytes, ready to save or download. */
export function toCsvBytes<Row>(columns: readonly ExportColumn<Row>[], rows: Iterable<Row>): Uint8Array {
  return new TextEncoder().encode(toCsv(columns, rows));
}
