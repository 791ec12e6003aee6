import { describe, expect, it } from 'vitest';
import type { CompanyFacts } from '../domain/target';
import {
  TABEL_1_SIZE_BANDS,
  TABEL_1_TOTAL_OF_BANDS,
  TABEL_1_TOTAL_STATED,
  TABEL_2_LEERBEDRIJVEN,
  TABEL_2_SOURCE,
  TABEL_2_TOTAL_STATED,
} from '../seed/referenceFigures';
import type { LogFacts } from './doubleApproach';
import { buildReachMatrix, markLowest, referenceFromCompanies } from './reach';
import type { ReachFigures } from './reach';

type C = Pick<CompanyFacts, 'id' | 'sector' | 'gemeente' | 'sizeClass'> & {
  importBatchId?: string | null;
  _deleted?: boolean;
};

const portfolio: C[] = [
  { id: 'd1', sector: 'detailhandel', gemeente: 'dordrecht', sizeClass: '1-4' },
  { id: 'd2', sector: 'detailhandel', gemeente: 'dordrecht', sizeClass: '1-4' },
  { id: 'd3', sector: 'detailhandel', gemeente: 'papendrecht', sizeClass: '5-9' },
  { id: 'z1', sector: 'zakelijke-dienstverlening', gemeente: 'zwijndrecht', sizeClass: '1-4' },
  { id: 'z2', sector: 'zakelijke-dienstverlening', gemeente: 'zwijndrecht', sizeClass: '10-14' },
  { id: 'u1', sector: 'bouw', gemeente: null, sizeClass: 'onbekend' },
  { id: 'u2', sector: null, gemeente: 'sliedrecht', sizeClass: null },
  { id: 'gone', sector: 'bouw', gemeente: 'dordrecht', sizeClass: '1-4', _deleted: true },
];

const contact = (
  id: string,
  companyId: string,
  at: string,
  visibility: 'gedeeld' | 'prive' = 'gedeeld',
): LogFacts => ({
  id,
  companyId,
  at,
  advisorId: 'a',
  advisorName: 'A',
  organisation: 'lwl',
  channel: 'telefoon',
  outcome: '',
  visibility,
});

const logs = [
  contact('1', 'd1', '2026-02-01T10:00:00+01:00'),
  contact('2', 'd1', '2026-02-02T10:00:00+01:00'),
  contact('3', 'z2', '2026-02-03T10:00:00+01:00'),
  contact('4', 'd2', '2026-02-03T10:00:00+01:00', 'prive'), // private: not reached
  contact('5', 'd3', '2025-12-01T10:00:00+01:00'), // outside the period
  contact('6', 'u1', '2026-03-01T10:00:00+01:00'),
];
const period = { from: '2026-01-01', to: '2026-03-31' };

