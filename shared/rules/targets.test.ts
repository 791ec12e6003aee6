import { describe, expect, it } from 'vitest';
import type { CompanyFacts } from '../domain/target';
import type { LogFacts } from './doubleApproach';
import { computeTargetProgress } from './targets';
import type { TargetFacts } from './targets';

type C = Pick<CompanyFacts, 'id' | 'kind' | 'sizeClass' | 'sector' | 'gemeente'>;
const companies: C[] = [
  { id: 'small', kind: 'mkb', sizeClass: '5-9', sector: 'detailhandel', gemeente: 'dordrecht' },
  {
    id: 'unknown',
    kind: 'mkb',
    sizeClass: 'onbekend',
    sector: 'detailhandel',
    gemeente: 'sliedrecht',
  },
  { id: 'nosize', kind: 'mkb', sizeClass: null, sector: null, gemeente: null },
  { id: 'big', kind: 'mkb', sizeClass: '50-249', sector: 'detailhandel', gemeente: 'dordrecht' },
  { id: 'zzp', kind: 'zzp', sizeClass: 'zzp', sector: 'creatief', gemeente: 'dordrecht' },
];

const log = (
  id: string,
  companyId: string,
  at: string,
  over: Partial<LogFacts> = {},
): LogFacts => ({
  id,
  companyId,
  at,
  advisorId: 'lwl-1',
  advisorName: 'B. Loket',
  organisation: 'lwl',
  channel: 'telefoon',
  outcome: '',
  visibility: 'gedeeld',
  ...over,
});

const logs: LogFacts[] = [
  log('1', 'small', '2026-03-10T10:00:00+01:00'),
  log('2', 'small', '2026-04-10T10:00:00+02:00'), // same company twice: counts once
  log('3', 'unknown', '2026-05-01T10:00:00+02:00', {
    organisation: 'baanbrekend',
    advisorId: 'bb-1',
  }),
  log('4', 'nosize', '2026-05-01T10:00:00+02:00', { visibility: 'prive' }), // private never counts
  log('5', 'big', '2026-05-01T10:00:00+02:00'), // not small MKB
  log('6', 'zzp', '2026-05-01T10:00:00+02:00'),
  log('7', 'nosize', '2025-12-31T23:30:00+01:00'), // before the period
];

const target = (over: Partial<TargetFacts> = {}): TargetFacts => ({
  id: 't1',
  organisation: 'samen',
  advisorId: null,
  metric: 'klein-mkb-bereikt',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  target: 50,
  ...over,
});

const run = (t: TargetFacts, now: string, interviews = []) =>
  computeTargetProgress({ target: t, companies, logs, interviews, now });

describe('target progress', () => {
  it('counts distinct small MKB (unknown size included) with a shared contact in the period', () => {
    const p = run(target(), '2026-07-02T12:00:00+02:00');
    expect(p.ids.sort()).toEqual(['small', 'unknown']);
    expect(p.value).toBe(2);
    expect(p.fraction).toBe(0.04);
  });

  it('filters by organisation, advisor, sector and gemeente', () => {
    expect(run(target({ organisation: 'lwl' }), '2026-07-02T12:00:00+02:00').ids).toEqual([
      'small',
    ]);
    expect(
      run(target({ organisation: 'baanbrekend', advisorId: 'bb-1' }), '2026-07-02T12:00:00+02:00')
        .ids,
    ).toEqual(['unknown']);
    expect(
      run(
        target({ metric: 'gemeente-bereikt', gemeente: 'sliedrecht' }),
        '2026-07-02T12:00:00+02:00',
      ).ids,
    ).toEqual(['unknown']);
    expect(
      run(target({ metric: 'sector-bereikt', sector: 'detailhandel' }), '2026-07-02T12:00:00+02:00')
        .value,
    ).toBe(2);
    expect(run(target({ metric: 'zzp-geinformeerd' }), '2026-07-02T12:00:00+02:00').ids).toEqual([
      'zzp',
    ]);
  });

  it('counts finished, shared interviews for gesprekken', () => {
    const interviews = [
      {
        id: 'i1',
        companyId: 'small',
        finishedAt: '2026-02-01T10:00:00+01:00',
        organisation: 'lwl',
      },
      { id: 'i2', companyId: 'small', finishedAt: null },
      { id: 'i4', companyId: 'small', finishedAt: '2026-02-01T10:00:00+01:00', status: 'concept' },
      { id: 'i3', companyId: 'big', finishedAt: '2026-02-01T10:00:00+01:00', visibility: 'prive' },
    ];
    const p = computeTargetProgress({
      target: target({ metric: 'gesprekken', target: 4 }),
      companies,
      logs,
      interviews,
      now: '2026-07-02T12:00:00+02:00',
    });
    expect(p.ids).toEqual(['i1']);
  });

  it('computes the linear pace and what is needed per week', () => {
    // 20 Oct 2026: 292 of 365 days behind us; 73 days (10,4 weeks) left including today.
    const t = target({ target: 36 });
    const p = run(t, '2026-10-20T09:00:00+02:00');
    expect(p.expectedByNow).toBeCloseTo((36 * 292) / 365, 5);
    expect(p.onTrack).toBe(false);
    expect(p.remaining).toBe(34);
    expect(p.neededPerWeek).toBeCloseTo(34 / (73 / 7), 5);
    expect(p.phase).toBe('lopend');
    expect(p.sentence).toBe(
      'Nog 34 bedrijven nodig: ongeveer 4 per week om het doel op 31 december te halen.',
    );
  });

  it('is on track when the value keeps up with a steady pace', () => {
    const p = run(target({ target: 2 }), '2026-03-01T09:00:00+01:00');
    expect(p.onTrack).toBe(true);
    expect(p.sentence).toBe('Doel gehaald: 2 van 2 bedrijven bereikt.');
    expect(p.neededPerWeek).toBeNull();
  });

  it('speaks about periods that have not started or have ended', () => {
    const early = run(
      target({ periodStart: '2027-01-01', periodEnd: '2027-06-30', target: 10 }),
      '2026-12-01T09:00:00+01:00',
    );
    expect(early.phase).toBe('nog-niet-begonnen');
    expect(early.expectedByNow).toBe(0);
    expect(early.sentence).toBe('Dit doel loopt vanaf 1 januari 2027: 10 bedrijven bereikt.');
    const late = run(
      target({ metric: 'zzp-geinformeerd', target: 3 }),
      '2027-01-05T09:00:00+01:00',
    );
    expect(late.phase).toBe('afgelopen');
    expect(late.neededPerWeek).toBeNull();
    expect(late.sentence).toBe(
      'Periode afgelopen: 1 van 3 zzp-ers geïnformeerd; het doel is niet gehaald.',
    );
  });

  it('says "minder dan 1 per week" and gives the year when the end is in another year', () => {
    const p = run(target({ periodEnd: '2027-12-31', target: 5 }), '2026-07-02T12:00:00+02:00');
    expect(p.sentence).toBe(
      'Nog 3 bedrijven nodig: minder dan 1 per week om het doel op 31 december 2027 te halen.',
    );
  });
});
