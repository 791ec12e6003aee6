import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import { detectEncoding, decodeText } from './encoding';
import { detectDelimiter, parseCsv } from './csv';
import { parseXlsx } from './xlsx';
import { detectHeaderRow, suggestMapping } from './mapping';
import { planImport, readImportFile } from './planImport';

const cp1252 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('encoding', () => {
  it('tells UTF-8, UTF-8 with BOM, UTF-16 LE and Windows-1252 apart', () => {
    expect(detectEncoding(utf8('Café Ré'))).toBe('utf-8');
    expect(detectEncoding(utf8('\uFEFFCafé'))).toBe('utf-8-bom');
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('utf-16le');
    const bytes = cp1252('Café Ré');
    expect([...bytes.slice(3, 4)]).toEqual([0xe9]);
    expect(detectEncoding(bytes)).toBe('windows-1252');
    expect(decodeText(bytes).text).toBe('Café Ré');
    // 0x80 is the euro sign in Windows-1252, not in Latin-1.
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x35])).text).toBe('€ 5');
  });
  it('drops the BOM from the text', () => {
    expect(decodeText(utf8('\uFEFFa;b')).text).toBe('a;b');
    expect(decodeText(new Uint8Array(Buffer.from('\uFEFFNaam;Plaats', 'utf16le'))).text).toBe('Naam;Plaats');
  });
});

describe('delimiter', () => {
  it('prefers ; when decimals use commas', () => {
    expect(detectDelimiter('Naam;Omzet;Werknemers\nA;1,5;3\nB;2,75;4\n')).toBe(';');
  });
  it('finds comma, tab and pipe files', () => {
    expect(detectDelimiter('Naam,Plaats\n"Jansen, Bakkerij",Dordrecht\nB,Zwijndrecht\n')).toBe(',');
    expect(detectDelimiter('Naam\tPlaats\nA\tDordrecht\n')).toBe('\t');
    expect(detectDelimiter('Naam|Plaats\nA|Dordrecht\n')).toBe('|');
  });
  it('is not fooled by separators inside quoted fields with line breaks', () => {
    expect(detectDelimiter('Naam;Adres\n"A, B";"Straat 1,\nC, D"\nE;F\n')).toBe(';');
  });
});

// A messy Excel export: two title rows, the header on row 3, cp1252 accents, ';' with decimal
// commas, a quoted field with a line break, blank lines and a repeated KvK number.
const MESSY =
  'Export bedrijvenlijst Drechtsteden;;;;\r\n' +
  'Peildatum 1-1-2026;;;;\r\n' +
  'KvK-nummer;Handelsnaam;Adres;Postcode;Plaats;Werkzame personen;Omzet (mln)\r\n' +
  '12345678;Café Ré;"Voorstraat 1\r\nachteringang";3311ab;Dordrecht;5 t/m 9;1,5\r\n' +
  ';;;;;;\r\n' +
  '\r\n' +
  '87654321;"Bakkerij ""De Zoete Inval""";Kerkstraat 2;2951 AB;Alblasserdam;3;0,25\r\n' +
  '12345678;Café Ré (dubbel);Voorstraat 1;3311 AB;Dordrecht;7;1,5\r\n';

describe('parseCsv on a messy file', () => {
  const file = parseCsv(cp1252(MESSY), 'lijst.csv');
  const rows = file.format === 'csv' ? file.sheets[0]!.rows : [];

  it('reads encoding, delimiter, accents and quoted line breaks', () => {
    expect(file).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(rows[3]![1]).toBe('Café Ré');
    expect(rows[3]![2]).toBe('Voorstraat 1\r\nachteringang');
    expect(rows[6]![1]).toBe('Bakkerij "De Zoete Inval"');
    expect(rows[3]![6]).toBe('1,5');
  });

  it('finds the header on row 3 and keeps spreadsheet row numbers', () => {
    expect(detectHeaderRow(rows)).toBe(2);
    expect(rows).toHaveLength(8);
  });

  it('plans the file: blank rows ignored, repeated KvK number skipped, row numbers as in Excel', async () => {
    const p = await planImport({ bytes: cp1252(MESSY), fileName: 'lijst.csv', existing: [], options: { mode: 'create' } });
    expect(p.headerRow).toBe(3);
    expect(p.plan.blankRows).toBe(2);
    expect(p.plan.rows.map((r) => [r.rowNumber, r.action])).toEqual([
      [4, 'create'],
      [7, 'create'],
      [8, 'skip'],
    ]);
    expect(p.plan.rows[0]!.values).toMatchObject({
      name: 'Café Ré', kvk: '12345678', postcode: '3311 AB', gemeente: 'dordrecht', employeeBand: { min: 5, max: 9 },
    });
    expect(p.plan.rows[2]!.duplicateOfRow).toBe(4);
    expect(p.plan.rows[2]!.issues[0]!.message).toBe('Hetzelfde KvK-nummer staat al op rij 4 van dit bestand; deze rij wordt overgeslagen.');
  });
});

