import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import type { ExportColumn } from './columns';
import { FORMULA_START, toCsv, toCsvBytes } from './csv';
import { toXlsx } from './xlsx';
import { parseCsv } from '../import/csv';

type Row = { name: string; employees: number | null; share: number; at: string; day: string; erkend: boolean; note: string; phone: string };
const rows: Row[] = [
  { name: 'Café Ré', employees: 7, share: 0.25, at: '2026-07-01T08:30:00.000Z', day: '2026-11-03', erkend: true, note: 'Regel 1\nRegel 2; met "quotes"', phone: '+31 78 000 0000' },
  { name: '=SOM(A1)', employees: null, share: 1.5, at: '2026-01-15T23:30:00.000Z', day: '2026-01-01', erkend: false, note: ' spaties ', phone: '0000-123456' },
];
const columns: ExportColumn<Row>[] = [
  { header: 'Handelsnaam', value: (r) => r.name },
  { header: 'Werknemers', value: (r) => r.employees, type: 'number' },
  { header: 'Aandeel', value: (r) => r.share, type: 'number' },
  { header: 'Laatste contact', value: (r) => r.at, type: 'datetime' },
  { header: 'Datum', value: (r) => r.day, type: 'date' },
  { header: 'Erkend', value: (r) => r.erkend },
  { header: 'Notitie', value: (r) => r.note },
  { header: 'Telefoon', value: (r) => r.phone },
];

describe('toCsv for Dutch Excel', () => {
  const csv = toCsv(columns, rows);

  it('writes BOM, semicolons, CRLF, decimal commas and Dutch dates', () => {
    expect(csv.startsWith('\uFEFFHandelsnaam;Werknemers;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('Café Ré;7;0,25;01-07-2026 10:30;03-11-2026;ja;"Regel 1\nRegel 2; met ""quotes""";+31 78 000 0000');
    // 23:30 UTC on 15 January is already the 16th in the Netherlands.
    expect(lines[2]).toBe(`"'=SOM(A1)";;1,5;16-01-2026 00:30;01-01-2026;nee;" spaties ";0000-123456`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through the importer', () => {
    const file = parseCsv(toCsvBytes(columns, rows), 'export.csv');
    expect(file).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';' });
    const parsed = file.sheets[0]!.rows;
    expect(parsed[0]).toEqual(columns.map((c) => c.header));
    expect(parsed[1]![0]).toBe('Café Ré');
    expect(parsed[1]![6]).toBe('Regel 1\nRegel 2; met "quotes"');
    expect(parsed[2]![6]).toBe(' spaties ');
    expect(Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data).toHaveLength(4);
  });
});

describe('CSV formula escaping', () => {
  const one = (value: string, header = 'Naam') =>
    toCsv([{ header, value: (v: string) => v }], [value]).slice(1).split('\r\n');

  it.each([
    ['=HYPERLINK("http://x.nl";"klik")', `"'=HYPERLINK(""http://x.nl"";""klik"")"`],
    ['+SUM(1;2)', `"'+SUM(1;2)"`],
    ['-2+3+cmd|\' /C calc\'!A0', `"'-2+3+cmd|' /C calc'!A0"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
  ])('puts an apostrophe before %j so Excel shows it as text', (value, written) => {
    expect(one(value)[1]).toBe(written);
    // Read back, the cell is the text the advisor typed, after the apostrophe.
    const back = parseCsv(new TextEncoder().encode(one(value).join('\r\n')), 'x.csv').sheets[0]!.rows[1]![0];
    expect(back).toBe(`'${value}`);
  });

  it('leaves phone numbers, negative numbers and ordinary text alone', () => {
    for (const value of ['+31 78 000 0000', '-12,5', '+31(0)78-0000000', 'Bakkerij = lekker', 'info@bakkerij.nl']) {
      expect(FORMULA_START.test(value), value).toBe(false);
      expect(one(value)[1]).toBe(value);
    }
    expect(toCsv([{ header: 'Saldo', value: (n: number) => n, type: 'number' }], [-3.5]).slice(1)).toBe('Saldo\r\n-3,5\r\n');
  });

  it('escapes a header too, and writes only the header for no rows', () => {
    expect(one('x', '=kop')[0]).toBe(`"'=kop"`);
    expect(toCsv([{ header: 'Naam', value: (v: string) => v }], [])).toBe('\uFEFFNaam\r\n');
  });
});

describe('toXlsx', () => {
  it('writes sheets with bold frozen headers, widths, numbers and real dates', async () => {
    const bytes = await toXlsx([
      { name: 'Bedrijven', columns, rows },
      { name: 'Bedrijven', columns: [{ header: 'Nr', value: (n: number) => n }], rows: [1, 2, 3] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Bedrijven', 'Bedrijven 2']);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual('Handelsnaam'.length);
    expect(ws.getCell('B2').value).toBe(7);
    expect(ws.getCell('C2').value).toBe(0.25);
    const at = ws.getCell('D2').value as Date;
    expect(at).toBeInstanceOf(Date);
    expect(at.toISOString()).toBe('2026-07-01T10:30:00.000Z'); // Dutch wall-clock time
    expect((ws.getCell('E2').value as Date).toISOString()).toBe('2026-11-03T00:00:00.000Z');
    expect(ws.getCell('E2').numFmt).toBe('dd-mm-yyyy');
    expect(ws.getCell('F2').value).toBe('ja');
    expect(wb.worksheets[1]!.getCell('A4').value).toBe(3);
  });
});
