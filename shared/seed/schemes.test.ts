import { describe, expect, it } from 'vitest';
import { schemeSchema } from '../domain/scheme';
import { SEED_NETWORKS } from './networks';
import { SEED_SCHEMES } from './schemes';
import { SEED_TERMS } from './terms';

const REQUIRED = [
  'subsidie-praktijkleren',
  'slim-regeling',
  'stap-budget',
  'nl-leert-door',
  'vrijstelling-scholingskosten',
  'leerrechten',
  'o-en-o-fondsen',
  'cao-scholingsafspraken',
  'loonkostensubsidie',
  'no-risk-polis',
  'baanbonus',
  'mobiliteitsbonus',
  'brugww',
  'jobcoaching',
  'werken-met-behoud-van-uitkering',
  'financieringsfonds-mkb-drechtsteden',
];

const byKey = (key: string) => SEED_SCHEMES.find((s) => s.key === key)!;

describe('seeded regelingen', () => {
  it('validate against the schema', () => {
    for (const s of SEED_SCHEMES) expect(schemeSchema.safeParse(s).error, s.key).toBeUndefined();
  });

  it('hold at least 16 regelingen including every required one', () => {
    expect(SEED_SCHEMES.length).toBeGreaterThanOrEqual(16);
    const keys = SEED_SCHEMES.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(REQUIRED.filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('mark the schemes that stopped as ended, with their end dates', () => {
    expect(byKey('stap-budget')).toMatchObject({ status: 'beeindigd', validUntil: '2023-12-31' });
    expect(byKey('nl-leert-door')).toMatchObject({ status: 'beeindigd', validUntil: '2023-06-30' });
    expect(byKey('mobiliteitsbonus')).toMatchObject({
      status: 'beeindigd',
      validUntil: '2017-12-31',
    });
  });

  it('keep leerrechten as a retired entry: a begrip, not an instrument', () => {
    expect(byKey('leerrechten').retired).toBe(true);
  });

  it('say honestly when conditions are unknown', () => {
    expect(byKey('baanbonus').conditions).toContain('controleer bij de aanbieder');
    expect(byKey('baanbonus').amount).toBeNull();
  });
});

describe('seed texts carry no personal contact details', () => {
  const texts = [...SEED_TERMS, ...SEED_SCHEMES, ...SEED_NETWORKS].map((row) => {
    const { source: _s, ...rest } = row as typeof row & { source?: unknown };
    return JSON.stringify(rest);
  });

  it.each([
    ['e-mail addresses', /[\w.+-]+@[\w-]+\.[\w.]+/],
    [
      'phone numbers',
      /(?:\+31|\b0)[\s-]?\d{1,3}[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}(?:[\s-]?\d{2})?\b/,
    ],
    ['postcodes', /\b\d{4}\s?[A-Z]{2}\b/],
  ])('contain no %s', (_label, pattern) => {
    expect(texts.filter((t) => pattern.test(t))).toEqual([]);
  });
});