describe('reach matrix with the report figures', () => {
  const m = buildReachMatrix({ companies: portfolio, logs, period });
  const cell = (row: string, size: string) =>
    m.rows.find((r) => r.key === row)!.cells.find((c) => c.sizeClass === size)!;

  it('counts portfolio and reached companies per cell with the ids behind them', () => {
    expect(cell('detailhandel', '1-4')).toMatchObject({
      portfolio: 2,
      reached: 1,
      companyIds: ['d1', 'd2'],
      reachedIds: ['d1'],
    });
    expect(cell('detailhandel', '5-9')).toMatchObject({ portfolio: 1, reached: 0 });
    expect(cell('zakelijke-dienstverlening', '10-14')).toMatchObject({ portfolio: 1, reached: 1 });
  });

  it('has no cell references, because the report never crosses sector and size', () => {
    expect(m.referenceKind).toBe('rapport-2017');
    expect(m.rows.flatMap((r) => r.cells).every((c) => c.reference === null && !c.lowest)).toBe(
      true,
    );
  });

  it('uses Tabel 1 for size columns and the sector counts for rows', () => {
    expect(m.columnTotals['1-4']).toMatchObject({ portfolio: 3, reached: 1, reference: 4739 });
    expect(m.columnTotals['1-4'].reach).toBeCloseTo(1 / 4739);
    expect(m.columnTotals.zzp.reference).toBeNull();
    expect(m.rows.find((r) => r.key === 'detailhandel')!.total).toMatchObject({
      reference: 1256,
      portfolio: 3,
      reached: 1,
    });
    expect(m.rows.find((r) => r.key === 'bouw')!.total).toMatchObject({
      reference: null,
      portfolio: 1,
      reached: 1,
    });
    expect(m.smallMkb).toMatchObject({
      portfolio: 5,
      reached: 2,
      reference: TABEL_1_TOTAL_OF_BANDS,
    });
    expect(m.sources.map((s) => s.note).join(' ')).toContain('7.203');
  });

  it('keeps the honest totals of Tabel 1', () => {
    expect(TABEL_1_TOTAL_OF_BANDS).toBe(7203);
    expect(TABEL_1_TOTAL_STATED).toBe(7204);
    expect(TABEL_1_SIZE_BANDS['20-25']).toBe(216);
  });

  it('flags the lowest-reach columns and rows that have a reference', () => {
    const lowCols = Object.entries(m.columnTotals)
      .filter(([, f]) => f.lowest)
      .map(([k]) => k);
    expect(lowCols).toEqual(['5-9', '15-19', '20-25']); // 0 reached: ties with the cut-off are all flagged
    const lowRows = m.rows.filter((r) => r.total.lowest).map((r) => r.key);
    expect(lowRows).toEqual(['groothandel', 'transport-logistiek']);
  });

  it('counts companies without size separately, per row', () => {
    expect(m.withoutSize).toMatchObject({ count: 2, companyIds: ['u1', 'u2'], reachedIds: ['u1'] });
    expect(m.withoutSize.byRow).toEqual({ bouw: ['u1'], onbekend: ['u2'] });
    expect(m.rows.find((r) => r.key === 'bouw')!.total.companyIds).toEqual(['u1']);
  });

  it('groups by gemeente with Tabel 2 (leerbedrijven) as the row reference, labelled', () => {
    const g = buildReachMatrix({ companies: portfolio, logs, period, dimension: 'gemeente' });
    expect(g.rows.find((r) => r.key === 'dordrecht')!.total).toMatchObject({
      portfolio: 2,
      reached: 1,
      reference: 1820,
    });
    expect(g.rowReference?.label).toBe('leerbedrijven');
    expect(g.sources.map((s) => s.label)).toContain(TABEL_2_SOURCE.label);
    const refs = Object.fromEntries(g.rows.map((r) => [r.key, r.total.reference]));
    expect(refs).toMatchObject({
      alblasserdam: 341,
      dordrecht: 1820,
      'hendrik-ido-ambacht': 336,
      papendrecht: 376,
      sliedrecht: 388,
      zwijndrecht: 615,
      'buiten-regio': null,
      onbekend: null,
    });
    expect(Object.values(TABEL_2_LEERBEDRIJVEN).reduce((a, b) => a + b, 0)).toBe(TABEL_2_TOTAL_STATED);
    expect(g.rows.find((r) => r.key === 'onbekend')!.total.companyIds).toEqual(['u1']);
    expect(g.columnTotals['1-4'].reference).toBe(4739);
    // The sector view has no leerbedrijven label.
    expect(buildReachMatrix({ companies: portfolio, logs, period }).rowReference).toBeNull();
  });
});

