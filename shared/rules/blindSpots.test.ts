import { describe, expect, it } from 'vitest';
import type { LogFacts } from './doubleApproach';
import { blindSpotIndex, findBlindSpots } from './blindSpots';
import { buildReachMatrix } from './reach';

const period = { from: '2026-01-01', to: '2026-12-04' };
type C = { id: string; sector: string | null; gemeente: string | null; sizeClass: string };

function companies(prefix: string, n: number, fields: Omit<C, 'id'>): C[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, ...fields }));
}
const log = (companyId: string): LogFacts => ({
  id: `log-${companyId}`,
  companyId,
  at: '2026-06-01T10:00:00+02:00',
  advisorId: 'a',
  advisorName: 'A',
  organisation: 'lwl',
  channel: 'telefoon',
  outcome: '',
  visibility: 'gedeeld',
});

// The three blind spots of issue 17, beside well-reached cells in the same rows.
const portfolio = [
  ...companies('sz', 11, { sector: 'bouw', gemeente: 'sliedrecht', sizeClass: 'zzp' }),
  ...companies('sm', 8, { sector: 'bouw', gemeente: 'sliedrecht', sizeClass: '1-4' }),
  ...companies('we', 3, { sector: 'welzijn', gemeente: 'dordrecht', sizeClass: '5-9' }),
  ...companies('wz', 4, { sector: 'welzijn', gemeente: 'dordrecht', sizeClass: 'zzp' }),
  ...companies('cz', 6, { sector: 'creatief', gemeente: 'dordrecht', sizeClass: 'zzp' }),
  ...companies('cm', 5, { sector: 'creatief', gemeente: 'dordrecht', sizeClass: '1-4' }),
  // A cell reached, but far below its row: 1 of 10 against a row at 11 of 20.
  ...companies('hl', 10, { sector: 'horeca', gemeente: 'zwijndrecht', sizeClass: '1-4' }),
  ...companies('hh', 10, { sector: 'horeca', gemeente: 'zwijndrecht', sizeClass: '5-9' }),
] as Parameters<typeof buildReachMatrix>[0]['companies'];
const reachedIds = [
  ...['sm0', 'sm1', 'sm2', 'sm3'],
  ...['wz0', 'wz1'],
  ...['cm0', 'cm1', 'cm2'],
  'hl0',
  ...Array.from({ length: 10 }, (_, i) => `hh${i}`),
];
const logs = reachedIds.map(log);

describe('findBlindSpots', () => {
  it('marks every cell with companies and nobody reached, in the sector and the gemeente view', () => {
    const bySector = findBlindSpots(buildReachMatrix({ companies: portfolio, logs, period, dimension: 'sector' }));
    const at = blindSpotIndex(bySector);
    expect(at('welzijn', '5-9')?.reasons).toContain('zero');
    expect(at('creatief', 'zzp')?.reasons).toContain('zero');
    expect(at('bouw', 'zzp')).toMatchObject({ portfolio: 11, reached: 0, gap: 11 });
    expect(at('welzijn', 'zzp')).toBeUndefined();

    const byGemeente = findBlindSpots(buildReachMatrix({ companies: portfolio, logs, period, dimension: 'gemeente' }));
    expect(blindSpotIndex(byGemeente)('sliedrecht', 'zzp')).toMatchObject({ portfolio: 11, reached: 0, reasons: ['zero'] });
  });

  it('marks a reached cell far below its row, and lists the companies still to approach', () => {
    const spots = findBlindSpots(buildReachMatrix({ companies: portfolio, logs, period, dimension: 'sector' }));
    const horeca = blindSpotIndex(spots)('horeca', '1-4')!;
    expect(horeca.reasons).toEqual(['below-row']);
    expect(horeca.rowAverage).toBeCloseTo(11 / 20);
    expect(horeca.unreachedIds).toHaveLength(9);
    expect(horeca.unreachedIds).not.toContain('hl0');
  });

  it('sorts the biggest gap first', () => {
    const spots = findBlindSpots(buildReachMatrix({ companies: portfolio, logs, period, dimension: 'sector' }));
    const gaps = spots.map((s) => s.gap);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    expect(spots[0]).toMatchObject({ row: 'bouw', sizeClass: 'zzp' });
  });

  it('also marks cells that are low against the reference, even with nobody in the portfolio', () => {
    const matrix = buildReachMatrix({
      companies: portfolio,
      logs,
      period,
      dimension: 'sector',
      reference: { kind: 'kvk-import', sources: [], cells: { bouw: { '1-4': 100, zzp: 20 }, landbouw: { '1-4': 50 } } },
    });
    const at = blindSpotIndex(findBlindSpots(matrix));
    expect(at('landbouw', '1-4')).toMatchObject({ portfolio: 0, reasons: ['below-reference'] });
  });

  it('lists a whole row that is low against a reference for rows', () => {
    const matrix = buildReachMatrix({
      companies: portfolio,
      logs,
      period,
      dimension: 'sector',
      reference: { kind: 'kvk-import', sources: [], rows: { bouw: 400, horeca: 40, welzijn: 30 } },
    });
    const bouw = blindSpotIndex(findBlindSpots(matrix))('bouw', null);
    expect(bouw).toMatchObject({ sizeClass: null, portfolio: 19, reached: 4, reasons: ['below-reference'] });
  });
});
