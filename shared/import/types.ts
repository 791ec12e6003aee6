/** One sheet of an import file as text cells; `rows[i]` is spreadsheet row i + 1. */
export type RawSheet = { name: string; rows: string[][] };

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t' | '|';

export type ImportFile =
  | { format: 'csv'; fileName: string; encoding: TextEncodingName; delimiter: Delimiter; sheets: RawSheet[] }
  | { format: 'xlsx'; fileName: string; sheets: RawSheet[] };
