import { importing } from '../i18n/nl/import';
import { portfolio } from '../i18n/nl/portfolio';
import type { DedupeKeys, DuplicateIndex } from '../rules/dedupe';
import { parseCsv } from './csv';
import type { ColumnMapping } from './mapping';
import { detectHeaderRow, headingScore, suggestMapping } from './mapping';
import type { ImportMode, ImportPlan, WithoutKvk } from './plan';
import { buildImportPlan } from './plan';
import { ImportFileError, type ImportFile } from './types';
import { parseXlsx } from './xlsx';

export type ImportOptions = {
  mode?: ImportMode;
  /** Sheet index or name; default the first sheet with data. */
  sheet?: number | string;
  /** 1-based spreadsheet row of the headings; default detected. */
  headerRow?: number;
  /** Column mapping; default suggested from the headings. */
  mapping?: ColumnMapping;
  /** What happens to rows without a KvK number; default 'add'. */
  withoutKvk?: WithoutKvk;
};

export type ImportPreview = {
  file: Omit<ImportFile, 'sheets'> & { sheets: { name: string; rowCount: number }[] };
  sheetIndex: number;
  headerRow: number;
  headers: string[];
  /** Columns that are the right-hand part of a heading merged over several columns. */
  continued: boolean[];
  mapping: ColumnMapping;
  /** The first rows under the headings, as text, for the mapping screen. */
  sample: string[][];
  plan: ImportPlan;
};

export { ImportFileError };

const msg = portfolio.import;

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOleXls = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
const startsWith = (b: Uint8Array, sig: readonly number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);
const isPdf = (b: Uint8Array) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]);
// PNG, JPEG, GIF, 7z, gzip, RAR: never a list, whatever the name says.
const OTHER_BINARY = [[0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46, 0x38], [0x37, 0x7a, 0xbc, 0xaf], [0x1f, 0x8b], [0x52, 0x61, 0x72, 0x21]];

/** Reads CSV or XLSX; the content decides, not the extension (a ".csv" may be a renamed workbook). */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<ImportFile> {
  const named = (message: string) => new ImportFileError(importing.file.named(fileName, message));
  if (bytes.length === 0) throw named(msg.emptyFile);
  if (isOleXls(bytes)) throw named(msg.oldXls);
  if (isZip(bytes)) {
    let file: ImportFile;
    try {
      file = await parseXlsx(bytes, fileName);
    } catch {
      throw named(msg.unreadableXlsx);
    }
    if (!file.sheets.some((s) => s.rows.some((r) => r.some((c) => c.trim() !== '')))) throw named(msg.noSheets);
    return file;
  }
  if (isPdf(bytes)) throw new ImportFileError(importing.file.pdf(fileName));
  if (OTHER_BINARY.some((sig) => startsWith(bytes, sig))) throw new ImportFileError(importing.file.binary(fileName));
  const file = parseCsv(bytes, fileName);
  if (!looksLikeList(file.sheets[0]!.rows)) throw new ImportFileError(importing.file.noColumns(fileName));
  return file;
}

/**
 * A readable list has columns (some row with two or more filled cells) or at least one known
 * heading; a letter or a log file saved as .csv has neither.
 */
function looksLikeList(rows: readonly (readonly string[])[]): boolean {
  const top = rows.slice(0, 50);
  if (top.length === 0) return false;
  return top.some((r) => r.filter((c) => c.trim() !== '').length >= 2) || top.some((r) => headingScore(r) >= 1);
}

/** The sheet that looks most like a company list: most known headings, else the first with data. */
function bestSheet(sheets: ImportFile['sheets']): number {
  let best = -1;
  let bestScore = 0;
  sheets.forEach((s, i) => {
    const score = headingScore(s.rows[detectHeaderRow(s.rows)] ?? []);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best >= 0 ? best : sheets.findIndex((s) => s.rows.some((r) => r.some((c) => c.trim() !== '')));
}

/** Plans an already-read file; cheap enough to rerun on every change on the mapping screen. */
export function planFromFile(
  file: ImportFile,
  existing: DuplicateIndex | readonly DedupeKeys[],
  options: ImportOptions = {},
): ImportPreview {
  const sheets = file.sheets;
  let sheetIndex =
    typeof options.sheet === 'string'
      ? sheets.findIndex((s) => s.name === options.sheet)
      : options.sheet ?? bestSheet(sheets);
  if (sheetIndex < 0 || sheetIndex >= sheets.length) sheetIndex = 0;
  const sheet = sheets[sheetIndex];
  if (!sheet) throw new ImportFileError(msg.noSheets);
  const headerIdx = options.headerRow !== undefined ? options.headerRow - 1 : detectHeaderRow(sheet.rows);
  const raw = (sheet.rows[headerIdx] ?? []).map((h) => h.trim());
  const spans = new Set(sheet.continued?.[headerIdx] ?? []);
  const width = Math.max(raw.length, ...[...spans].map((c) => c + 1));
  // A heading merged over several columns names each of them.
  const headers: string[] = [];
  const continued: boolean[] = [];
  for (let c = 0; c < width; c++) {
    const cont = spans.has(c) && c > 0;
    continued.push(cont);
    headers.push(cont ? headers[c - 1]! : raw[c] ?? '');
  }
  const mapping = options.mapping ?? suggestMapping(headers, continued);
  const dataRows = sheet.rows.slice(headerIdx + 1);
  const plan = buildImportPlan({
    rows: dataRows,
    firstRowNumber: headerIdx + 2,
    headers,
    mapping,
    existing,
    mode: options.mode ?? 'skip-duplicates',
    withoutKvk: options.withoutKvk ?? 'add',
  });
  const { sheets: _omit, ...rest } = file;
  return {
    file: { ...rest, sheets: sheets.map((s) => ({ name: s.name, rowCount: s.rows.length })) },
    sheetIndex,
    headerRow: headerIdx + 1,
    headers,
    continued,
    mapping,
    sample: dataRows.slice(0, 10).map((r) => [...r]),
    plan,
  };
}

/** Bytes + file name + existing keys in, preview and plan out. */
export async function planImport(args: {
  bytes: Uint8Array;
  fileName: string;
  existing: DuplicateIndex | readonly DedupeKeys[];
  options?: ImportOptions;
}): Promise<ImportPreview> {
  const file = await readImportFile(args.bytes, args.fileName);
  return planFromFile(file, args.existing, args.options);
}
