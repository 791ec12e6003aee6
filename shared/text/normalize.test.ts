import { describe, expect, it } from 'vitest';
import {
  compactCompanyNameKey,
  compactKey,
  companyNameKey,
  foldText,
  normalizeForSearch,
  sameCompanyName,
  slugKey,
} from './normalize';

describe('search normalisation', () => {
  it('ignores case, accents, hyphens and extra spaces', () => {
    expect(normalizeForSearch('  Café  Ré ')).toBe('cafe re');
    expect(normalizeForSearch('Hendrik-Ido-Ambacht')).toBe('hendrik ido ambacht');
    expect(normalizeForSearch('Ëlektro–Técniek')).toBe('elektro tecniek');
    expect(normalizeForSearch('12345678')).toBe('12345678');
  });
  it('folds letters that have no accent to strip', () => {
    expect(foldText('Straße GROẞ')).toBe('strasse gross');
    expect(foldText('Æbleskiver Ørsted Œuvre Łódź')).toBe('aebleskiver orsted oeuvre lodz');
    expect(foldText('ﬁets Ĳssel İzmir')).toBe('fiets ijssel izmir');
    // Separators are left for the caller.
    expect(foldText('Zij-instroom')).toBe('zij-instroom');
  });
  it('compacts spellings of one place to one key', () => {
    const keys = ['H.I. Ambacht', 'HI-Ambacht', 'h i ambacht'].map(compactKey);
    expect(new Set(keys)).toEqual(new Set(['hiambacht']));
    expect(compactKey('Hendrik Ido Ambacht')).toBe(compactKey('Hendrik-Ido-Ambacht'));
  });
});

describe('slug keys', () => {
  it('makes an ASCII key of a name, cut at a word boundary', () => {
    expect(slugKey('Zij-instroom (mbo)', 80)).toBe('zij-instroom-mbo');
    expect(slugKey('O&O-fonds', 80)).toBe('o-en-o-fonds');
    expect(slugKey('Beëindigd — Straße', 80)).toBe('beeindigd-strasse');
    expect(slugKey('Gesprek met een bedrijf', 12)).toBe('gesprek-met');
    expect(slugKey('!!!', 30)).toBe('');
  });
});

describe('the same company name', () => {
  it('drops legal forms however they are written', () => {
    for (const name of [
      'Bakkerij Jansen B.V.',
      'Bakkerij Jansen BV',
      'bakkerij jansen b v',
      'Bakkerij Jansen Besloten Vennootschap',
      'Bakkerij Jansen Holding B.V.',
      'Bakkerij Jansen',
    ]) {
      expect(companyNameKey(name), name).toBe('bakkerij jansen');
    }
    expect(companyNameKey('Van Dam V.O.F.')).toBe('van dam');
    expect(companyNameKey('Van Dam Vennootschap onder firma')).toBe('van dam');
    expect(companyNameKey('Garage Peters N.V.')).toBe('garage peters');
    expect(companyNameKey('Klusbedrijf Kees Eenmanszaak')).toBe('klusbedrijf kees');
  });

  it('ignores case, accents, articles, "&" versus "en" and the demo marker', () => {
    expect(companyNameKey('Café ’t Hoekje B.V.')).toBe('cafe hoekje');
    expect(companyNameKey('De Bakkerij Jansen B.V.')).toBe('bakkerij jansen');
    expect(sameCompanyName('Jansen & Zn. BV', 'Jansen en Zn')).toBe(true);
    expect(sameCompanyName('Bakkerij De Molen (demo)', 'Bakkerij de Molen')).toBe(true);
    expect(sameCompanyName('De Zoete Inval', 'Zoeteinval')).toBe(true);
    expect(compactCompanyNameKey('Straße-Bau GmbH')).toBe('strassebaugmbh');
  });

  it('keeps names that differ in a real word apart, and never matches an empty name', () => {
    expect(sameCompanyName('Bakkerij Jansen', 'Bakkerij Janssen')).toBe(false);
    expect(sameCompanyName('Bouwbedrijf Vos', 'Bouwbedrijf Vos Dordrecht')).toBe(false);
    // A legal form inside a word is part of the name.
    expect(companyNameKey('Bvision Media')).toBe('bvision media');
    expect(companyNameKey('Demo Techniek')).toBe('demo techniek');
    expect(sameCompanyName('B.V.', 'Holding')).toBe(false);
    expect(sameCompanyName('', '')).toBe(false);
  });
});
