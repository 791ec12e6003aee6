import { describe, expect, it } from 'vitest';
import { companySchema, emptyCompanyInput, newCompany } from '../domain/company';
import { generateKvkExportCsv } from '../seed/demoKvkExport';
import { createDuplicateIndex } from '../rules/dedupe';
import type { ImportMode } from './plan';
import { buildImportPlan, companyFromPlanRow, describeIssue, updateFromPlanRow } from './plan';
import { planImport } from './planImport';
import { employeesBasisOfHeading, suggestMapping } from './mapping';

const headers = ['KvK-nummer', 'Handelsnaam', 'Plaats', 'Werkzame personen', 'Rechtsvorm', 'Postcode'];
const rows = [
  ['12345678', 'Bakkerij Jansen', 'Dordrecht', '6', 'B.V.', '3311 AB'], // same KvK as existing
  ['', 'Slagerij Pieterse', 'Zwijndrecht', '2', 'Eenmanszaak', ''], // similar name as existing
  ['', 'Kapsalon Nieuw', 'Sliedrecht', '1', 'Eenmanszaak', '3361xy'], // new zzp-er
  ['1234', 'Kapot Nummer', 'Dordrecht', '', '', ''], // error
  ['', '', 'Dordrecht', '3', '', ''], // error: no name
  ['', 'Kapsalon  Nieuw', 'Sliedrecht', '', '', 'abc'], // similar to row 4 of the file
];
const existing = [
  { id: 'e1', name: 'Bakkerij Jansen B.V.', kvk: '12345678', place: 'Dordrecht' },
  { id: 'e2', name: 'Slagerij Pieterse', kvk: null, place: 'Zwijndrecht' },
];
const plan = (mode: ImportMode) =>
  buildImportPlan({ rows, firstRowNumber: 2, headers, mapping: suggestMapping(headers), existing, mode });

describe('buildImportPlan', () => {
  it('create: adds every valid row and flags duplicates', () => {
    const p = plan('create');
    expect(p.rows.map((r) => r.action)).toEqual(['create', 'create', 'create', 'error', 'error', 'create']);
    expect(p.rows[0]!.duplicates[0]).toMatchObject({ id: 'e1', reason: 'kvk' });
    expect(p.rows[1]!.duplicates[0]).toMatchObject({ id: 'e2', reason: 'naam-plaats' });
    expect(p.rows[5]!.duplicateOfRow).toBe(4);
    expect(p.counts).toEqual({ create: 4, update: 0, skip: 0, error: 2 });
  });

  it('update-by-kvk: updates the company with the same KvK number', () => {
    const p = plan('update-by-kvk');
    expect(p.rows[0]).toMatchObject({ action: 'update', existingId: 'e1' });
    expect(p.rows.map((r) => r.action)).toEqual(['update', 'create', 'create', 'error', 'error', 'create']);
  });

  it('skip-duplicates: skips duplicates of the portfolio and of earlier rows', () => {
    const p = plan('skip-duplicates');
    expect(p.rows.map((r) => r.action)).toEqual(['skip', 'skip', 'create', 'error', 'error', 'skip']);
  });

  it('explains each problem with row number, column and what to do, in Dutch', () => {
    const p = plan('create');
    expect(p.rows[3]!.issues.map(describeIssue)).toEqual(['Rij 5, kolom "KvK-nummer": Een KvK-nummer heeft 8 cijfers; hier staan er 4.']);
    expect(p.rows[4]!.issues.map(describeIssue)).toEqual(['Rij 6, kolom "Handelsnaam": De handelsnaam is leeg. Vul de naam in of laat de rij weg.']);
    expect(p.rows[5]!.issues.map(describeIssue)).toEqual([
      'Rij 7, kolom "Postcode": "abc" is geen Nederlandse postcode (zoals 3311 AB); de postcode is niet overgenomen.',
      'Rij 7: Lijkt op rij 4 van dit bestand (zelfde naam en plaats).',
    ]);
  });

  it('reads an eenmanszaak with one werkzame persoon as a zzp-er', () => {
    const r = plan('create').rows[2]!;
    expect(r.values).toMatchObject({ kind: 'zzp', employees: 1, postcode: '3361 XY', gemeente: 'sliedrecht' });
    expect(r.issues[0]!.message).toMatch(/zzp-er ingelezen/);
  });

  it('refuses to plan without a name column', () => {
    const p = buildImportPlan({ rows, firstRowNumber: 2, headers, mapping: [ 'kvk', null, 'place', null, null, null ], existing: [], mode: 'create' });
    expect(p.problems[0]).toMatch(/Handelsnaam/);
    expect(p.counts.error).toBe(6);
  });

  it('turns plan rows into valid company rows and patches', () => {
    const p = plan('update-by-kvk');
    const created = companyFromPlanRow(p.rows[2]!, { id: 'n1', now: '2026-03-01T10:00:00.000Z', importBatchId: 'batch-1' });
    expect(companySchema.parse(created)).toEqual(created);
    expect(created).toMatchObject({ source: 'import', importBatchId: 'batch-1', sizeClass: 'zzp', status: 'nog-niet-benaderd' });
    const old = newCompany(emptyCompanyInput({ name: 'Bakkerij Jansen B.V.', kvk: '12345678', place: 'Dordrecht', notes: 'Eigen notitie' }), '2026-01-01T10:00:00.000Z', 'e1');
    const patch = updateFromPlanRow(old, p.rows[0]!, '2026-03-01T10:00:00.000Z');
    expect(patch).toMatchObject({ name: 'Bakkerij Jansen', employees: 6, sizeClass: '5-9', postcode: '3311 AB', updatedAt: '2026-03-01T10:00:00.000Z' });
    expect(patch).not.toHaveProperty('notes');
  });
});

