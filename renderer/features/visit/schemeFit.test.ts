import { describe, expect, it } from 'vitest';
import { SEED_SCHEMES } from '../../../shared/seed/schemes';
import type { CompanyRow } from '../../db/queries/companies';
import { schemeFit } from './schemeFit';

const TODAY = '2026-12-04';
const row = (fields: Partial<CompanyRow>): CompanyRow =>
  ({ id: 'c1', name: 'Kaashandel De Waag', gemeente: 'dordrecht', ...fields }) as CompanyRow;

describe('schemeFit: the bezoekkaart shows the regelingen that really fit', () => {
  it('the kaashandel (3 employees, detailhandel) sees its two fitting schemes first, topped up to three', () => {
    const fit = schemeFit(
      row({ kind: 'mkb', employees: 3, sizeClass: '1-4', sector: 'detailhandel' }),
      SEED_SCHEMES,
      TODAY,
    );
    expect(fit).toHaveLength(3);
    expect(
      fit
        .slice(0, 2)
        .map((f) => f.schemeKey)
        .sort(),
    ).toEqual(['slim-regeling', 'vrijstelling-scholingskosten']);
    expect(fit.slice(0, 2).every((f) => f.fit === 'past')).toBe(true);
  });

  it('never shows an ended scheme, one whose existence is in doubt, or one that does not fit', () => {
    const doubtful = new Set(SEED_SCHEMES.filter((s) => s.status !== 'actief').map((s) => s.key));
    for (const company of [
      row({ kind: 'mkb', employees: 3, sizeClass: '1-4', sector: 'detailhandel' }),
      row({ kind: 'zzp', employees: 0, sizeClass: 'zzp', sector: 'zakelijke-dienstverlening' }),
      row({
        kind: 'mkb',
        employees: 18,
        sizeClass: '15-19',
        sector: 'techniek',
        erkendLeerbedrijf: 'ja',
      }),
    ]) {
      const fit = schemeFit(company, SEED_SCHEMES, TODAY);
      expect(fit.length).toBeLessThanOrEqual(5);
      expect(fit.filter((f) => doubtful.has(f.schemeKey))).toEqual([]);
      for (const f of fit) expect(f.reasons.join(' ')).not.toMatch(/landelijke regeling/);
    }
    const zzp = schemeFit(
      row({ kind: 'zzp', employees: 0, sizeClass: 'zzp', sector: 'zakelijke-dienstverlening' }),
      SEED_SCHEMES,
      TODAY,
    );
    expect(zzp.map((f) => f.schemeKey)).not.toContain('vrijstelling-scholingskosten');
    expect(zzp.map((f) => f.schemeKey)).not.toContain('slim-regeling');
  });
});
