import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  CRM_PAGED_LINES, HEADER, UNCLOSED_QUOTE_LINES, binaryBytes, excelCsvCp1252, excelCsvUtf8Bom, excelUnicodeText,
  mergedHeaderWorkbook, pdfBytes, utf16NoBom,
} from '../../test/fixtures/importFiles';
import { importing } from '../i18n/nl/import';
import { planImport, readImportFile } from './planImport';
import { ImportFileError } from './types';

/** The refusal of a file; fails the test when the file is read after all. */
async function refusal(bytes: Uint8Array, fileName: string): Promise<ImportFileError> {
  try {
    await planImport({ bytes, fileName, existing: [] });
  } catch (e) {
    if (e instanceof ImportFileError) return e;
    throw e;
  }
  throw new Error(`${fileName} was read without a refusal`);
}

const AFTER_QUOTE =
  'deze cel begint met een aanhalingsteken (") dat nergens wordt gesloten. Daardoor zou alles wat erna komt in één cel belanden. ' +
  'Er is niets ingelezen. Zet het sluitende aanhalingsteken aan het eind van die cel, of open het bestand in Excel en sla het opnieuw op als CSV.';

describe('an unclosed quote refuses the whole file, naming the row and column where it opened', () => {
  it('in a Windows-1252 CSV from Dutch Excel', async () => {
    const e = await refusal(excelCsvCp1252(UNCLOSED_QUOTE_LINES), 'bedrijven.csv');
    expect(e.message).toBe(`"bedrijven.csv", rij 3, kolom "Handelsnaam" (A): ${AFTER_QUOTE}`);
    expect(e).toMatchObject({ rowNumber: 3, column: 'kolom "Handelsnaam" (A)' });
  });

  it('in a UTF-8 CSV with BOM, with the quote in a later column', async () => {
    const lines = [...UNCLOSED_QUOTE_LINES];
    lines[2] = 'Bakkerij De Rëiger;24000002;Kerkstraat;4;3311 AC;Dordrecht;6';
    lines[3] = 'Garage Smit;"24000003;Havenweg;9;3331 LB;Zwijndrecht;12';
    const e = await refusal(excelCsvUtf8Bom(lines), 'crm-export.csv');
    expect(e.message).toBe(`"crm-export.csv", rij 4, kolom "KvK-nummer" (B): ${AFTER_QUOTE}`);
    // Nothing of the file reaches the plan: readImportFile refuses too.
    await expect(readImportFile(excelCsvUtf8Bom(lines), 'crm-export.csv')).rejects.toThrow(ImportFileError);
  });

  it('a stray quote after a closed one is refused too; quoted separators and line breaks still read', async () => {
    const lines = [HEADER, '"Bakkerij" De Rëiger;24000002;Kerkstraat;4;3311 AC;Dordrecht;6', 'Garage Smit;24000003;Havenweg;9;3331 LB;Zwijndrecht;12'];
    const e = await refusal(excelCsvCp1252(lines), 'lijst.csv');
    expect(e.message).toBe(
      '"lijst.csv", rij 2, kolom "Handelsnaam" (A): na een sluitend aanhalingsteken (") staat nog tekst in dezelfde cel, zodat niet vast staat waar de cel eindigt. ' +
        'Er is niets ingelezen. Verwijder het losse aanhalingsteken of verdubbel het (""), of open het bestand in Excel en sla het opnieuw op als CSV.',
    );
    const good = [HEADER, '"Bakkerij ""De Rëiger""; filiaal";24000002;"Kerkstraat\r\nachterom";4;3311 AC;Dordrecht;6'];
    const p = await planImport({ bytes: excelCsvCp1252(good), fileName: 'goed.csv', existing: [] });
    expect(p.plan.rows[0]!.values).toMatchObject({ name: 'Bakkerij "De Rëiger"; filiaal', street: 'Kerkstraat achterom 4' });
  });
});