describe('counting base from the heading (issue 15)', () => {
  it('maps "(aantal) werkzame personen" to werkzame-personen, "in loondienst" to in-loondienst, the rest to onbekend', () => {
    expect(employeesBasisOfHeading('Werkzame personen')).toBe('werkzame-personen');
    expect(employeesBasisOfHeading('Aantal werkzame personen')).toBe('werkzame-personen');
    expect(employeesBasisOfHeading('WP')).toBe('werkzame-personen');
    expect(employeesBasisOfHeading('Medewerkers in loondienst')).toBe('in-loondienst');
    expect(employeesBasisOfHeading('Aantal werknemers')).toBe('onbekend');
    expect(employeesBasisOfHeading('FTE')).toBe('onbekend');
    expect(suggestMapping(['Naam', 'Aantal in loondienst'])).toEqual(['name', 'employees']);
  });

  it('stores the base with the figure, and a KvK row of 5 bands with a guide answer of 4', () => {
    const kvkPlan = plan('create');
    expect(kvkPlan.rows[0]!.values).toMatchObject({ employees: 6, employeesBasis: 'werkzame-personen' });
    const h = ['Handelsnaam', 'Aantal werkzame personen'];
    const kvk = buildImportPlan({ rows: [['Bakker', '5']], firstRowNumber: 2, headers: h, mapping: suggestMapping(h), existing: [], mode: 'create' });
    const created = companyFromPlanRow(kvk.rows[0]!, { id: 'n1', now: '2026-03-01T10:00:00.000Z', importBatchId: 'b' });
    expect(created).toMatchObject({ employees: 5, employeesBasis: 'werkzame-personen', sizeClass: '5-9' });
    const own = ['Handelsnaam', 'Medewerkers in loondienst'];
    const guideLike = buildImportPlan({ rows: [['Bakker', '4']], firstRowNumber: 2, headers: own, mapping: suggestMapping(own), existing: [], mode: 'create' });
    const fromOwnList = companyFromPlanRow(guideLike.rows[0]!, { id: 'n2', now: '2026-03-01T10:00:00.000Z', importBatchId: 'b' });
    expect(fromOwnList).toMatchObject({ employees: 4, employeesBasis: 'in-loondienst', sizeClass: '5-9' });
    const plain = ['Handelsnaam', 'Werknemers'];
    const unknown = buildImportPlan({ rows: [['Bakker', '4']], firstRowNumber: 2, headers: plain, mapping: suggestMapping(plain), existing: [], mode: 'create' });
    expect(companyFromPlanRow(unknown.rows[0]!, { id: 'n3', now: '2026-03-01T10:00:00.000Z', importBatchId: 'b' })).toMatchObject({ employeesBasis: 'onbekend', sizeClass: '1-4' });
  });

  it('an update with a KvK figure replaces the base of an interview figure', () => {
    const old = newCompany(emptyCompanyInput({ name: 'Bakkerij Jansen B.V.', kvk: '12345678', employees: 4, employeesBasis: 'in-loondienst' }), '2026-01-01T10:00:00.000Z', 'e1');
    const patch = updateFromPlanRow(old, plan('update-by-kvk').rows[0]!, '2026-03-01T10:00:00.000Z');
    expect(patch).toMatchObject({ employees: 6, employeesBasis: 'werkzame-personen' });
    // 4 in loondienst and 6 werkzame personen are both 5–9: the class does not move.
    expect(old.sizeClass).toBe('5-9');
    expect(patch).not.toHaveProperty('sizeClass');
  });
});

