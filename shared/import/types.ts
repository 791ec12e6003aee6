/**
 * One sheet of an import file as text cells; `rows[i]` is spreadsheet row i + 1.
 * `continued[i]` lists the 0-based columns of row i whose cell is the right-hand part of a
 * horizontally merged cell (XLSX): their text is '' and belongs to the cell on their left.
 */
export type RawSheet = { name: string; rows: string[][]; continued?: Record<number, number[]> };

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t' | '|';

export type ImportFile =
  | { format: 'csv'; fileName: string; encoding: TextEncodingName; delimiter: Delimiter; sheets: RawSheet[] }
  | { format: 'xlsx'; fileName: string; sheets: RawSheet[] };

/**
 * A file that cannot be read cleanly: nothing of it may be imported. The message is Dutch and
 * names the file and, where known, the spreadsheet row and column, and what to do.
 */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly rowNumber?: number,
    readonly column?: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