describe('Tabel 1 compares like with like: the 1–4 band includes the zzp-ers', () => {
  const withZzp: C[] = [
    ...portfolio,
    { id: 'zzp1', sector: 'zakelijke-dienstverlening', gemeente: 'dordrecht', sizeClass: 'zzp' },
    { id: 'zzp2', sector: 'bouw', gemeente: 'sliedrecht', sizeClass: 'zzp' },
  ];
  const m = buildReachMatrix({
    companies: withZzp,
    logs: [...logs, contact('7', 'zzp1', '2026-02-05T10:00:00+01:00')],
    period,
  });

  it('counts zzp-ers in the 1–4 band against 4.739, and gives the zzp column no reference of its own', () => {
    expect(m.columnTotals['1-4']).toMatchObject({ portfolio: 5, reached: 2, reference: 4739 });
    expect(m.columnTotals['1-4'].reach).toBeCloseTo(2 / 4739);
    expect(m.columnTotals['1-4'].companyIds).toEqual(expect.arrayContaining(['zzp1', 'zzp2', 'd1']));
    expect(m.columnTotals.zzp).toMatchObject({ portfolio: 2, reached: 1, reference: null });
    expect(m.columnIncludes['1-4']).toEqual(['zzp', '1-4']);
  });

  it('the small-MKB total against Tabel 1 counts them too', () => {
    expect(m.smallMkb.reference).toBe(TABEL_1_TOTAL_OF_BANDS);
    expect(m.smallMkb.companyIds).toEqual(expect.arrayContaining(['zzp1', 'zzp2']));
  });

  it('an imported KvK list keeps zzp-ers in their own column', () => {
    const k = buildReachMatrix({
      companies: withZzp,
      logs,
      period,
      reference: { kind: 'kvk-import', sources: [], columns: { zzp: 3, '1-4': 10 } },
    });
    expect(k.columnTotals['1-4']).toMatchObject({ portfolio: 3, reference: 10 });
    expect(k.columnTotals.zzp).toMatchObject({ portfolio: 2, reference: 3 });
  });
});

describe('reach matrix with an imported KvK list', () => {
  const kvk: C[] = [
    ...Array.from({ length: 10 }, (_, i): C => ({
      id: `k-d${i}`,
      sector: 'detailhandel',
      gemeente: 'dordrecht',
      sizeClass: '1-4',
      importBatchId: 'kvk',
    })),
    ...Array.from({ length: 4 }, (_, i): C => ({
      id: `k-z${i}`,
      sector: 'zakelijke-dienstverlening',
      gemeente: 'zwijndrecht',
      sizeClass: '10-14',
      importBatchId: 'kvk',
    })),
    {
      id: 'k-x',
      sector: 'detailhandel',
      gemeente: 'dordrecht',
      sizeClass: null,
      importBatchId: 'kvk',
    },
    {
      id: 'other-import',
      sector: 'detailhandel',
      gemeente: 'dordrecht',
      sizeClass: '1-4',
      importBatchId: 'lwl-lijst',
    },
  ];
  const companies = [...portfolio, ...kvk];

  it('derives references per cell from the marked batches only', () => {
    const ref = referenceFromCompanies(companies, ['kvk'], 'sector')!;
    expect(ref.cells).toEqual({
      detailhandel: { '1-4': 10 },
      'zakelijke-dienstverlening': { '10-14': 4 },
    });
    expect(ref.rows).toEqual({ detailhandel: 11, 'zakelijke-dienstverlening': 4 });
    expect(referenceFromCompanies(companies, ['nothing'], 'sector')).toBeNull();
  });

  it('computes cell reach and flags the lowest cell', () => {
    const m = buildReachMatrix({ companies, logs, period, referenceBatchIds: ['kvk'] });
    const cells = m.rows.flatMap((r) => r.cells).filter((c) => c.reference !== null);
    expect(m.referenceKind).toBe('kvk-import');
    expect(cells.map((c) => [c.row, c.sizeClass, c.reference, c.reach, c.lowest])).toEqual([
      ['zakelijke-dienstverlening', '10-14', 4, 0.25, false],
      ['detailhandel', '1-4', 10, 0.1, true],
    ]);
    expect(m.columnTotals['1-4'].reference).toBe(10);
  });
});

describe('markLowest', () => {
  const f = (reach: number | null, reference: number | null = 10): ReachFigures => ({
    portfolio: 0,
    reached: 0,
    reference,
    reach,
    companyIds: [],
    reachedIds: [],
    lowest: false,
  });

  it('flags the bottom fifth and nothing when there is nothing to compare', () => {
    const items = [
      f(0.5),
      f(0.1),
      f(0.3),
      f(0.2),
      f(0.4),
      f(0.6),
      f(0.7),
      f(0.8),
      f(0.9),
      f(1),
      f(null, null),
    ];
    markLowest(items);
    expect(items.filter((i) => i.lowest).map((i) => i.reach)).toEqual([0.1, 0.2]);
    const single = [f(0.1)];
    markLowest(single);
    expect(single[0]!.lowest).toBe(false);
  });
});
