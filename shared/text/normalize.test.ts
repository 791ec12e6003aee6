import { describe, expect, it } from 'vitest';
import { compactKey, normalizeForSearch } from './normalize';

describe('search normalisation', () => {
  it('ignores case, accents, hyphens and extra spaces', () => {
    expect(normalizeForSearch('  Café  Ré ')).toBe('cafe re');
    expect(normalizeForSearch('Hendrik-Ido-Ambacht')).toBe('hendrik ido ambacht');
    expect(normalizeForSearch('Ëlektro–Técniek')).toBe('elektro tecniek');
    expect(normalizeForSearch('12345678')).toBe('12345678');
  });
  it('compacts spellings of one place to one key', () => {
    const keys = ['H.I. Ambacht', 'HI-Ambacht', 'h i ambacht'].map(compactKey);
    expect(new Set(keys)).toEqual(new Set(['hiambacht']));
    expect(compactKey('Hendrik Ido Ambacht')).toBe(compactKey('Hendrik-Ido-Ambacht'));
  });
});
