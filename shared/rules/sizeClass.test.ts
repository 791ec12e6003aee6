import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classifySize, EMPLOYEES_BASES, formatSizeBand, parseEmployees, SIZE_CLASS_LABELS, SIZE_CLASSES, toWerkzamePersonen,
} from './sizeClass';
import { SIZE_CLASSES as TARGET_SIZE_CLASSES } from '../domain/target';

describe('classifySize', () => {
  it.each([
    [0, '1-4', 'micro', true], [1, '1-4', 'micro', true], [4, '1-4', 'micro', true],
    [5, '5-9', 'micro', true], [9, '5-9', 'micro', true],
    [10, '10-14', 'klein', true], [14, '10-14', 'klein', true],
    [15, '15-19', 'klein', true], [19, '15-19', 'klein', true],
    [20, '20-25', 'klein', true], [25, '20-25', 'klein', true],
    [26, '26-49', 'klein', false], [49, '26-49', 'klein', false],
    [50, '50-249', 'middelgroot', false], [249, '50-249', 'middelgroot', false],
    [250, '250+', 'groot', false], [5000, '250+', 'groot', false],
  ] as const)('%i employees → %s, EU %s, small MKB %s', (n, cls, eu, small) => {
    const r = classifySize('mkb', n, null);
    expect(r).toMatchObject({ sizeClass: cls, euClass: eu, isSmallMkb: small });
  });

  it('treats a zzp-er as zzp, whatever the count', () => {
    expect(classifySize('zzp', null, null)).toMatchObject({ sizeClass: 'zzp', euClass: 'micro', isSmallMkb: true });
    expect(classifySize('zzp', 3, null).sizeClass).toBe('zzp');
  });

  it('shows unknown size as a gap', () => {
    expect(classifySize('mkb', null, null)).toEqual({ sizeClass: 'onbekend', euClass: 'onbekend', isSmallMkb: null, candidates: [] });
    expect(SIZE_CLASS_LABELS.onbekend).toBe('Onbekend — vul het aantal medewerkers in');
  });

  it('uses a band when it fits one class, and still answers what it can', () => {
    expect(classifySize('mkb', null, { min: 5, max: 9 })).toMatchObject({ sizeClass: '5-9', euClass: 'micro', isSmallMkb: true });
    expect(classifySize('mkb', null, { min: 2, max: 4 }).sizeClass).toBe('1-4');
    const kvk10to19 = classifySize('mkb', null, { min: 10, max: 19 });
    expect(kvk10to19).toEqual({ sizeClass: 'onbekend', euClass: 'klein', isSmallMkb: true, candidates: ['10-14', '15-19'] });
    expect(classifySize('mkb', null, { min: 20, max: 49 })).toMatchObject({ sizeClass: 'onbekend', euClass: 'klein', isSmallMkb: null });
    expect(classifySize('mkb', null, { min: 250, max: null })).toMatchObject({ sizeClass: '250+', euClass: 'groot', isSmallMkb: false });
  });

  it('an exact count wins over a band', () => {
    expect(classifySize('mkb', 12, { min: 20, max: 49 }).sizeClass).toBe('10-14');
  });

  it('agrees with the size classes the other rules use', () => {
    expect([...SIZE_CLASSES]).toEqual([...TARGET_SIZE_CLASSES]);
  });

  it('puts every count in exactly one class, in ascending order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const ia = SIZE_CLASSES.indexOf(classifySize('mkb', lo, null).sizeClass);
        const ib = SIZE_CLASSES.indexOf(classifySize('mkb', hi, null).sizeClass);
        return ia >= 0 && ia <= ib && SIZE_CLASSES[ib] !== 'onbekend';
      }),
    );
  });
});

describe('counting base (issue 15)', () => {
  it('a KvK row of 5 werkzame personen and a guide answer of 4 in loondienst land in the same band', () => {
    const kvk = classifySize('mkb', 5, null, 'werkzame-personen');
    const guide = classifySize('mkb', 4, null, 'in-loondienst');
    expect(kvk).toEqual(guide);
    expect(guide).toMatchObject({ sizeClass: '5-9', euClass: 'micro', isSmallMkb: true });
    // On the edges of Tabel 1 and the EU: 25 in loondienst is 26 werkzame personen.
    expect(classifySize('mkb', 25, null, 'in-loondienst')).toMatchObject({ sizeClass: '26-49', isSmallMkb: false });
    expect(classifySize('mkb', 9, null, 'in-loondienst').euClass).toBe('klein');
  });

  it('a zzp-er without staff is zzp on either base', () => {
    for (const basis of EMPLOYEES_BASES) {
      expect(classifySize('zzp', 0, null, basis).sizeClass).toBe('zzp');
      expect(classifySize('zzp', 1, null, basis).sizeClass).toBe('zzp');
    }
  });

  it('an unknown base keeps the count as it stands (as before the base was recorded)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const before = classifySize('mkb', n, null);
        return (
          JSON.stringify(classifySize('mkb', n, null, 'onbekend')) === JSON.stringify(before) &&
          JSON.stringify(classifySize('mkb', n, null, null)) === JSON.stringify(before) &&
          JSON.stringify(classifySize('mkb', n, null, 'werkzame-personen')) === JSON.stringify(before)
        );
      }),
    );
    expect(toWerkzamePersonen(7, undefined)).toBe(7);
    expect(toWerkzamePersonen(7, 'in-loondienst')).toBe(8);
  });

  it('moves a band in loondienst onto the werkzame-personen basis too', () => {
    expect(classifySize('mkb', null, { min: 4, max: 8 }, 'in-loondienst').sizeClass).toBe('5-9');
    expect(classifySize('mkb', null, { min: 4, max: 8 }, 'onbekend').sizeClass).toBe('onbekend');
    expect(classifySize('mkb', null, { min: 249, max: null }, 'in-loondienst').sizeClass).toBe('250+');
  });
});

describe('parseEmployees', () => {
  it.each([
    ['12', 12, null], ['12,0', 12, null], ['0', 0, null], ['1 werkzame persoon', 1, null], ['3 werknemers', 3, null],
    ['1.250', 1250, null], ['ca. 10', 10, null],
    ['5 t/m 9', null, { min: 5, max: 9 }], ['5-9', null, { min: 5, max: 9 }], ['5 – 9', null, { min: 5, max: 9 }],
    ['10 tot 20', null, { min: 10, max: 19 }], ['10 tot en met 19', null, { min: 10, max: 19 }],
    ['2 t/m 4 werkzame personen', null, { min: 2, max: 4 }],
    ['250+', null, { min: 250, max: null }], ['1.000 of meer', null, { min: 1000, max: null }],
    ['meer dan 50', null, { min: 51, max: null }], ['minder dan 10', null, { min: 0, max: 9 }],
    ['', null, null], ['onbekend', null, null],
  ] as const)('"%s"', (raw, employees, band) => {
    expect(parseEmployees(raw)).toEqual({ ok: true, employees, band });
  });

  it.each(['veel', '9 t/m 5', 'twaalf', '12,5'])('rejects "%s"', (raw) => {
    expect(parseEmployees(raw).ok).toBe(false);
  });

  it('formats bands for people', () => {
    expect(formatSizeBand({ min: 5, max: 9 })).toBe('5–9');
    expect(formatSizeBand({ min: 250, max: null })).toBe('250 of meer');
  });
});