describe('XLSX with merged header cells', () => {
  it('takes the real headings under the group row and maps "Adres" merged over two columns to street and house number', async () => {
    const p = await planImport({ bytes: await mergedHeaderWorkbook(), fileName: 'lijst collega.xlsx', existing: [] });
    expect(p.headerRow).toBe(3);
    expect(p.mapping).toEqual(['name', 'kvk', 'street', 'houseNumber', 'postcode', 'place', 'employees', 'sector']);
    expect(p.plan.problems).toEqual([]);
    expect(p.plan.rows.map((r) => [r.rowNumber, r.action, r.values.name, r.values.kvk, r.values.street])).toEqual([
      [4, 'create', 'Kapsalon Het Veer', '24000001', 'Voorstraat 12'],
      [5, 'create', 'Bakkerij De Rëiger', '24000002', 'Kerkstraat 4a'],
      [6, 'create', 'Garage Smit', '24000003', 'Havenweg 9'],
    ]);
  });

  it('a group row chosen as the header does not pass: the headings row is named and nothing can be imported', async () => {
    const p = await planImport({ bytes: await mergedHeaderWorkbook(), fileName: 'lijst collega.xlsx', existing: [], options: { headerRow: 2 } });
    expect(p.plan.problems).toContain(
      'Rij 3 bestaat uit kolomnamen, niet uit een bedrijf. Kies bij "Rij met kolomnamen" de rij met de echte kolomnamen; zo wordt er niets geïmporteerd.',
    );
    expect(p.plan.rows[0]).toMatchObject({ rowNumber: 3, action: 'error' });
    expect(p.plan.rows[0]!.issues.map((i) => i.message)).toEqual([importing.row.isHeadingRow]);
  });

  it('"company names" that are KvK numbers do not pass silently', async () => {
    const p = await planImport({
      bytes: await mergedHeaderWorkbook(),
      fileName: 'lijst collega.xlsx',
      existing: [],
      options: { mapping: ['notes', 'name', 'street', 'houseNumber', 'postcode', 'place', 'employees', 'sector'] },
    });
    expect(p.plan.problems).toEqual([
      'In kolom "KvK-nummer" (gekoppeld aan "Handelsnaam") staan bij 3 van de 3 rijen alleen cijfers, zoals een KvK-nummer. ' +
        'Waarschijnlijk is de verkeerde kolom of de verkeerde rij met kolomnamen gekozen. Controleer de koppeling hierboven; zo wordt er niets geïmporteerd.',
    ]);
    expect(p.plan.counts).toMatchObject({ create: 0, error: 3 });
    expect(p.plan.rows[0]!.issues[0]).toMatchObject({
      rowNumber: 4,
      column: 'KvK-nummer',
      message: 'De handelsnaam "24000001" bestaat alleen uit cijfers (een KvK-nummer?). Controleer welke kolom aan "Handelsnaam" gekoppeld is, of vul de naam in het bestand in.',
    });
  });
});

