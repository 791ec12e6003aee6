import { describe, expect, it } from 'vitest';
import { formOfAddress, SBI_SECTIONS, SBI_SECTION_LABELS, SECTOR_KEYS, SECTOR_LABELS, SECTOR_SBI_SECTIONS, sectorFromText } from './sectors';
import { SECTOR_KEYS as TARGET_SECTOR_KEYS } from './target';

describe('sectors', () => {
  it('has a Dutch name for every SBI section A–U and every sector word', () => {
    expect(SBI_SECTIONS).toHaveLength(21);
    for (const s of SBI_SECTIONS) expect(SBI_SECTION_LABELS[s].length).toBeGreaterThan(3);
    for (const k of SECTOR_KEYS) {
      expect(SECTOR_LABELS[k].length).toBeGreaterThan(2);
      expect(SECTOR_SBI_SECTIONS[k].length).toBeGreaterThan(0);
    }
  });

  it('uses the same sector keys as the target and reach rules', () => {
    expect([...SECTOR_KEYS]).toEqual([...TARGET_SECTOR_KEYS]);
  });

  it.each([
    ['G', 'G', 'detailhandel'],
    ['G - Handel', 'G', 'detailhandel'],
    ['47.11', 'G', 'detailhandel'],
    ['4711 - Supermarkten', 'G', 'detailhandel'],
    ['46900', 'G', 'groothandel'],
    ['86.91 - Praktijken van fysiotherapeuten', 'Q', 'eerstelijnszorg'],
    ['8621', 'Q', 'eerstelijnszorg'],
    ['8891 Kinderopvang', 'Q', 'welzijn'],
    ['49.41', 'H', 'transport-logistiek'],
    ['6201', 'J', 'ict'],
    ['4321', 'F', 'techniek'],
    ['4120', 'F', 'bouw'],
    ['0130', 'A', 'landbouw'],
    ['Zakelijke dienstverlening', 'M', 'zakelijke-dienstverlening'],
    ['Transport en logistiek', 'H', 'transport-logistiek'],
    ['Huisartsenpraktijk', 'Q', 'eerstelijnszorg'],
    ['Groothandel in bouwmaterialen', 'G', 'groothandel'],
    ['horeca', 'I', 'horeca'],
  ])('"%s" → %s / %s', (text, sbi, sector) => {
    expect(sectorFromText(text)).toEqual({ sbi, sector });
  });

  it('returns nothing for text it does not know', () => {
    expect(sectorFromText('')).toEqual({ sbi: null, sector: null });
    expect(sectorFromText('xyz')).toEqual({ sbi: null, sector: null });
  });

  it('addresses people the way their sector does', () => {
    expect(formOfAddress('eerstelijnszorg').singular).toBe('praktijkhouder');
    expect(formOfAddress('eerstelijnszorg', 'zzp').plural).toBe('praktijkhouders');
    expect(formOfAddress('bouw', 'zzp').singular).toBe('ondernemer');
    expect(formOfAddress('industrie').singular).toBe('werkgever');
    expect(formOfAddress(null).singular).toBe('werkgever');
  });
});
