import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planImport } from '../../../shared/import/planImport';
import { rejectedRowsCsv } from '../../../shared/import/rejects';
import { parseCsv } from '../../../shared/import/csv';
import { HEADER, excelCsvCp1252, mergedHeaderWorkbook } from '../../../test/fixtures/importFiles';
import { VeldwerkDb } from '../database';
import { writeImportPlan } from './companies';
import { layoutKey, rememberMapping, rememberedMapping } from './imports';

let db: VeldwerkDb;
beforeEach(async () => {
  db = new VeldwerkDb(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('import write path', () => {
  it('writes nothing for a plan with problems of the file as a whole', async () => {
    const p = await planImport({ bytes: await mergedHeaderWorkbook(), fileName: 'lijst.xlsx', existing: [], options: { headerRow: 2 } });
    expect(p.plan.problems).toHaveLength(1);
    await expect(writeImportPlan(p.plan, 'lijst.xlsx', db)).rejects.toThrow(/kolomnamen/);
    expect(await db.companies.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });

  it('is all or nothing: a failure halfway leaves no company, change batch or import record', async () => {
    const lines = [HEADER, 'Kapsalon Het Veer;24000001;Voorstraat;12;3311 AB;Dordrecht;3', 'Garage Smit;24000003;Havenweg;9;3331 LB;Zwijndrecht;12'];
    const p = await planImport({ bytes: excelCsvCp1252(lines), fileName: 'lijst.csv', existing: [] });
    // The last step of the write (recording the import for undo) fails.
    const add = vi.spyOn(db.imports, 'add').mockRejectedValue(new Error('schijf vol'));
    await expect(writeImportPlan(p.plan, 'lijst.csv', db)).rejects.toThrow('schijf vol');
    add.mockRestore();
    expect(await db.companies.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    const r = await writeImportPlan(p.plan, 'lijst.csv', db);
    expect(r.created).toBe(2);
  });
});

describe('mapping per file layout', () => {
  it('remembers the mapping for the same headings, and only for those', async () => {
    const headers = ['Naam bedrijf', 'Nummer KvK', 'Woonplaats'];
    expect(await rememberedMapping(headers, db)).toBeNull();
    await rememberMapping(headers, ['name', 'kvk', 'place'], db);
    expect(await rememberedMapping(['naam bedrijf', 'Nummer-KvK', 'Woonplaats'], db)).toEqual(['name', 'kvk', 'place']);
    expect(await rememberedMapping(['Naam bedrijf', 'Woonplaats'], db)).toBeNull();
    expect(layoutKey(headers)).toBe('naambedrijf|nummerkvk|woonplaats');
  });
});

describe('rows not imported, for download', () => {
  it('lists skipped and failed rows with their original columns and a Melding column, as CSV for Dutch Excel', async () => {
    const lines = [
      HEADER,
      'Kapsalon Het Veer;24000001;Voorstraat;12;3311 AB;Dordrecht;3',
      'Kapsalon Het Veer;24000001;Voorstraat;12;3311 AB;Dordrecht;3',
      'Kapot;1234;Markt;1;3311 AB;Dordrecht;2',
      'Zonder nummer;;Markt;2;3311 AB;Dordrecht;2',
    ];
    const bytes = excelCsvCp1252(lines);
    const p = await planImport({ bytes, fileName: 'lijst.csv', existing: [], options: { withoutKvk: 'skip' } });
    const rows = parseCsv(bytes, 'lijst.csv').sheets[0]!.rows;
    const { csv, count } = rejectedRowsCsv(rows, p.headers, p.plan);
    expect(count).toBe(3);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFHandelsnaam;KvK-nummer;Straat;Huisnummer;Postcode;Plaats;Werkzame personen;Melding',
      'Kapsalon Het Veer;24000001;Voorstraat;12;3311 AB;Dordrecht;3;Hetzelfde KvK-nummer staat al op rij 2 van dit bestand; deze rij wordt overgeslagen.'.replace(
        /;Hetzelfde.*$/,
        ';"Hetzelfde KvK-nummer staat al op rij 2 van dit bestand; deze rij wordt overgeslagen."',
      ),
      'Kapot;1234;Markt;1;3311 AB;Dordrecht;2;Kolom "KvK-nummer": Een KvK-nummer heeft 8 cijfers; hier staan er 4.'.replace(
        /;Kolom.*$/,
        ';"Kolom ""KvK-nummer"": Een KvK-nummer heeft 8 cijfers; hier staan er 4."',
      ),
      'Zonder nummer;;Markt;2;3311 AB;Dordrecht;2;Geen KvK-nummer: dit bedrijf wordt alleen op naam en plaats op dubbelen gecontroleerd, en kan later niet op KvK-nummer worden bijgewerkt.',
      '',
    ]);
  });
});