describe('parseXlsx', () => {
  async function workbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const info = wb.addWorksheet('Toelichting');
    info.addRow(['Deze lijst komt van de KvK.']);
    info.addRow(['Bijgewerkt', new Date(Date.UTC(2026, 0, 5))]);
    const list = wb.addWorksheet('Bedrijven');
    list.addRow(['Selectie Drechtsteden']);
    list.addRow([]);
    list.addRow(['Dossiernummer', 'Vestigingsnummer', 'Handelsnaam', 'Straat', 'Huisnummer', 'Postcode', 'Vestigingsplaats', 'Klasse werkzame personen', 'SBI-code', 'Internetadres']);
    list.addRow([1234567, 12345678901, 'Fysio Oeverdijk', 'Kerkstraat', 12, '3341ab', 'H.I. Ambacht', '2 t/m 4', '86.91', { text: 'www.fysio.voorbeeld.nl', hyperlink: 'https://www.fysio.voorbeeld.nl' }]);
    list.addRow([87654321, null, { richText: [{ text: 'Metaal' }, { text: 'werken Oost' }] }, 'Havenkade', 3, '3361 AB', 'Sliedrecht', 12, '2562', null]);
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it('lists both sheets and reads cells as text with spreadsheet row numbers', async () => {
    const file = await parseXlsx(await workbook(), 'lijst.xlsx');
    expect(file.sheets.map((s) => s.name)).toEqual(['Toelichting', 'Bedrijven']);
    expect(file.sheets[0]!.rows[1]).toEqual(['Bijgewerkt', '2026-01-05']);
    const rows = file.sheets[1]!.rows;
    expect(rows[1]).toEqual([]);
    expect(rows[3]!.slice(0, 3)).toEqual(['1234567', '12345678901', 'Fysio Oeverdijk']);
    expect(rows[3]![9]).toBe('www.fysio.voorbeeld.nl');
    expect(rows[4]![2]).toBe('Metaalwerken Oost');
  });

  it('picks the company sheet and header row, and plans it', async () => {
    const p = await planImport({ bytes: await workbook(), fileName: 'lijst.xlsx', existing: [] });
    expect(p.file.format).toBe('xlsx');
    expect(p.sheetIndex).toBe(1);
    expect(p.headerRow).toBe(3);
    const [a, b] = p.plan.rows;
    expect(a).toMatchObject({ rowNumber: 4, action: 'create' });
    expect(a!.values).toMatchObject({
      kvk: '01234567', vestigingsnummer: '012345678901', street: 'Kerkstraat 12', postcode: '3341 AB',
      gemeente: 'hendrik-ido-ambacht', employeeBand: { min: 2, max: 4 }, sbi: 'Q', sector: 'eerstelijnszorg',
      website: 'www.fysio.voorbeeld.nl',
    });
    expect(a!.issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
    expect(b!.values).toMatchObject({ name: 'Metaalwerken Oost', employees: 12, gemeente: 'sliedrecht', sector: 'industrie' });
  });

  it('reads a workbook even when it is named .csv, and refuses old .xls files in Dutch', async () => {
    const f = await readImportFile(await workbook(), 'verkeerd.csv');
    expect(f.format).toBe('xlsx');
    await expect(readImportFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'oud.xls')).rejects.toThrow(/\.xlsx of als CSV/);
    await expect(readImportFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'kapot.xlsx')).rejects.toThrow(/kan niet worden gelezen/);
  });
});

describe('suggestMapping', () => {
  it('recognises the usual KvK export headings', () => {
    const headers = [
      'Dossiernummer', 'Vestigingsnummer', 'Handelsnaam', 'Statutaire naam', 'Rechtsvorm', 'Straat', 'Huisnummer',
      'Toevoeging', 'Postcode', 'Plaats', 'Postcode correspondentieadres', 'Gemeente', 'Werkzame personen',
      'Hoofdactiviteit (SBI)', 'Internetadres', 'Iets anders',
    ];
    expect(suggestMapping(headers)).toEqual([
      'kvk', 'vestigingsnummer', 'name', null, 'legalForm', 'street', 'houseNumber', 'houseNumberAddition',
      'postcode', 'place', null, 'gemeente', 'employees', 'sbi', 'website', null,
    ]);
  });
  it('knows the alternative names', () => {
    expect(suggestMapping(['KvK-nummer', 'Bedrijfsnaam', 'Adres', 'Vestigingsplaats', 'Aantal werknemers', 'Website', 'Branche'])).toEqual([
      'kvk', 'name', 'street', 'place', 'employees', 'website', 'sector',
    ]);
    expect(suggestMapping(['KVK nr', 'Naam', 'Klasse werkzame personen', 'SBI', 'URL'])).toEqual(['kvk', 'name', 'employees', 'sbi', 'website']);
  });
});