describe('not a company list at all', () => {
  it('a PDF renamed .csv', async () => {
    const e = await refusal(pdfBytes(), 'bedrijvenlijst.csv');
    expect(e.message).toBe(
      '"bedrijvenlijst.csv" is geen leesbare lijst: het is een PDF-document. Er is niets ingelezen. ' +
        'Exporteer de lijst in het programma waar hij vandaan komt als Excel-bestand (.xlsx) of CSV, en kies dat bestand.',
    );
  });

  const BINARY =
    'is geen leesbare lijst: het bevat tekens die niet in een tekst- of Excel-bestand horen (waarschijnlijk een ander soort bestand met een andere naam). ' +
    'Er is niets ingelezen. Kies een Excel-bestand (.xlsx) of een CSV-bestand.';

  it('binary content renamed .csv, and binary content that looks like UTF-16 without a BOM', async () => {
    expect((await refusal(binaryBytes(), 'export.csv')).message).toBe(`"export.csv" ${BINARY}`);
    const fake16 = binaryBytes(2048).map((b, i) => (i % 2 === 1 ? 0 : b));
    expect((await refusal(fake16, 'export.csv')).message).toBe(`"export.csv" ${BINARY}`);
  });

  it('a letter saved as .txt', async () => {
    const e = await refusal(excelCsvCp1252(['Beste collega', '', 'Hierbij de lijst van vorige week', 'Groet']), 'brief.txt');
    expect(e.message).toBe(
      '"brief.txt" is geen leesbare lijst: er staan geen kolommen en geen bekende kolomnamen in. Er is niets ingelezen. ' +
        'Kies een lijst met één bedrijf per rij en kolommen zoals "Handelsnaam" en "KvK-nummer".',
    );
  });

  it('a real list in UTF-16 without a BOM is read (zero bytes at alternating positions), as is Excel "Unicode-tekst"', async () => {
    const row = 'Bakkerij De Rëiger;24000002;Kerkstraat;4;3311 AC;Dordrecht;6';
    for (const bytes of [utf16NoBom([HEADER, row]), excelUnicodeText([HEADER, row].map((l) => l.replace(/;/g, '\t')))]) {
      const p = await planImport({ bytes, fileName: 'unicode.txt', existing: [] });
      expect(p.file).toMatchObject({ encoding: 'utf-16le' });
      expect(p.plan.rows[0]!.values).toMatchObject({ name: 'Bakkerij De Rëiger', kvk: '24000002', street: 'Kerkstraat 4', gemeente: 'dordrecht' });
    }
  });
});

describe('rows that are not companies, and rows without a KvK number', () => {
  it('a header repeated on every page of a CRM export is named and left out; the rest imports', async () => {
    const p = await planImport({ bytes: excelCsvUtf8Bom(CRM_PAGED_LINES), fileName: 'crm.csv', existing: [] });
    expect(p.plan.problems).toEqual([]);
    expect(p.plan.notices).toEqual([
      'Rij 4 herhaalt de kolomnamen (zoals in een export met een kop boven elke pagina). Deze rijen worden niet geïmporteerd; de rest wel.',
    ]);
    expect(p.plan.rows.map((r) => [r.rowNumber, r.action])).toEqual([[2, 'create'], [3, 'create'], [4, 'error'], [5, 'create']]);
  });

  it('says what a missing KvK number means, and lets the advisor skip those rows', async () => {
    const lines = [HEADER, 'Kapsalon Het Veer;;Voorstraat;12;3311 AB;Dordrecht;3', 'Garage Smit;24000003;Havenweg;9;3331 LB;Zwijndrecht;12'];
    const added = await planImport({ bytes: excelCsvCp1252(lines), fileName: 'lijst.csv', existing: [] });
    expect(added.plan.rows.map((r) => [r.action, r.missingKvk])).toEqual([['create', true], ['create', false]]);
    expect(added.plan.missingKvk).toBe(1);
    expect(importing.row.noKvk).toBe(
      'Geen KvK-nummer: dit bedrijf wordt alleen op naam en plaats op dubbelen gecontroleerd, en kan later niet op KvK-nummer worden bijgewerkt.',
    );
    const skipped = await planImport({ bytes: excelCsvCp1252(lines), fileName: 'lijst.csv', existing: [], options: { withoutKvk: 'skip' } });
    expect(skipped.plan.rows.map((r) => r.action)).toEqual(['skip', 'create']);
    expect(skipped.plan.counts).toMatchObject({ create: 1, skip: 1 });
  });

  it('a file without a KvK column gets one notice for the whole file', async () => {
    const p = await planImport({ bytes: excelCsvCp1252(['Naam;Plaats', 'Kapsalon Het Veer;Dordrecht']), fileName: 'namen.csv', existing: [] });
    expect(p.plan.notices).toEqual([importing.plan.noKvkColumn]);
    expect(p.plan.problems).toEqual([]);
  });
});