describe('planImport at scale', () => {
  it('plans a generated 10,000-row KvK export quickly (timing printed)', async () => {
    const bytes = new TextEncoder().encode(generateKvkExportCsv(10_000, 7));
    const existing = createDuplicateIndex(
      Array.from({ length: 5000 }, (_, i) => ({ id: `e${i}`, name: `Bestaand bedrijf ${i}`, kvk: `99${String(i * 2).padStart(6, '0')}`, place: 'Dordrecht' })),
    );
    const t0 = performance.now();
    const p = await planImport({ bytes, fileName: 'kvk.csv', existing, options: { mode: 'update-by-kvk' } });
    const ms = performance.now() - t0;
    console.log(`planImport 10.000 rijen: ${ms.toFixed(0)} ms`, p.plan.counts);
    expect(p.headerRow).toBe(3);
    expect(p.plan.rows.length).toBe(10_000);
    expect(p.plan.counts.update).toBeGreaterThan(4000);
    expect(p.plan.counts.skip).toBeGreaterThan(50);
    expect(p.plan.counts.error).toBe(0);
    expect(p.plan.rows.some((r) => r.values.kind === 'zzp')).toBe(true);
    // Room for a loaded 2-core machine: speed is measured by `npm run bench`, not here.
  }, 60_000);

  it('copes with 100,000 rows', async () => {
    const bytes = new TextEncoder().encode(generateKvkExportCsv(100_000, 8));
    const t0 = performance.now();
    const p = await planImport({ bytes, fileName: 'kvk.csv', existing: [], options: { mode: 'skip-duplicates' } });
    console.log(`planImport 100.000 rijen: ${(performance.now() - t0).toFixed(0)} ms`, p.plan.counts);
    expect(p.plan.rows.length).toBe(100_000);
    expect(p.plan.counts.error).toBe(0);
  }, 60_000);
});

describe('duplicates within one file', () => {
  const h = ['KvK-nummer', 'Vestigingsnummer', 'Handelsnaam', 'Plaats'];
  const plan = (rows: string[][]) =>
    buildImportPlan({ rows, firstRowNumber: 2, headers: h, mapping: suggestMapping(h), existing: [], mode: 'skip-duplicates' });

  it('matches a row with a KvK number to an earlier row without one by name, and the other way round', () => {
    const p = plan([
      ['', '', 'Bakkerij Jansen', 'Dordrecht'],
      ['12345678', '', 'Bakkerij Jansen', 'Dordrecht'],
      ['23456789', '', 'Garage Smit', 'Zwijndrecht'],
      ['', '', 'Garage Smit', 'Zwijndrecht'],
      ['34567890', '', 'Garage Smit', 'Zwijndrecht'],
    ]);
    expect(p.rows.map((r) => [r.action, r.duplicateOfRow])).toEqual([
      // Row 6 has its own KvK number, but row 5 (no number) has the same name and place.
      ['create', null], ['skip', 2], ['create', null], ['skip', 4], ['skip', 5],
    ]);
  });

  it('a repeated KvK number is the same company unless both rows name different vestigingen', () => {
    const p = plan([
      ['12345678', '000012345678', 'Bakkerij Jansen', 'Dordrecht'],
      ['12345678', '000087654321', 'Bakkerij Jansen', 'Zwijndrecht'],
      ['12345678', '', 'Bakkerij Jansen', 'Dordrecht'],
    ]);
    expect(p.rows.map((r) => [r.action, r.duplicateOfRow])).toEqual([['create', null], ['create', null], ['skip', 2]]);
  });
});
