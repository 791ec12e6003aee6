import { describe, expect, it } from 'vitest';
import { SEED_TERMS } from '../seed/terms';
import type { LinkSegment } from './termLinker';
import { createTermLinker } from './termLinker';

const linker = createTermLinker(SEED_TERMS);
const links = (segments: readonly LinkSegment[]) =>
  segments.flatMap((s) => ('termKey' in s ? [[s.text, s.termKey]] : []));

describe('linkTerms', () => {
  it('returns segments that join back to the original text', () => {
    const text = 'Heeft u ervaring met BBL of EVC? Denk ook aan de Mkb-route in het hbo.';
    expect(
      linker
        .linkTerms(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('links abbreviations and terms', () => {
    expect(links(linker.linkTerms('Heeft u ervaring met BBL of EVC?'))).toEqual([
      ['BBL', 'bbl'],
      ['EVC', 'evc'],
    ]);
  });

  it('takes the longest match first', () => {
    expect(links(linker.linkTerms('De Mkb-route in het hbo is nieuw.'))).toEqual([
      ['Mkb-route in het hbo', 'mkb-route'],
    ]);
    expect(links(linker.linkTerms('Een erkend leerbedrijf biedt bpv.'))).toEqual([
      ['erkend leerbedrijf', 'erkend-leerbedrijf'],
      ['bpv', 'bpv'],
    ]);
  });

  it('respects word boundaries', () => {
    expect(links(linker.linkTerms('De BBLer en het symbool van de VAO-bbq'))).toEqual([]);
    expect(links(linker.linkTerms('Bolletje, BOLLEN en het SBBD-terrein'))).toEqual([]);
  });

  it('matches abbreviations case-sensitively but words case-insensitively', () => {
    expect(links(linker.linkTerms('Een bol wol en een BOL-student'))).toEqual([['BOL', 'bol']]);
    expect(links(linker.linkTerms('zij instroom, ZIJ-INSTROOM'))).toEqual([
      ['zij instroom', 'zij-instroom'],
    ]);
    expect(links(linker.linkTerms('Zijinstroom'))).toEqual([['Zijinstroom', 'zij-instroom']]);
  });

  it('does not join words across sentence punctuation', () => {
    expect(links(linker.linkTerms('Erkend. Leerbedrijf'))).toEqual([
      ['Leerbedrijf', 'erkend-leerbedrijf'],
    ]);
  });

  it('handles the ampersand of O&O and simple plurals', () => {
    expect(links(linker.linkTerms('Vraag het O&O-fonds.'))).toEqual([
      ['O&O-fonds', 'o-en-o-fonds'],
    ]);
    expect(links(linker.linkTerms('Twee praktijkhouders'))).toEqual([
      ['praktijkhouders', 'praktijkhouder'],
    ]);
  });

  it('links only the first mention by default, every mention when asked', () => {
    const text = 'EVC is nuttig; EVC kost tijd.';
    expect(links(linker.linkTerms(text))).toHaveLength(1);
    expect(
      links(createTermLinker(SEED_TERMS, { firstOccurrenceOnly: false }).linkTerms(text)),
    ).toHaveLength(2);
  });

  it('memoises per text: the same array comes back', () => {
    const text = 'Ervaring met stage hbo?';
    const first = linker.linkTerms(text);
    expect(linker.linkTerms(text)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('forgets the oldest text beyond the cache size', () => {
    const small = createTermLinker(SEED_TERMS, { cacheSize: 2 });
    const a = small.linkTerms('a BBL');
    small.linkTerms('b BBL');
    small.linkTerms('c BBL');
    expect(small.linkTerms('a BBL')).not.toBe(a);
    expect(small.linkTerms('a BBL')).toEqual(a);
  });

  it('ignores retired begrippen and resolves keys', () => {
    const retired = createTermLinker(
      SEED_TERMS.map((t) => (t.key === 'evc' ? { ...t, retired: true } : t)),
    );
    expect(links(retired.linkTerms('EVC'))).toEqual([]);
    expect(linker.termByKey('bbl')?.abbreviation).toBe('BBL');
  });
});