describe('a separator inside an unquoted name', () => {
  it('refuses the shifted row instead of reading its values into the wrong columns', async () => {
    const lines = [
      HEADER,
      'Kapsalon Het Veer;24000001;Voorstraat;12;3311 AB;Dordrecht;3',
      'Jansen; Zn. Transport;24000005;Havenweg;3;3331 LB;Zwijndrecht;8',
      'Garage Smit;24000003;Havenweg;9;3331 LB;Zwijndrecht;12',
    ];
    const p = await planImport({ bytes: excelCsvCp1252(lines), fileName: 'lijst.csv', existing: [] });
    expect(p.plan.rows.map((r) => [r.rowNumber, r.action])).toEqual([[2, 'create'], [3, 'error'], [4, 'create']]);
    expect(p.plan.rows[1]!.issues.map((i) => i.message)).toEqual([
      'Deze rij heeft 8 kolommen met gegevens, de rij met kolomnamen maar 7. Waarschijnlijk staat er een scheidingsteken (;) in een naam of adres zonder aanhalingstekens, ' +
        'zodat de waarden naar de verkeerde kolommen schuiven. De rij wordt niet geïmporteerd: zet die cel tussen aanhalingstekens, of open het bestand in Excel en sla het opnieuw op als CSV.',
    ]);
  });

  it('data in unnamed columns on most rows is the layout: a notice, and the rows are read', async () => {
    const lines = ['Handelsnaam;KvK-nummer;Plaats', 'Kapsalon Het Veer;24000001;Dordrecht;klant sinds 2020', 'Garage Smit;24000003;Zwijndrecht;nieuw'];
    const p = await planImport({ bytes: excelCsvCp1252(lines), fileName: 'lijst.csv', existing: [] });
    expect(p.plan.counts).toMatchObject({ create: 2, error: 0 });
    expect(p.plan.notices).toEqual([
      'De meeste rijen hebben ook gegevens rechts van kolom "Plaats" (C), in kolommen zonder kolomnaam. Die worden niet ingelezen; geef ze in het bestand een kolomnaam als u ze nodig hebt.',
    ]);
  });
});

describe('file-level refusals name the file', () => {
  it('an empty file, an old .xls, a broken or empty workbook', async () => {
    expect((await refusal(new Uint8Array(), 'leeg.csv')).message).toBe('"leeg.csv": Het bestand is leeg.');
    expect((await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'oud.xls')).message).toBe(
      '"oud.xls": Oude Excel-bestanden (.xls) worden niet gelezen. Sla het bestand in Excel op als .xlsx of als CSV.',
    );
    expect((await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'kapot.xlsx')).message).toBe(
      '"kapot.xlsx": Dit Excel-bestand kan niet worden gelezen. Sla het in Excel opnieuw op als .xlsx en probeer het nog eens.',
    );
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1');
    const empty = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect((await refusal(empty, 'leeg.xlsx')).message).toBe('"leeg.xlsx": Het Excel-bestand bevat geen werkbladen met gegevens.');
  });
});

describe('XLSX headings merged downwards', () => {
  it('a heading merged over the group row and the heading row names its column once, in the heading row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lijst');
    ws.addRow(['Handelsnaam', 'Vestigingsadres', null, 'Plaats']);
    ws.addRow([null, 'Straat', 'Huisnummer', null]);
    ws.mergeCells('A1:A2');
    ws.mergeCells('B1:C1');
    ws.mergeCells('D1:D2');
    ws.addRow(['Garage Smit', 'Havenweg', '9', 'Zwijndrecht']);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const p = await planImport({ bytes, fileName: 'kop over twee rijen.xlsx', existing: [] });
    expect(p.headerRow).toBe(2);
    expect(p.headers).toEqual(['Handelsnaam', 'Straat', 'Huisnummer', 'Plaats']);
    expect(p.plan.rows.map((r) => [r.rowNumber, r.action, r.values.name, r.values.street, r.values.place])).toEqual([
      [3, 'create', 'Garage Smit', 'Havenweg 9', 'Zwijndrecht'],
    ]);
  });
});
