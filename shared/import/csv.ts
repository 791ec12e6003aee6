import Papa from 'papaparse';
import { columnRef, importing } from '../i18n/nl/import';
import { decodeText, looksBinary } from './encoding';
import { detectHeaderRow } from './mapping';
import { ImportFileError, type Delimiter, type ImportFile } from './types';

const CANDIDATES: readonly Delimiter[] = ['\t', ';', ',', '|'];
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 50;

/**
 * The separator that splits the first records most consistently. Counting is quote-aware, so a
 * quoted address with a comma or a line break does not count. On a tie ';' beats ',' because
 * Dutch Excel writes ';' and uses the comma for decimals.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts: number[][] = CANDIDATES.map(() => []);
  const current = CANDIDATES.map(() => 0);
  let inQuotes = false;
  let nonEmpty = false;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end && counts[0]!.length < SAMPLE_RECORDS; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (nonEmpty) CANDIDATES.forEach((_, k) => counts[k]!.push(current[k]!));
      current.fill(0);
      nonEmpty = false;
    } else if (!inQuotes) {
      const k = CANDIDATES.indexOf(ch as Delimiter);
      if (k >= 0) current[k]!++;
      if (ch !== ' ') nonEmpty = true;
    }
  }
  if (nonEmpty) CANDIDATES.forEach((_, k) => counts[k]!.push(current[k]!));

  let best: Delimiter = ';';
  let bestScore = -1;
  CANDIDATES.forEach((d, k) => {
    const list = counts[k]!;
    if (list.length === 0) return;
    const freq = new Map<number, number>();
    for (const c of list) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    let modeHits = 0;
    for (const hits of freq.values()) modeHits = Math.max(modeHits, hits);
    // Title rows above the header have no separators; they lower consistency, not the choice.
    const score = modeHits / list.length;
    const rank = score + (d === ';' ? 0.001 : 0);
    if (modeHits > 0 && rank > bestScore) {
      best = d;
      bestScore = rank;
    }
  });
  return best;
}

/**
 * Parses CSV bytes into rows of text; blank lines stay so row numbers match the spreadsheet.
 * A file that is not text, or whose quotes do not close, is refused as a whole: a quote left
 * open swallows every row after it into one cell, and a half-read list must never be imported.
 */
export function parseCsv(bytes: Uint8Array, fileName = 'bestand.csv'): ImportFile {
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) throw new ImportFileError(importing.file.binary(fileName));
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const rows = result.data;
  const quoteError = result.errors
    .filter((e) => e.type === 'Quotes' && typeof e.row === 'number')
    .sort((a, b) => a.row! - b.row!)[0];
  if (quoteError) throw quoteFailure(rows, quoteError.row!, quoteError.code === 'MissingQuotes', delimiter, fileName);
  // Papaparse returns a final [''] for a trailing newline; that is not a spreadsheet row.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  const name = fileName.replace(/\.[^.]+$/, '') || 'Blad1';
  return { format: 'csv', fileName, encoding, delimiter, sheets: [{ name, rows }] };
}

/** The Dutch refusal for a quote problem, at the row and column where the quote opened. */
function quoteFailure(rows: string[][], index: number, unclosed: boolean, delimiter: Delimiter, fileName: string): ImportFileError {
  const cells = rows[index] ?? [];
  // An unclosed quote runs to the end of the file, so it is the row's last cell; a stray quote
  // leaves text with a quote, a separator or a line break in the cell where it went wrong.
  let col = cells.length - 1;
  if (!unclosed) {
    const hit = cells.findIndex((c) => c.includes('"') || c.includes(delimiter) || c.includes('\n'));
    if (hit >= 0) col = hit;
  }
  col = Math.max(0, col);
  const above = rows.slice(0, index);
  const headerIdx = above.length > 0 ? detectHeaderRow(above) : -1;
  const heading = headerIdx >= 0 ? (above[headerIdx]?.[col] ?? '').trim() : '';
  const column = columnRef(col, heading);
  const rowNumber = index + 1;
  const message = unclosed
    ? importing.file.unclosedQuote(fileName, rowNumber, column)
    : importing.file.badQuote(fileName, rowNumber, column);
  return new ImportFileError(message, rowNumber, column);
}
