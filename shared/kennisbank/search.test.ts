import { describe, expect, it } from 'vitest';
import { SEED_NETWORKS } from '../seed/networks';
import { SEED_SCHEMES } from '../seed/schemes';
import { SEED_TERMS } from '../seed/terms';
import {
  browseLetter,
  createNetworkIndex,
  createSchemeIndex,
  createTermIndex,
  listSchemes,
  searchKeys,
} from './search';

const index = createTermIndex(SEED_TERMS);
const firstKey = (q: string) => index.search(q)[0]?.item.key;

describe('term search forgives spelling', () => {
  it.each([
    ['zij instroom', 'zij-instroom'],
    ['zijinstroom', 'zij-instroom'],
    ['ZIJ-INSTROOM', 'zij-instroom'],
    ['evc', 'evc'],
    ['EVC', 'evc'],
    ['ervaringscertificaat', 'evc'],
    ['o en o fonds', 'o-en-o-fonds'],
    ['O&O', 'o-en-o-fonds'],
    ['O&O-fonds', 'o-en-o-fonds'],
    ['oo fonds', 'o-en-o-fonds'],
    ['bbl', 'bbl'],
    ['mkb route', 'mkb-route'],
    ['zzp er', 'zzp-er'],
    ['geintegreerd', undefined],
  ])('"%s" finds %s first', (query, key) => {
    expect(firstKey(query)).toBe(key);
  });

  it('ignores accents', () => {
    expect(searchKeys('Beëindigd')).toContain('beeindigd');
    // The shared normaliser also folds letters without a separate accent.
    expect(searchKeys('Straße Æbø Œuvre')).toEqual(['strasseaebooeuvre']);
    expect(firstKey('leercultuur')).toBe('leercultuur');
  });

  it('ranks a match on the term above a match in a definition', () => {
    const hits = index.search('stage');
    expect(hits[0]?.matchedOn).not.toBe('definition');
    const defHit = hits.find((h) => h.matchedOn === 'definition');
    expect(defHit && hits[0] ? defHit.score < hits[0].score : true).toBe(true);
  });

  it('finds begrippen through their definition too, ranked lower', () => {
    const hits = index.search('steigerbouw');
    expect(hits[0]?.item.key).toBe('kort-traject');
    expect(hits[0]?.matchedOn).toBe('definition');
  });

  it('returns nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
  });

  it('leaves retired begrippen out unless asked', () => {
    const retired = SEED_TERMS.map((t) => (t.key === 'evc' ? { ...t, retired: true } : t));
    expect(createTermIndex(retired).search('evc')[0]?.item.key).not.toBe('evc');
    expect(createTermIndex(retired, { includeRetired: true }).search('evc')[0]?.item.key).toBe(
      'evc',
    );
  });
});

describe('browsing', () => {
  it('groups by category in catalogue order, alphabetically within', () => {
    const groups = index.byCategory();
    expect(groups.map((g) => g.category)[0]).toBe('leervormen');
    const mbo = groups.find((g) => g.category === 'mbo')!.terms.map((t) => t.term);
    expect(mbo).toEqual([...mbo].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
    expect(groups.reduce((n, g) => n + g.terms.length, 0)).toBe(SEED_TERMS.length);
  });

  it('browses by first letter, accents folded', () => {
    expect(browseLetter('Élan')).toBe('E');
    expect(browseLetter('4 T’s')).toBe('#');
    expect(index.letters()).toContain('B');
    expect(index.byLetter('b').map((t) => t.key)).toContain('bbl');
  });
});

describe('regelingen and netwerken search', () => {
  it('finds schemes and networks by name and abbreviation', () => {
    expect(createSchemeIndex(SEED_SCHEMES).search('slim')[0]?.item.key).toBe('slim-regeling');
    expect(createSchemeIndex(SEED_SCHEMES).search('no risk polis')[0]?.item.key).toBe(
      'no-risk-polis',
    );
    expect(createNetworkIndex(SEED_NETWORKS).search('dov')[0]?.item.key).toBe('dov');
    expect(createNetworkIndex(SEED_NETWORKS).search('zzper')[0]?.item.key).toBe(
      'zzper-drechtsteden',
    );
  });
});

describe('scheme list (issue 15)', () => {
  it('a retired scheme stays findable by search but is not browsed', () => {
    expect(listSchemes(SEED_SCHEMES, 'leerrechten').map((s) => s.key)).toContain('leerrechten');
    expect(listSchemes(SEED_SCHEMES, '').map((s) => s.key)).not.toContain('leerrechten');
  });

  it('finds the schemes the seeds name: MKB!dee, scholingsaftrek, Project Matchmaker', () => {
    expect(listSchemes(SEED_SCHEMES, 'MKB!Idee')[0]?.key).toBe('mkb-idee');
    expect(listSchemes(SEED_SCHEMES, 'scholingsaftrek')[0]?.key).toBe('scholingsaftrek');
    expect(listSchemes(SEED_SCHEMES, 'matchmaker')[0]?.key).toBe('project-matchmaker');
  });
});
